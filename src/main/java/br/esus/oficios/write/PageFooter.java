package br.esus.oficios.write;

import br.esus.oficios.doc.PageGeometry;
import java.util.List;

/**
 * How high the running footer is (the sending unit's address and contacts, and the page number from the second page
 * on), and so how much bottom margin a page needs: 2 cm, or more when a long address, e-mail or site wraps into more
 * lines than the 2 cm hold. The PDF (Typesetter) and the DOCX (DocxPage) both size and draw their footers with it, so
 * a footer is never cut at the edge of the paper.
 *
 * <p>The footer starts 4 pt below the top of the bottom margin, the page number is 12 pt with line height 1.1 and
 * 2 pt below it, each footer line is 9 pt with line height 1.15, centred across the text area.
 */
public final class PageFooter {

    /** The space above the footer's first line ({@code padding-top} of the margin box). */
    public static final double PADDING = 4;
    /** The page number: 12 pt, line height 1.1. */
    public static final double NUMBER_SIZE = 12;
    public static final double NUMBER_LEADING = 1.1;
    /** The page number's line and the 2 pt below it. */
    public static final double NUMBER = NUMBER_SIZE * NUMBER_LEADING + 2;
    /** The footer's font size and line height. */
    public static final double FONT_SIZE = 9;
    public static final double LEADING = 1.15;
    /** One footer line: 9 pt, line height 1.15. */
    public static final double LINE = FONT_SIZE * LEADING;
    /**
     * What is left below the last line at least, in points: a 2 cm margin holds the number and three lines with
     * about this much to spare, so the usual footer keeps its 2 cm.
     */
    public static final double CLEARANCE = 6;
    /** Room for a font wider than Carlito (the fallback): lines are counted with every character 15 % wider. */
    static final double WIDER = 1.15;

    private PageFooter() {
    }

    /** The lines the footer's texts take once each wraps across the text area. */
    public static int lines(List<String> footerLines) {
        int n = 0;
        for (String line : footerLines) {
            n += TableWidths.lineCount(line, false, FONT_SIZE, TableWidths.TEXT_WIDTH, WIDER);
        }
        return n;
    }

    /** The footer's height in points, from the top of the bottom margin to below its last line. */
    public static double height(List<String> footerLines, boolean pageNumber) {
        return PADDING + (pageNumber ? NUMBER : 0) + lines(footerLines) * LINE;
    }

    /** The bottom margin a page needs, in points: 2 cm, or the footer's height and the clearance when more. */
    public static double margin(List<String> footerLines, boolean pageNumber) {
        return Math.max(PageGeometry.BOTTOM_MARGIN, height(footerLines, pageNumber) + CLEARANCE);
    }
}
