package br.esus.oficios.watch;

import java.io.IOException;

/**
 * The system stopped telling {@code vigiar} about its folders after it started: every watched folder was deleted or
 * moved, or the watch failed. Saying so is better than waiting for changes that will never be seen.
 */
public final class WatchStopped extends IOException {
    private static final long serialVersionUID = 1L;

    WatchStopped(Throwable cause) {
        super(cause == null ? "as pastas vigiadas foram apagadas ou movidas"
                : "a vigilância das pastas falhou (" + cause.getMessage() + ")", cause);
    }
}
