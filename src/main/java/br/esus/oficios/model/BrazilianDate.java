package br.esus.oficios.model;

import br.esus.oficios.doc.DocMeta;
import java.time.Instant;
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

    /** {@code 23/11/2026}: the day of {@code t} in Brasília time. */
    public static String day(Instant t) {
        return format(LocalDate.ofInstant(t, DocMeta.ZONE));
    }

    /** {@code 23/11/2026 14:05}, in the zone of {@code t} (callers put it in Brasília time first). */
    public static String dateTime(ZonedDateTime t) {
        return format(t.toLocalDate()) + String.format(" %02d:%02d", t.getHour(), t.getMinute());
    }
}
