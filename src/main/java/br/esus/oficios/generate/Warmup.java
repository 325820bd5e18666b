package br.esus.oficios.generate;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * For {@code vigiar}, which stays running: after the first run, renders one municipality's documents again and
 * again in memory, on a background thread, so that the JVM's optimising compiler (C2) has compiled what a save runs
 * before the user saves. Measured (README, "Desempenho"): with C2, a save's documents take 0.22 to 0.29 s only after
 * some 25 to 30 saves; without this, the first saves would pay for the compiling. The launchers start {@code vigiar}
 * with C2 ({@code opcoes-jvm-vigiar.txt}); under C1 alone (the other commands' choice) there is nothing to gain, and
 * nothing is rehearsed.
 *
 * <p>The user's work goes first: while {@link #pause() paused} (a save being handled) no new step starts, and a
 * step is one document's text or one format of it. Every rehearsal counts, whole or cut short, so the work ends
 * after {@link #ROUNDS} of them whatever happens. Thread-safe.
 */
public final class Warmup implements AutoCloseable {
    /** Rehearsals: C2 had compiled the hot paths of a save after about this many (README, "Desempenho"). */
    static final int ROUNDS = 30;

    private final Object lock = new Object();
    private final boolean worthIt;
    private int pauses; // guarded by lock
    private Thread thread; // guarded by lock

    /** Rehearses only when the JVM compiles with C2. */
    public Warmup() {
        this(optimisingCompiler());
    }

    Warmup(boolean worthIt) {
        this.worthIt = worthIt;
    }

    /**
     * Starts rehearsing {@code input}'s documents with {@code generator} (whose writers, templates and fonts a save
     * uses), {@link #ROUNDS} times, unless a warm-up already ran or runs, or the JVM compiles with C1 alone.
     *
     * @return whether it started
     */
    public boolean start(BatchGenerator generator, InputFile input, GenerateRequest request) {
        synchronized (lock) {
            if (!worthIt || thread != null) {
                return false;
            }
            thread = new Thread(() -> {
                for (int i = 0; i < ROUNDS && waitUntilResumed(); i++) {
                    generator.rehearse(input, request, this::running);
                }
            }, "vigiar-aquecimento");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
            return true;
        }
    }

    /** No new step until {@link #resume()}: the steps under way end (one document in one format at most). */
    public void pause() {
        synchronized (lock) {
            pauses++;
        }
    }

    public void resume() {
        synchronized (lock) {
            pauses--;
            lock.notifyAll();
        }
    }

    /** Waits for the rehearsals to end, at most {@code millis} (0: no limit); for tests. */
    boolean awaitEnd(long millis) throws InterruptedException {
        Thread t;
        synchronized (lock) {
            t = thread;
        }
        if (t != null) {
            t.join(millis);
        }
        return t == null || !t.isAlive();
    }

    /** Stops the rehearsals (at the end of the step under way). */
    @Override
    public void close() {
        synchronized (lock) {
            if (thread != null) {
                thread.interrupt();
            }
        }
    }

    private boolean running() {
        synchronized (lock) {
            return pauses == 0 && !Thread.currentThread().isInterrupted();
        }
    }

    /** @return false when interrupted (closed) */
    private boolean waitUntilResumed() {
        synchronized (lock) {
            try {
                while (pauses > 0) {
                    lock.wait();
                }
            } catch (InterruptedException e) {
                return false;
            }
            return !Thread.currentThread().isInterrupted();
        }
    }

    /** Whether this JVM compiles hot code with C2: not when started with {@code -XX:TieredStopAtLevel} below 4. */
    private static boolean optimisingCompiler() {
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return hotspot == null || Integer.parseInt(hotspot.getVMOption("TieredStopAtLevel").getValue()) >= 4
                    || !Boolean.parseBoolean(hotspot.getVMOption("TieredCompilation").getValue());
        } catch (RuntimeException e) {
            return true; // another JVM: rehearsing costs some CPU once, and does no harm
        }
    }
}
