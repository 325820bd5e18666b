package br.esus.oficios.cli;

import br.esus.oficios.send.SendResult;

/** The exit codes of the contract (DESIGN.md): the only place that turns what happened into a number. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Some input was invalid or some document failed (the others are still written). */
    public static final int INVALID = 1;
    public static final int USAGE = 2;
    public static final int MAIL = 3;
    /** A program ended by a second Ctrl-C (128 + SIGINT), as shells report it ({@code vigiar}). */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }

    /**
     * {@code enviar}: {@value #MAIL} when a message was not delivered or its outcome is unknown; else
     * {@value #INVALID} when a message could not be made or some input was invalid (said already); else {@value #OK}.
     */
    static int of(SendResult.Verdict verdict, boolean inputProblems) {
        return switch (verdict) {
            case NOT_DELIVERED -> MAIL;
            case NOT_MADE -> INVALID;
            case OK -> inputProblems ? INVALID : OK;
        };
    }
}
