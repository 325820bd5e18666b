package br.esus.oficios.model;

import java.text.Normalizer;
import java.util.Locale;

/** Lower case, no accents, {@code [a-z0-9-]} only: safe as a folder or file name on every OS. */
public final class Slug {
    private Slug() {
    }

    public static String of(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.isEmpty() ? "sem-nome" : s;
    }
}
