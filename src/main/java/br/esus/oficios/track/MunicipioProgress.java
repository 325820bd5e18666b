package br.esus.oficios.track;

import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.Status;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One municipality's checklist: every catalog item with its effective status, in catalog order.
 */
public record MunicipioProgress(Municipio municipio, List<ItemState> itens) {

    public MunicipioProgress {
        itens = List.copyOf(itens);
    }

    public String uf() {
        return municipio.municipio().uf().name();
    }

    public String nome() {
        return municipio.municipio().nome();
    }

    /** How many items have each status; every status is a key. */
    public Map<Status, Integer> contagem() {
        Map<Status, Integer> c = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            c.put(s, 0);
        }
        itens.forEach(i -> c.merge(i.status(), 1, Integer::sum));
        return c;
    }

    public int count(Status s) {
        return (int) itens.stream().filter(i -> i.status() == s).count();
    }

    /** Items that apply: all but "não se aplica". */
    public int aplicaveis() {
        return itens.size() - count(Status.NAO_SE_APLICA);
    }

    /** concluído / (total − não se aplica), from 0 to 1; 1 when no item applies (nothing left to do). */
    public double fracaoConcluida() {
        int d = aplicaveis();
        return d == 0 ? 1.0 : (double) count(Status.CONCLUIDO) / d;
    }

    /** The percentage done, rounded DOWN so that 100 means everything that applies is done. */
    public int percentual() {
        int d = aplicaveis();
        return d == 0 ? 100 : count(Status.CONCLUIDO) * 100 / d;
    }

    /**
     * The oldest high-priority pending item: the pendente-alta item with the earliest date. Items without a date
     * come after every dated one (a recorded date is the only age we can vouch for); ties go by catalog order.
     */
    public Optional<ItemState> pendenciaAltaMaisAntiga() {
        return itens.stream()
                .filter(i -> i.status() == Status.PENDENTE_ALTA)
                .min(Comparator.comparing(ItemState::data, Comparator.nullsLast(Comparator.naturalOrder())));
    }

    /** Items flagged because a document was sent but the YAML still says pending. */
    public List<ItemState> alertas() {
        return itens.stream().filter(ItemState::alerta).toList();
    }

    /** Items with a recorded send. */
    public List<ItemState> enviados() {
        return itens.stream().filter(i -> i.envio() != null).toList();
    }
}
