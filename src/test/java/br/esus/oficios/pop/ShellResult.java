package br.esus.oficios.pop;

/**
 * What a command run by {@link PgServer#runBash} or {@link PgServer#exec} left behind. Kept as plain strings so that
 * a failing assertion can print everything the coordinator would have seen on the terminal.
 *
 * @param exitCode the process exit code ({@code -1} when it was killed after the timeout)
 * @param stdout   standard output, decoded as UTF-8
 * @param stderr   standard error, decoded as UTF-8
 * @param timedOut true when the command did not finish in time and was killed (with everything it started)
 */
public record ShellResult(int exitCode, String stdout, String stderr, boolean timedOut) {

    /** True when the command finished in time with exit code 0. */
    public boolean ok() {
        return exitCode == 0 && !timedOut;
    }

    /** Stdout and stderr together, in that order, for assertions that look for a message wherever it was printed. */
    public String output() {
        return stdout + stderr;
    }

    /** Everything, for assertion messages. */
    @Override
    public String toString() {
        return "exit=" + exitCode + (timedOut ? " (TIMED OUT, killed)" : "") + "\n--- stdout\n" + stdout
                + (stdout.endsWith("\n") || stdout.isEmpty() ? "" : "\n") + "--- stderr\n" + stderr;
    }
}
