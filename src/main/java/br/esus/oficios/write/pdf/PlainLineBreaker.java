package br.esus.oficios.write.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;

/**
 * Breaks lines at spaces, and after a "/" followed by a letter (inside long paths and commands), never inside e-mail
 * addresses, domains, CNPJs or "e-SUS": openhtmltopdf's default breaker (and Java's line BreakIterator) break after
 * every "." too, which split "ti.saude@…" across lines in the ofício. A token still too long for its box is broken
 * by the CSS ({@code word-wrap: break-word}). Boundaries follow {@link BreakIterator}: the end of the text last, then
 * {@link BreakIterator#DONE}.
 */
final class PlainLineBreaker implements FSTextBreaker {
    private String text = "";
    private int position;

    @Override
    public int next() {
        if (position >= text.length()) {
            return BreakIterator.DONE;
        }
        int i = position;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
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

    @Override
    public void setText(String newText) {
        text = newText == null ? "" : newText;
        position = 0;
    }
}
