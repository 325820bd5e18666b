package br.esus.oficios.render;

/**
 * How many characters of a code line {@link ShellLines} may use: the narrowest of the PDF's code box and the DOCX's
 * code paragraph as LibreOffice lays it out, less a margin of 2 for a font a little wider than the one measured. A
 * command longer than this is broken by the shell's continuation instead of being wrapped on screen.
 *
 * <p>Both formats use a 9.5 pt monospace font for code (DejaVu Sans Mono, 0.602 em per character, or Liberation
 * Mono, 0.6 em; the DOCX asks for Consolas, which LibreOffice replaces by DejaVu Sans Mono). Measured by rendering a
 * 100-character line at each place and counting what the first line of it held ({@code pdftotext}):
 *
 * <pre>
 *                      PDF   DOCX (LibreOffice)
 *   top level           79   79
 *   list item           74   77
 *   list in a list      70   74
 *   three lists deep    65   71
 *   quotation           66   79
 * </pre>
 *
 * The PDF is the narrower, and its numbers follow from PdfMeasures (the code box), which the formula below uses: the text is
 * 16.5 cm wide (A4 less the 3 cm and 1.5 cm margins), {@code pre.codigo} takes 14 pt of it (padding and border),
 * each list 0.9 cm and each quotation 2.5 cm. A test renders the same lines and checks these columns still fit.
 */
public final class CodeColumns {

    /** The margin left for a code font wider than the one measured. */
    public static final int MARGIN = 2;

    private static final double BOX_PT = br.esus.oficios.doc.PageGeometry.TEXT_WIDTH - 14;
    private static final double LIST_PT = br.esus.oficios.doc.PageGeometry.LIST_INSET;
    private static final double QUOTE_PT = br.esus.oficios.doc.PageGeometry.QUOTE_INSET;
    private static final double CHAR_PT = 9.5 * 1233 / 2048; // DejaVu Sans Mono's advance, 1233 of 2048 units
    /** Never fewer, however deep: a few words per line are still better than a line the reader cannot copy. */
    private static final int MIN = 30;

    private CodeColumns() {
    }

    /**
     * The characters a code line may take, for a code block inside {@code lists} lists and {@code quotes}
     * quotations (0 and 0 at the top level).
     */
    public static int at(int lists, int quotes) {
        double width = BOX_PT - lists * LIST_PT - quotes * QUOTE_PT;
        return Math.max(MIN, (int) Math.floor(width / CHAR_PT) - MARGIN);
    }
}
