package br.esus.oficios.cli;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C for a command that runs until the user stops it ({@code vigiar}): the first one interrupts the command's
 * thread, which finishes what it is writing and ends normally (exit code 0; without this the JVM would end with 130
 * in the middle of whatever it was doing); a second one ends the program at once. {@code sun.misc.Signal} is the
 * JDK's only way to catch it (module jdk.unsupported, on every system, Windows included); where it is missing, Ctrl-C
 * ends the program as usual. Close it to put the usual Ctrl-C back.
 */
final class CtrlC implements AutoCloseable {
    private static final String INT = "INT";

    private final SignalHandler previous;

    private CtrlC(SignalHandler previous) {
        this.previous = previous;
    }

    /** From now on, Ctrl-C interrupts {@code thread}. */
    static CtrlC interrupts(Thread thread) {
        boolean[] pressed = {false};
        try {
            return new CtrlC(Signal.handle(new Signal(INT), s -> {
                if (pressed[0]) {
                    Runtime.getRuntime().halt(ExitCodes.INTERRUPTED);
                }
                pressed[0] = true;
                thread.interrupt();
            }));
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            return new CtrlC(null);
        }
    }

    @Override
    public void close() {
        if (previous != null) {
            try {
                Signal.handle(new Signal(INT), previous);
            } catch (IllegalArgumentException e) {
                // Could be caught before, so can be put back; nothing to do otherwise.
            }
        }
    }
}
