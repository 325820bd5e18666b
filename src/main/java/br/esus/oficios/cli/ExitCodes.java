package br.esus.oficios.cli;

/** The exit codes of the contract (DESIGN.md). */
public final class ExitCodes {
    public static final int OK = 0;
    /** Some input was invalid or some document failed (the others are still written). */
    public static final int INVALID = 1;
    public static final int USAGE = 2;
    public static final int MAIL = 3;

    private ExitCodes() {
    }
}
