package br.esus.oficios.track;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Brazilians write them: dd/mm/aaaa. */
final class DateText {
    private static final DateTimeFormatter BR = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private DateText() {
    }

    /** {@code 23/11/2026}; empty for null. */
    static String br(LocalDate d) {
        return d == null ? "" : BR.format(d);
    }
}
