package br.esus.oficios.probe;

import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.model.BrazilianDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one run said of one checklist item: {@link Outcome#FAILED} when any of its checks failed, else
 * {@link Outcome#NOT_CHECKED} when any could not be observed, else {@link Outcome#PASSED}.
 *
 * @param item         the checklist item id ({@link Check#item()})
 * @param observations the item's checks of the run, in {@link Check} order
 * @param when         when the run started
 * @param since        when passed: the first run of the unbroken series of passes that ends with this one (runs
 *                     where the item could not be checked neither break nor start it); null otherwise
 */
public record ItemResult(String item, Outcome outcome, List<Observation> observations, Instant when, Instant since) {

    public ItemResult {
        observations = List.copyOf(observations);
    }

    /** The items a run covers, in {@link Check} order, with the series of passes counted over {@code history}. */
    public static List<ItemResult> of(ConferenceLog.Run run, List<ConferenceLog.Run> history) {
        List<ItemResult> out = new ArrayList<>();
        for (Map.Entry<String, List<Observation>> e : byItem(run).entrySet()) {
            Outcome o = outcome(e.getValue());
            out.add(new ItemResult(e.getKey(), o, e.getValue(), run.when(),
                    o == Outcome.PASSED ? since(e.getKey(), run, history) : null));
        }
        return out;
    }

    private static Map<String, List<Observation>> byItem(ConferenceLog.Run run) {
        return run.observations().stream().collect(Collectors.groupingBy(o -> o.check().item(),
                LinkedHashMap::new, Collectors.toList()));
    }

    static Outcome outcome(List<Observation> checks) {
        if (checks.stream().anyMatch(o -> o.outcome() == Outcome.FAILED)) {
            return Outcome.FAILED;
        }
        if (checks.isEmpty() || checks.stream().anyMatch(o -> o.outcome() == Outcome.NOT_CHECKED)) {
            return Outcome.NOT_CHECKED;
        }
        // An item is passed only when every check that covers it passed in the run.
        boolean all = Arrays.stream(Check.values()).filter(c -> c.item().equals(checks.get(0).check().item()))
                .allMatch(c -> checks.stream().anyMatch(o -> o.check() == c));
        return all ? Outcome.PASSED : Outcome.NOT_CHECKED;
    }

    /** The first pass after the latest failure before {@code run} (and {@code run} itself when none). */
    private static Instant since(String item, ConferenceLog.Run run, List<ConferenceLog.Run> history) {
        Instant since = run.when();
        List<ConferenceLog.Run> earlier = history.stream().filter(r -> r.when().isBefore(run.when()))
                .sorted((a, b) -> b.when().compareTo(a.when())).toList();
        for (ConferenceLog.Run r : earlier) {
            List<Observation> checks = byItem(r).getOrDefault(item, List.of());
            Outcome o = outcome(checks);
            if (o == Outcome.FAILED) {
                break;
            }
            if (o == Outcome.PASSED) {
                since = r.when();
            }
        }
        return since;
    }

    /** The day the run started, in Brazil. */
    public LocalDate day() {
        return day(when);
    }

    /** The day the series of passes began; null when not passed. */
    public LocalDate sinceDay() {
        return since == null ? null : day(since);
    }

    static LocalDate day(Instant i) {
        return i.atZone(DocMeta.ZONE).toLocalDate();
    }

    /**
     * The reasons of the checks that concluded {@code o}, joined, each once (HTTPS and HTTP share the reason when
     * there is no address to connect to): what a sentence says was seen.
     */
    public String reasons(Outcome o) {
        return String.join(" e ", observations.stream().filter(x -> x.outcome() == o).map(Observation::reason)
                .distinct().toList());
    }

    /**
     * What the checklist shows beside the item: "conferido em 06/12/2026: ok", "conferido em 06/12/2026: falhou — o
     * certificado venceu em 01/12/2026", "não conferido em 06/12/2026 — ...".
     */
    public String note() {
        String day = BrazilianDate.format(day());
        return switch (outcome) {
            case PASSED -> "conferido em " + day + ": " + outcome.label();
            case FAILED -> "conferido em " + day + ": " + outcome.label() + " — " + reasons(Outcome.FAILED);
            case NOT_CHECKED -> outcome.label() + " em " + day + " — " + reasons(Outcome.NOT_CHECKED);
        };
    }
}
