package br.esus.oficios.probe;

import br.esus.oficios.model.BrazilianDate;
import br.esus.oficios.model.ChecklistEntry;
import br.esus.oficios.model.ChecklistItem;
import br.esus.oficios.model.Status;
import java.util.Optional;

/**
 * Where what {@code conferir} saw of an item and what the YAML says of it disagree. The rules:
 * <ul>
 * <li>passed, and the YAML says pending (pendente-alta or pendente-baixa, written or the catalog's default): the YAML
 *     is behind, "atualize para concluido";</li>
 * <li>failed, and the YAML says concluido: the world changed (a certificate expired, a record was removed) or the
 *     YAML was wrong; the item goes back to the catalog's priority ("atualize para pendente-alta") unless the server
 *     is fixed;</li>
 * <li>failed and pending, or passed and concluido: they agree;</li>
 * <li>nao-se-aplica never disagrees: it says the item is outside this deployment (no migration, say), which nothing
 *     observed from outside can refute; a passing check does not make an item apply;</li>
 * <li>not checked never disagrees (nothing was observed); {@code conferir} counts it as a run that could not
 *     finish.</li>
 * </ul>
 */
public final class Disagreement {
    private Disagreement() {
    }

    /**
     * The sentence, after "item: ", that tells the coordinator what to change; empty when they agree.
     *
     * @param entry  what the YAML says of the item; null when it does not mention it
     * @param status the item's effective status ({@link ChecklistItem#statusFor})
     */
    public static Optional<String> of(ItemResult r, ChecklistItem item, ChecklistEntry entry, Status status) {
        String yaml = entry == null || entry.status() == null
                ? "o YAML não menciona o item (" + status.yaml() + " pelo catálogo)"
                : "o YAML diz " + status.yaml();
        if (r.outcome() == Outcome.PASSED && (status == Status.PENDENTE_ALTA || status == Status.PENDENTE_BAIXA)) {
            return Optional.of(yaml + ", mas " + r.reasons(Outcome.PASSED) + " desde "
                    + BrazilianDate.format(r.sinceDay()) + " — atualize para " + Status.CONCLUIDO.yaml());
        }
        if (r.outcome() == Outcome.FAILED && status == Status.CONCLUIDO) {
            Status back = item.prioridade() == null ? Status.PENDENTE_ALTA : item.prioridade();
            return Optional.of(yaml + ", mas " + r.reasons(Outcome.FAILED) + " — corrija o servidor ou atualize "
                    + "para " + back.yaml());
        }
        return Optional.empty();
    }
}
