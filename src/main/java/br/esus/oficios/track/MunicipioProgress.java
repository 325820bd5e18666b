package br.esus.oficios.track;

import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.SituacaoVersao;
import br.esus.oficios.model.Status;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One municipality's checklist: every catalog item with its effective status, in catalog order, and where its PEC
 * version stands on the day the checklist runs.
 */
public record MunicipioProgress(Municipio municipio, List<ItemState> items, SituacaoVersao versao) {

    public MunicipioProgress {
        items = List.copyOf(items);
    }

    public String uf() {
        return municipio.municipio().uf().name();
    }

    public String name() {
        return municipio.municipio().nome();
    }

    /** "BA Santo Amaro": how every view names the municipality in a line of text. */
    public String label() {
        return uf() + " " + name();
    }

    public int count(Status s) {
        return (int) items.stream().filter(i -> i.status() == s).count();
    }

    /** Items that apply: all but "não se aplica". */
    public int applicable() {
        return items.size() - count(Status.NAO_SE_APLICA);
    }

    /** concluído / (total − não se aplica), from 0 to 1; 1 when no item applies (nothing left to do). */
    public double doneFraction() {
        int d = applicable();
        return d == 0 ? 1.0 : (double) count(Status.CONCLUIDO) / d;
    }

    /** The percentage done ({@link #percent}). */
    public int percentDone() {
        return percent(count(Status.CONCLUIDO), applicable());
    }

    /** The percentage done, rounded DOWN so that 100 means everything that applies is done; 100 when none applies. */
    static int percent(int done, int applicable) {
        return applicable == 0 ? 100 : done * 100 / applicable;
    }

    /**
     * The oldest high-priority pending item: the pendente-alta item with the earliest date. Items without a date
     * come after every dated one (a recorded date is the only age we can vouch for); ties go by catalog order.
     */
    public Optional<ItemState> oldestHighPending() {
        return items.stream()
                .filter(i -> i.status() == Status.PENDENTE_ALTA)
                .min(Comparator.comparing(ItemState::date, Comparator.nullsLast(Comparator.naturalOrder())));
    }

    /** Items flagged: a document was sent but the YAML still says pending, or a task is overdue. */
    public List<ItemState> flagged() {
        return items.stream().filter(ItemState::flagged).toList();
    }

    /** Items with a recorded send. */
    public List<ItemState> sent() {
        return items.stream().filter(i -> i.send() != null).toList();
    }
}
