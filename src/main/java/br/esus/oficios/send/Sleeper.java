package br.esus.oficios.send;

import java.time.Duration;

/** Waits between tries; tests pass one that only records the waits. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;

    /** Really waits. */
    static Sleeper real() {
        return d -> Thread.sleep(d.toMillis());
    }
}
