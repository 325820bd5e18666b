package br.esus.oficios.track;

import br.esus.oficios.model.BrazilianDate;
import java.time.LocalDate;

/** Dates as Brazilians write them: dd/mm/aaaa. */
final class DateText {
    private DateText() {
    }

    /** {@code 23/11/2026}; empty for null. */
    static String br(LocalDate d) {
        return d == null ? "" : BrazilianDate.format(d);
    }
}
