package br.esus.oficios.read;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** "Você quis dizer ...?": the closest known word, only when it is close enough to be a typo. */
public final class Suggest {
    private Suggest() {
    }

    /** The closest of {@code known} to {@code wrong}, when it is close enough to be a typo. */
    public static Optional<String> closest(String wrong, Collection<String> known) {
        String w = normalize(wrong);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            String n = normalize(k);
            int d = distance(w, n);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        if (best == null || best.equals(wrong)) {
            return Optional.empty();
        }
        if (bestDistance <= threshold(w.length())) {
            return Optional.of(best);
        }
        for (String k : known) {
            String n = normalize(k);
            if (w.length() >= 4 && (n.contains(w) || w.contains(n) && n.length() >= 4)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static int threshold(int length) {
        if (length <= 4) {
            return 1;
        }
        return length <= 8 ? 2 : 3;
    }

    /** Lower case, no accents, {@code -} and spaces read as {@code _}. */
    static String normalize(String s) {
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(n.toLowerCase(Locale.ROOT).strip()).replaceAll("_");
    }

    /** Compiled once: a list of thousands of names (the IBGE's) is normalized word by word. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]+");

    /** Edit distance where swapping two neighbouring letters ("smpt" for "smtp") counts as one typo. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
