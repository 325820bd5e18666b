package br.esus.oficios.write.pdf;

import java.util.List;
import java.util.Locale;

/**
 * The warning for the characters of a document that no font had: the body font (in code, the monospace font) first,
 * then the reserve font (Liberation Sans, from the jar) character by character (TextLayout); what neither has is
 * drawn as "#" and named here.
 */
final class MissingGlyphs {

    /** How many characters a warning names. */
    static final int SHOWN = 10;

    private MissingGlyphs() {
    }

    /**
     * The warning for the characters that came out as "#", e.g. {@code caracteres que a fonte do PDF não tem
     * saíram como #: 日 (U+65E5), ✓ (U+2713); use --fonte com uma fonte que os tenha}.
     */
    static String warning(List<Integer> missing) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < Math.min(SHOWN, missing.size()); i++) {
            int cp = missing.get(i);
            if (i > 0) {
                list.append(", ");
            }
            list.appendCodePoint(cp).append(String.format(Locale.ROOT, " (U+%04X)", cp));
        }
        if (missing.size() > SHOWN) {
            list.append(" e mais ").append(missing.size() - SHOWN);
        }
        return missing.size() == 1
                ? "caractere que a fonte do PDF não tem saiu como #: " + list + "; use --fonte com uma fonte que o tenha"
                : "caracteres que a fonte do PDF não tem saíram como #: " + list
                        + "; use --fonte com uma fonte que os tenha";
    }
}
