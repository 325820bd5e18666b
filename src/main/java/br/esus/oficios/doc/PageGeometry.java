package br.esus.oficios.doc;

/**
 * The page's measures that more than one step needs, in points, as the PDF (PdfMeasures) and the DOCX styles set them: the
 * writers use them to size tables and indents, and the document tree to fit code lines to their box (A4, margins of
 * 3 cm and 1.5 cm, padrão ofício).
 */
public final class PageGeometry {

    /** The left margin of the padrão ofício: 3 cm. */
    public static final double LEFT_MARGIN = 3 / 2.54 * 72;
    /** The top margin: 2 cm (the letterhead starts there). */
    public static final double TOP_MARGIN = 2 / 2.54 * 72;
    /** The bottom margin of the padrão ofício: 2 cm (the footer is there). */
    public static final double BOTTOM_MARGIN = 2 / 2.54 * 72;
    /** The width of the text: A4's 21 cm less the 3 cm and 1.5 cm margins. */
    public static final double TEXT_WIDTH = (21 - 3 - 1.5) / 2.54 * 72;
    /** How far a list moves its items in (0.9 cm). */
    public static final double LIST_INSET = 0.9 / 2.54 * 72;
    /** How far a quotation moves in (2.5 cm). */
    public static final double QUOTE_INSET = 2.5 / 2.54 * 72;

    private PageGeometry() {
    }
}
