package br.esus.oficios.write.pdf;

import com.openhtmltopdf.util.OpenUtil;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The characters of a page that its fonts lack. openhtmltopdf draws a "#" for a character no font of its family
 * list has, and says nothing. Before layout this walks the text of the page body: a character the body font (in
 * {@code pre} and {@code code}, the monospace font) lacks but the bundled reserve font has is drawn with the reserve
 * font (second in every family list of {@code oficio.css}), which must then be registered; the others are returned,
 * to warn about. One instance per rendering thread (the fonts are the thread's own).
 */
final class MissingGlyphs {

    static final String XHTML = "http://www.w3.org/1999/xhtml";
    /** How many characters a warning names. */
    static final int SHOWN = 10;

    /**
     * What a page needs.
     *
     * @param usesReserve true when some character needs the reserve font (register it)
     * @param missing the characters no font has, in the order they first appear, each once
     */
    record Result(boolean usesReserve, List<Integer> missing) {
    }

    private final CmapLookup body;
    private final CmapLookup mono;
    private final Supplier<TrueTypeFont> reserveFont;
    private CmapLookup reserve;

    /**
     * @param body the regular face of the body font
     * @param mono the regular face of the monospace font
     * @param reserveFont the regular face of the reserve font, parsed the first time a page needs it
     */
    MissingGlyphs(TrueTypeFont body, TrueTypeFont mono, Supplier<TrueTypeFont> reserveFont) {
        this.body = cmap(body);
        this.mono = cmap(mono);
        this.reserveFont = reserveFont;
    }

    private static CmapLookup cmap(TrueTypeFont ttf) {
        try {
            return ttf.getUnicodeCmapLookup(false); // what PDFBox encodes with
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the text of the page body. */
    Result check(Document dom) {
        Set<Integer> missing = new LinkedHashSet<>();
        boolean[] usesReserve = {false};
        Node bodyElement = dom.getElementsByTagNameNS(XHTML, "body").item(0);
        if (bodyElement != null) {
            walk(bodyElement, false, missing, usesReserve);
        }
        return new Result(usesReserve[0], List.copyOf(missing));
    }

    private void walk(Node node, boolean code, Set<Integer> missing, boolean[] usesReserve) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                String name = child.getLocalName();
                walk(child, code || "pre".equals(name) || "code".equals(name), missing, usesReserve);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                if (text(child.getNodeValue(), code ? mono : body, missing)) {
                    usesReserve[0] = true;
                }
            }
        }
    }

    /** Checks one text node. True when some character of it needs the reserve font. */
    private boolean text(String s, CmapLookup font, Set<Integer> missing) {
        boolean usesReserve = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!drawn(cp) || font.getGlyphId(cp) != 0) {
                continue;
            }
            if (reserve().getGlyphId(cp) != 0) {
                usesReserve = true;
            } else {
                missing.add(cp);
            }
        }
        return usesReserve;
    }

    private CmapLookup reserve() {
        if (reserve == null) {
            reserve = cmap(reserveFont.get());
        }
        return reserve;
    }

    /** A character openhtmltopdf draws with a glyph: not a space (a missing space is drawn as a space), not a control. */
    private static boolean drawn(int cp) {
        return !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && OpenUtil.isSafeFontCodePointToPrint(cp)
                && OpenUtil.isCodePointPrintable(cp);
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
