package br.esus.oficios.track;

import br.esus.oficios.model.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * The summary the text views (terminal table, Markdown) show: one row per municipality, most urgent first, and a
 * totals row; its columns, their alignment and their cells, written once for both.
 */
final class SummaryTable {
    /** The column of the first status count; the counts follow in {@link Status} order. */
    static final int FIRST_COUNT = 2;
    /** The column of the percentage done. */
    static final int PERCENT = FIRST_COUNT + Status.values().length;

    private SummaryTable() {
    }

    /** UF, Município, one mark per status, % concluído, Pendência alta mais antiga. */
    static List<String> header() {
        List<String> h = new ArrayList<>(List.of("UF", "Município"));
        for (Status s : Status.values()) {
            h.add(Marks.of(s));
        }
        h.add(ViewPhrases.PERCENT_DONE);
        h.add(ViewPhrases.OLDEST_HIGH_PENDING);
        return h;
    }

    /** Whether column {@code c} is aligned to the right: the numbers are. */
    static boolean right(int c) {
        return c >= FIRST_COUNT && c <= PERCENT;
    }

    /** A municipality's row. */
    static List<String> row(MunicipioProgress p) {
        List<String> r = new ArrayList<>(List.of(p.uf(), p.name()));
        for (Status s : Status.values()) {
            r.add(String.valueOf(p.count(s)));
        }
        r.add(p.percentDone() + "%");
        r.add(ViewPhrases.oldestHighPending(p));
        return r;
    }

    /** The totals row: "Total (n municípios)", the counts and the percentage over every valid municipality. */
    static List<String> totals(ChecklistMatrix m) {
        List<String> t = new ArrayList<>(List.of("", ViewPhrases.total(m.municipios().size())));
        for (Status s : Status.values()) {
            t.add(String.valueOf(m.totals().get(s)));
        }
        t.add(m.overallPercent() + "%");
        t.add("");
        return t;
    }
}
