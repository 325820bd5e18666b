package br.esus.oficios.model;

import java.util.Arrays;
import java.util.regex.Pattern;

/** A PEC version such as {@code 5.3.21}, comparable part by part. */
public record VersaoPec(String texto, int[] partes) implements Comparable<VersaoPec> {

    /** Earliest PEC version with digital prescription (Manual PEC_03, "Prescrição digital", §3.1.1.3). */
    public static final String MINIMA_PRESCRICAO = "5.2.6";
    /** First PEC version whose installer sets up HTTPS by itself (Manual e-SUS APS, "HTTPS automatizado"). */
    public static final String HTTPS_AUTOMATIZADO = "5.3";

    private static final Pattern FORMA = Pattern.compile("\\d{1,3}(\\.\\d{1,4}){1,3}");

    public VersaoPec {
        partes = partes.clone();
    }

    /** Parses {@code 5.3.21}; returns null when the text is not a version. */
    public static VersaoPec parse(String texto) {
        if (texto == null || !FORMA.matcher(texto).matches()) {
            return null;
        }
        return new VersaoPec(texto, Arrays.stream(texto.split("\\.")).mapToInt(Integer::parseInt).toArray());
    }

    @Override
    public int[] partes() {
        return partes.clone();
    }

    public boolean atLeast(String other) {
        return compareTo(parse(other)) >= 0;
    }

    @Override
    public int compareTo(VersaoPec o) {
        return Arrays.compare(partes, o.partes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VersaoPec v && Arrays.equals(partes, v.partes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(partes);
    }

    @Override
    public String toString() {
        return texto;
    }
}
