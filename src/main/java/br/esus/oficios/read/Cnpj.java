package br.esus.oficios.read;

import java.util.Locale;

/**
 * CNPJ, numeric or alphanumeric (IN RFB nº 2.229/2024): 12 characters {@code [A-Z0-9]} and 2 numeric check digits,
 * modulo 11 with weights 5..2,9..2 and 6..2,9..2, each character worth its ASCII code minus 48.
 * Source: docs/fatos-oficio-e-esus.md §4.2.
 */
final class Cnpj {
    private static final int[] PESOS_1 = {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int[] PESOS_2 = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};

    private Cnpj() {
    }

    /** Without punctuation ({@code . / -} and spaces) and in upper case. */
    static String semPontuacao(String cnpj) {
        return cnpj.replaceAll("[.\\-/\\s]", "").toUpperCase(Locale.ROOT);
    }

    /** The two check digits for the first 12 characters. */
    static String digitos(String doze) {
        int d1 = dv(doze, PESOS_1);
        int d2 = dv(doze + d1, PESOS_2);
        return "" + d1 + d2;
    }

    private static int dv(String chars, int[] pesos) {
        int s = 0;
        for (int i = 0; i < pesos.length; i++) {
            s += (chars.charAt(i) - 48) * pesos[i];
        }
        int r = s % 11;
        return r < 2 ? 0 : 11 - r;
    }

    /** @return the problem, or null when {@code cnpj} (with or without punctuation) is valid */
    static String check(String cnpj) {
        String c = semPontuacao(cnpj);
        if (!c.matches("[A-Z0-9]{12}\\d{2}")) {
            return "CNPJ inválido " + Texts.quote(cnpj) + ": são 14 caracteres (12 letras ou números e 2 dígitos "
                    + "verificadores), com ou sem pontuação, ex.: \"11.222.333/0001-81\"";
        }
        if (c.chars().distinct().count() == 1) {
            return "CNPJ inválido " + Texts.quote(cnpj) + " (todos os caracteres iguais); copie o CNPJ do cartão "
                    + "CNPJ da prefeitura";
        }
        String esperado = digitos(c.substring(0, 12));
        if (!esperado.equals(c.substring(12))) {
            return "dígitos verificadores inválidos em " + Texts.quote(cnpj) + " (os corretos seriam " + esperado
                    + "); confira o CNPJ no cartão CNPJ da Receita Federal";
        }
        return null;
    }

    /** {@code 12.345.678/0001-95} from a valid CNPJ written with or without punctuation. */
    static String formatar(String cnpj) {
        String c = semPontuacao(cnpj);
        return c.substring(0, 2) + "." + c.substring(2, 5) + "." + c.substring(5, 8) + "/" + c.substring(8, 12) + "-"
                + c.substring(12);
    }
}
