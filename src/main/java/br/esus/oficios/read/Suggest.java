package br.esus.oficios.read;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Você quis dizer ...?": the closest known word, only when it is close enough to be a typo. */
final class Suggest {
    private Suggest() {
    }

    static Optional<String> closest(String wrong, Collection<String> known) {
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
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).strip().replaceAll("[\\s-]+", "_");
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
