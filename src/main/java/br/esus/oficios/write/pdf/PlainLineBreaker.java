package br.esus.oficios.write.pdf;

import br.esus.oficios.doc.TextBreaks;
import java.util.List;

/**
 * Breaks lines at spaces, and after a "/" followed by a letter (inside long paths and commands), never inside a short
 * quoted path or address ({@code "C:\Program Files\e-SUS\webserver\chaves"},
 * {@code -url="jdbc:postgresql://localhost:5433/esus"}): the commands of the POP are copied from the PDF, and a path
 * cut at its space reads as two arguments. Java's line BreakIterator breaks after every "." and "-" too. What {@link TextBreaks} keeps together (a telephone, a CEP, "Nº 7/2026/SMS") is never
 * broken, nor an e-mail address or a domain, and a URL only at the slashes of its path: in a box of commands a domain
 * cut at a dot reads as two arguments. In running text an address may also break where
 * {@link TextBreaks#breaksInside} allows (TextLayout). A token still too long for its line is cut between characters
 * (TextLayout).
 */
final class PlainLineBreaker {
    /** Longest quoted text kept whole: well under the 65-75 characters a code line of the POP holds. */
    static final int MAX_QUOTED = 48;

    private PlainLineBreaker() {
    }

    /** Every place a line of {@code text} may break, in order, ending with its length (unless empty). */
    static int[] breaks(String text) {
        return breaks(text, TextBreaks.addresses(text));
    }

    /** The same, for a caller that found {@code text}'s addresses ({@link TextBreaks#addresses}) already. */
    static int[] breaks(String text, List<TextBreaks.Address> addresses) {
        List<TextBreaks.Range> keep = TextBreaks.keepTogether(text);
        int[] out = new int[text.length() + 1];
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            int word = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                int close = quotedPathEnd(text, i);
                if (close > 0) {
                    i = close + 1;
                    continue;
                }
                i++;
                if (i < text.length() && allowed(text, word, i, keep, addresses)) {
                    n = add(out, n, i);
                }
            }
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i == text.length() || !splitsAny(i, keep)) {
                n = add(out, n, i);
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static int add(int[] out, int n, int position) {
        if (position == 0 || (n > 0 && out[n - 1] == position)) {
            return n;
        }
        out[n] = position;
        return n + 1;
    }

    /**
     * Whether a line may break before {@code i}, inside the word that starts at {@code word}: after a "/" that is not
     * the word's first character and comes before a letter, or inside an address where it allows.
     */
    private static boolean allowed(String text, int word, int i, List<TextBreaks.Range> keep,
            List<TextBreaks.Address> addresses) {
        if (splitsAny(i, keep)) {
            return false;
        }
        for (TextBreaks.Address a : addresses) {
            if (a.range().splitBy(i)) {
                return TextBreaks.breakInPath(text, a, i);
            }
        }
        return text.charAt(i - 1) == '/' && Character.isLetter(text.charAt(i)) && i - 1 > word;
    }

    private static boolean splitsAny(int i, List<TextBreaks.Range> keep) {
        for (TextBreaks.Range r : keep) {
            if (r.splitBy(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * When a quote opens at {@code i} a short quoted text with a path or address in it ("/" or "\"), the index of the
     * closing quote; else -1. Quoted words of prose ("Link da instalação") stay breakable.
     */
    private static int quotedPathEnd(String text, int i) {
        char q = text.charAt(i);
        if (q != '"' && q != '\'') {
            return -1;
        }
        int close = text.indexOf(q, i + 1);
        if (close < 0 || close - i > MAX_QUOTED) {
            return -1;
        }
        for (int j = i + 1; j < close; j++) {
            char c = text.charAt(j);
            if (c == '/' || c == '\\') {
                return close;
            }
        }
        return -1;
    }
}
