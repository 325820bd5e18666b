package br.esus.oficios.model;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/** A date as Brazilians write it, dd/mm/aaaa: the documents, the messages and the checklist views use this one. */
public final class BrazilianDate {

    private BrazilianDate() {
    }

    /** {@code 23/11/2026}. */
    public static String format(LocalDate d) {
        return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** {@code 23/11/2026 14:05}, in the zone of {@code t} (callers put it in Brasília time first). */
    public static String dateTime(ZonedDateTime t) {
        return format(t.toLocalDate()) + String.format(" %02d:%02d", t.getHour(), t.getMinute());
    }
}
