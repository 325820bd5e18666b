package br.esus.oficios.render;

import java.time.LocalDate;

/** Dates as the padrão ofício writes them (Manual de Redação, 5.1.3). */
final class DatasPorExtenso {

    private static final String[] MESES = {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
        "agosto", "setembro", "outubro", "novembro", "dezembro"};

    private DatasPorExtenso() {
    }

    /** "1º de março de 2026", "23 de novembro de 2026": ordinal for day 1, no leading zero, month in lower case. */
    static String extenso(LocalDate d) {
        String dia = d.getDayOfMonth() == 1 ? "1º" : Integer.toString(d.getDayOfMonth());
        return dia + " de " + MESES[d.getMonthValue() - 1] + " de " + d.getYear();
    }

    /** "Santo Amaro, 23 de novembro de 2026.": city without UF, comma, date, full stop. */
    static String localData(String cidade, LocalDate d) {
        return cidade + ", " + extenso(d) + ".";
    }
}
