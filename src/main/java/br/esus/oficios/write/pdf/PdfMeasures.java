package br.esus.oficios.write.pdf;

import br.esus.oficios.doc.ParagraphStyle;

/**
 * The measures of the PDF, in points: the padrão ofício (Manual de Redação da Presidência da República, 3ª ed., itens
 * 5.1 e 5.2) for each part of the ofício, and the look of headings, tables, code and letterhead. The one place the
 * typesetter reads them from, and the one the DOCX's styles are checked against (DocxLayoutTest), so that the two
 * formats keep the same spaces, sizes and alignments. The page itself is in {@link br.esus.oficios.doc.PageGeometry}
 * and the footer in {@link br.esus.oficios.write.PageFooter}.
 */
public final class PdfMeasures {

    /** A centimetre. */
    public static final float CM = 72f / 2.54f;

    /** How a block's lines sit in its width. */
    public enum Align {
        LEFT, RIGHT, CENTER, JUSTIFY
    }

    /**
     * One kind of block.
     *
     * @param before the space above it (the larger of it and the space below the block before is used)
     * @param after the space below it
     * @param align where its lines sit
     * @param indent how far its first line moves in
     * @param size its font size
     * @param leading its line height, as a multiple of the font size
     * @param bold its text is bold
     */
    public record Part(float before, float after, Align align, float indent, float size, float leading,
            boolean bold) {
    }

    /** The body text: 12 pt, line height 1.2. */
    public static final float BODY_SIZE = 12f;
    public static final float BODY_LEADING = 1.2f;
    /** The first-line indent of the vocativo, the text and the fecho: 2.5 cm (item 5.1.7). */
    public static final float PARAGRAPH_INDENT = 2.5f * CM;

    /** A paragraph of {@code style}. */
    public static Part paragraph(ParagraphStyle style) {
        float before = switch (style) {
            case FECHO, NOTA -> 12;
            case ASSINATURA -> 1.4f * CM; // room to sign above the name
            default -> 0;
        };
        float after = switch (style) {
            case IDENTIFICACAO, DATA, ENDERECAMENTO, ASSUNTO -> 12;
            default -> 6;
        };
        Align align = switch (style) {
            case DATA -> Align.RIGHT;
            case ASSINATURA -> Align.CENTER;
            case TEXTO -> Align.JUSTIFY;
            default -> Align.LEFT;
        };
        float indent = switch (style) {
            case VOCATIVO, TEXTO, FECHO -> PARAGRAPH_INDENT;
            default -> 0;
        };
        float size = style == ParagraphStyle.NOTA ? 10f : BODY_SIZE;
        return new Part(before, after, align, indent, size, BODY_LEADING, style == ParagraphStyle.ASSUNTO);
    }

    /** A heading of {@code level} (1 to 6): bold, line height 1.15. */
    public static Part heading(int level) {
        float size = level == 1 ? 16f : level == 2 ? 13.5f : 12f;
        float before = level == 1 ? 0 : level == 2 ? 14 : level == 3 ? 12 : 10;
        float after = level == 1 ? 10 : level == 2 ? 6 : 4;
        return new Part(before, after, Align.LEFT, 0, size, 1.15f, true);
    }

    /** A quotation: 11 pt, 2.5 cm in from the left (PageGeometry.QUOTE_INSET). */
    public static final Part QUOTE = new Part(0, 6, Align.LEFT, 0, 11f, BODY_LEADING, false);

    /** A list item's paragraph: 3 pt above and below. */
    public static final float LIST_ITEM_SPACE = 3f;
    /** Between a list item's number or bullet and its text. */
    public static final float LIST_LABEL_GAP = 5f;
    /** Below a list. */
    public static final float LIST_AFTER = 6f;

    /** Table cells: 10 pt, line height 1.15, padding 2.5 pt above and below, 4 pt at the sides; 0.5 pt borders. */
    public static final Part TABLE = new Part(2, 8, Align.LEFT, 0, 10f, 1.15f, false);
    public static final float CELL_PAD_Y = 2.5f;
    public static final float CELL_PAD_X = 4f;
    /** A row with a column to sign in ({.a-assinar}) is at least 1.2 cm high. */
    public static final float SIGNING_ROW = 1.2f * CM;

    /**
     * Code boxes: 9.5 pt monospace, line height 1.25, a 2 pt grey rule on the left, padding 4 pt above and below and
     * 6 pt at the sides, 8 pt below the box.
     */
    public static final Part CODE = new Part(0, 8, Align.LEFT, 0, 9.5f, 1.25f, false);
    public static final float CODE_RULE = 2f;
    public static final float CODE_PAD_X = 6f;
    public static final float CODE_PAD_Y = 4f;
    /** Inline code is set at 0.85 of the text around it (the monospace font looks larger). */
    public static final float INLINE_CODE = 0.85f;

    /** A status mark of the checklist: a 10 pt square box, its bottom 1.5 pt below the baseline. */
    public static final float MARK_SIZE = 10f;

    /** A horizontal rule: 0.5 pt grey, 8 pt above and below. */
    public static final float RULE_SPACE = 8f;
    public static final float RULE_WIDTH = 0.5f;
    public static final int RULE_COLOUR = 0x808080;

    /** Colours, as RGB: table borders (0.5 pt) and header rows, the code box and its rule. */
    public static final int TABLE_BORDER = 0x6b6b6b;
    public static final float TABLE_BORDER_WIDTH = 0.5f;
    public static final int TABLE_HEADER_FILL = 0xe6e6e6;
    public static final int CODE_FILL = 0xf2f2f2;
    public static final int CODE_RULE_COLOUR = 0x8c8c8c;

    /** A colour as the DOCX writes it, e.g. "6B6B6B". */
    public static String hex(int rgb) {
        return String.format(java.util.Locale.ROOT, "%06X", rgb);
    }

    /**
     * The letterhead, first page only, centred: at least 3 cm high (with the 2 cm margin, the Manual's 5 cm), lines of
     * 12 pt with line height 1.0, 6 pt below; the brasão 1.6 cm high, 4 pt above the lines.
     */
    public static final Part LETTERHEAD = new Part(0, 6, Align.CENTER, 0, 12f, 1.0f, false);
    public static final float LETTERHEAD_MIN_HEIGHT = 3 * CM;
    public static final float BRASAO_HEIGHT = 1.6f * CM;
    public static final float BRASAO_AFTER = 4f;

    private PdfMeasures() {
    }
}
