package br.esus.oficios.probe;

import java.util.List;
import java.util.Optional;

/** Observes one municipality's installation from outside. Implemented by {@code Prober}; safe across threads. */
public interface Probe {

    /** Runs every {@link Check} for the target, one {@link Observation} per check, in {@link Check} order. */
    List<Observation> probe(Target target);

    /**
     * When this machine plainly has no network (no route, the DNS server unreachable), the reason in Portuguese,
     * said once by {@code conferir} instead of once per municipality; empty otherwise.
     */
    Optional<String> networkProblem();
}
