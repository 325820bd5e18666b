package br.esus.oficios.probe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A {@link Probe} for the unit tests of {@code conferir}: the observations a test chooses, per domain. */
final class FakeProbe implements Probe {
    final List<Target> asked = Collections.synchronizedList(new ArrayList<>());
    private final Function<Target, List<Observation>> answers;
    private final String offline;

    FakeProbe(Function<Target, List<Observation>> answers, String offline) {
        this.answers = answers;
        this.offline = offline;
    }

    /** Answers by domain; a domain not in the map gets every check passed. */
    static FakeProbe byDomain(Map<String, List<Observation>> answers, Instant when) {
        return new FakeProbe(t -> answers.getOrDefault(t.domain(), allPassed(when)), null);
    }

    static FakeProbe offline(String reason) {
        return new FakeProbe(t -> {
            throw new AssertionError("probe() chamado sem rede");
        }, reason);
    }

    @Override
    public List<Observation> probe(Target target) {
        asked.add(target);
        return answers.apply(target);
    }

    @Override
    public Optional<String> networkProblem() {
        return Optional.ofNullable(offline);
    }

    static Observation obs(Check c, Outcome o, String reason, Instant when, String... warnings) {
        return new Observation(c, o, reason, "pergunta " + c.label(), "resposta " + c.label(), List.of(warnings),
                when);
    }

    static List<Observation> allPassed(Instant when) {
        return List.of(obs(Check.DNS, Outcome.PASSED, "o registro A já aponta para o servidor (177.43.210.15)", when),
                obs(Check.HTTPS, Outcome.PASSED, "o certificado é válido até 01/03/2027", when),
                obs(Check.HTTP, Outcome.PASSED, "a porta 80 já redireciona para HTTPS", when),
                obs(Check.PEC, Outcome.PASSED, "a página do PEC já responde", when));
    }

    /** {@link #allPassed} with {@code c} replaced by {@code o}. */
    static List<Observation> with(List<Observation> base, Observation o) {
        return base.stream().map(x -> x.check() == o.check() ? o : x).toList();
    }
}
