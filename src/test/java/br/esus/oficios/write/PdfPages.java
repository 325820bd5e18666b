package br.esus.oficios.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The pages of a PDF as a test reads them: where each character is drawn, and the text in the order it is drawn and
 * in the order of its lines. For checking that nothing is clipped: every character inside the text area of the
 * padrão ofício (3 cm from the left edge of A4, 1.5 cm from the right one) and on the paper.
 */
public final class PdfPages {

    /** The text area of the padrão ofício, in points from the left edge. */
    public static final double LEFT = 3 / 2.54 * 72;
    public static final double RIGHT = (21 - 1.5) / 2.54 * 72;
    /** Rounding in the layout and in the characters' boxes, in points. */
    public static final double TOLERANCE = 1.5;

    public record Glyph(String text, double x, double width, double top, double bottom) {
    }

    /**
     * @param text in the order it is drawn (a table's cells one after the other)
     * @param sortedText in the order of the lines on the page (a paragraph whose code spans are drawn after the rest
     *        of each line)
     */
    public record Page(int number, double width, double height, String text, String sortedText, List<Glyph> glyphs) {
    }

    private PdfPages() {
    }

    public static List<Page> read(Path file) throws IOException {
        try (PDDocument d = Loader.loadPDF(file.toFile())) {
            return read(d);
        }
    }

    public static List<Page> read(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return read(d);
        }
    }

    private static List<Page> read(PDDocument d) throws IOException {
        List<Page> out = new ArrayList<>();
        for (int i = 0; i < d.getNumberOfPages(); i++) {
            PDRectangle box = d.getPage(i).getMediaBox();
            List<Glyph> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition t : positions) {
                        if (!t.getUnicode().isBlank()) {
                            glyphs.add(new Glyph(t.getUnicode(), t.getXDirAdj(), t.getWidthDirAdj(),
                                    t.getYDirAdj() - t.getHeightDir(), t.getYDirAdj()));
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.setStartPage(i + 1);
            stripper.setEndPage(i + 1);
            String text = stripper.getText(d);
            PDFTextStripper byPosition = new PDFTextStripper();
            byPosition.setSortByPosition(true);
            byPosition.setStartPage(i + 1);
            byPosition.setEndPage(i + 1);
            out.add(new Page(i + 1, box.getWidth(), box.getHeight(), text, byPosition.getText(d), glyphs));
        }
        return out;
    }

    /**
     * The characters (the first {@code limit}) drawn outside the text area or off the paper, described for a failure
     * message; empty when there are none.
     */
    public static List<String> outside(List<Page> pages, int limit) {
        List<String> out = new ArrayList<>();
        for (Page page : pages) {
            for (Glyph g : page.glyphs()) {
                if ((g.x() < LEFT - TOLERANCE || g.x() + g.width() > RIGHT + TOLERANCE || g.top() < 0
                        || g.bottom() > page.height() - TOLERANCE) && out.size() < limit) {
                    out.add(String.format(Locale.ROOT, "página %d: '%s' em x %.1f–%.1f, y %.1f–%.1f (a área de "
                            + "texto vai de x %.1f a %.1f)", page.number(), g.text(), g.x(), g.x() + g.width(), g.top(),
                            g.bottom(), LEFT, RIGHT));
                }
            }
        }
        return out;
    }

    /**
     * The text of the pages, normalized, without their footers, so that a value broken across two pages reads whole:
     * the footer (normalized; empty for none) must be whole on every page, and it and the page number are dropped.
     *
     * @param sorted in the order of the lines (else in the order the text is drawn)
     */
    public static String withoutFooters(String what, List<Page> pages, String footer, boolean sorted) {
        StringBuilder sb = new StringBuilder();
        for (Page page : pages) {
            String t = normal(sorted ? page.sortedText() : page.text());
            String n = page.number() > 1 ? String.valueOf(page.number()) : "";
            if (!footer.isEmpty()) {
                int at = t.indexOf(n + footer);
                int length = n.length() + footer.length();
                if (at < 0) {
                    at = t.indexOf(footer);
                    length = footer.length();
                }
                if (at < 0) {
                    throw new AssertionError(what + ", página " + page.number() + ": o rodapé não está inteiro:\n"
                            + footer + "\nna página:\n" + t);
                }
                t = t.substring(0, at) + t.substring(at + length);
            }
            if (!n.isEmpty() && t.startsWith(n)) {
                t = t.substring(n.length());
            } else if (!n.isEmpty() && t.endsWith(n)) {
                t = t.substring(0, t.length() - n.length());
            }
            sb.append(t);
        }
        return sb.toString();
    }

    /** Without blanks (a line break is where a long value was broken), soft hyphens or zero-width spaces. */
    public static String normal(String s) {
        return s.replaceAll("[\\s\\u00A0\\u00AD\\u200B\\u2060\\uFEFF]+", "");
    }
}
