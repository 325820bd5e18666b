package br.esus.oficios.cli;

import java.text.NumberFormat;
import java.util.Locale;

/** A count as a Brazilian reads it: {@code 5.570}. */
final class Thousands {
    private Thousands() {
    }

    static String of(long n) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("pt-BR")).format(n);
    }
}
