package br.esus.oficios.write.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;

/**
 * Breaks lines at spaces, and after a "/" followed by a letter (inside long paths and commands), never inside e-mail
 * addresses, domains, CNPJs or "e-SUS": openhtmltopdf's default breaker (and Java's line BreakIterator) break after
 * every "." too, which split "ti.saude@…" across lines in the ofício. Nor inside a short quoted path or address
 * ({@code "C:\Program Files\e-SUS\webserver\chaves"}, {@code -url="jdbc:postgresql://localhost:5433/esus"}): the
 * commands of the POP are copied from the PDF, and a path cut at its space reads as two arguments. A token still too
 * long for its box is broken by the CSS ({@code word-wrap: break-word}). Boundaries follow {@link BreakIterator}: the
 * end of the text last, then {@link BreakIterator#DONE}.
 */
final class PlainLineBreaker implements FSTextBreaker {
    /** Longest quoted text kept whole: well under the 65-75 characters a code line of the POP holds. */
    static final int MAX_QUOTED = 48;

    private String text = "";
    private int position;

    @Override
    public int next() {
        if (position >= text.length()) {
            return BreakIterator.DONE;
        }
        int i = position;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            int close = quotedPathEnd(i);
            if (close > 0) {
                i = close + 1;
                continue;
            }
            i++;
            if (text.charAt(i - 1) == '/' && i < text.length() && Character.isLetter(text.charAt(i)) && i - 1 > position) {
                position = i;
                return i;
            }
        }
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        position = i;
        return i;
    }

    /**
     * When a quote opens at {@code i} a short quoted text with a path or address in it ("/" or "\"), the index of the
     * closing quote; else -1. Quoted words of prose ("Link da instalação") stay breakable.
     */
    private int quotedPathEnd(int i) {
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

    @Override
    public void setText(String newText) {
        text = newText == null ? "" : newText;
        position = 0;
    }
}
