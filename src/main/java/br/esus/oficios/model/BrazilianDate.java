package br.esus.oficios.model;

import java.time.LocalDate;

/** A date as Brazilians write it, dd/mm/aaaa: the documents, the messages and the checklist views use this one. */
public final class BrazilianDate {

    private BrazilianDate() {
    }

    /** {@code 23/11/2026}. */
    public static String format(LocalDate d) {
        return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
