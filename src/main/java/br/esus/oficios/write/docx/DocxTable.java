package br.esus.oficios.write.docx;

import br.esus.oficios.write.pdf.PdfMeasures;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.ColumnStyle;
import br.esus.oficios.doc.Inline;
import br.esus.oficios.write.TableWidths;

/**
 * A table across the text area as the PDF draws it: thin grey borders, column widths from the content
 * ({@link TableWidths}), the header row bold on grey and repeated at the top of every page, no row split across
 * pages; a row with a column to sign in ({@link ColumnStyle#A_ASSINAR}) at least 1.2 cm high.
 */
final class DocxTable {

    /** The PDF's cell padding (PdfMeasures): 4 pt left and right, 2.5 pt above and below. */
    static final int CELL_MARGIN = 80;
    static final int CELL_MARGIN_VERTICAL = 50;
    /** The PDF's borders (0.5 pt, #6b6b6b) and header background (#e6e6e6). */
    static final String BORDER_COLOR = PdfMeasures.hex(PdfMeasures.TABLE_BORDER);
    static final String HEADER_FILL = PdfMeasures.hex(PdfMeasures.TABLE_HEADER_FILL);
    /** The height of a row with a column to sign in (PdfMeasures.SIGNING_ROW): 1.2 cm. */
    static final int SIGNATURE_ROW = 680;

    private DocxTable() {
    }

    static XWPFTable write(XWPFDocument doc, Block.Table t, int width, double[] shared) {
        int cols = t.columnCount();
        int[] widths = columnWidths(t, cols, width, shared);

        XWPFTable table = doc.createTable();
        CTTbl ct = table.getCTTbl();
        properties(ct, width, DocxTable::thin, CELL_MARGIN, CELL_MARGIN_VERTICAL);
        CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }

        boolean signed = false;
        for (int c = 0; c < cols; c++) {
            signed |= t.column(c) == ColumnStyle.A_ASSINAR;
        }
        List<List<List<Inline>>> all = new ArrayList<>(t.header());
        all.addAll(t.rows());
        for (int r = 0; r < all.size(); r++) {
            boolean header = r < t.header().size();
            XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
            while (row.getTableCells().size() < cols) {
                row.createCell();
            }
            // No row is split across pages (the PDF splits only a row taller than a page), so a line is never cut
            // from its row.
            row.setCantSplitRow(true);
            if (header) {
                row.setRepeatHeader(true);
            } else if (signed) {
                row.setHeight(SIGNATURE_ROW);
                row.setHeightRule(TableRowHeightRule.AT_LEAST);
            }
            List<List<Inline>> cells = all.get(r);
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = row.getCell(c);
                CTTblWidth w = cell.getCTTc().isSetTcPr() && cell.getCTTc().getTcPr().isSetTcW()
                        ? cell.getCTTc().getTcPr().getTcW()
                        : (cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr())
                                .addNewTcW();
                w.setType(STTblWidth.DXA);
                w.setW(BigInteger.valueOf(widths[c]));
                if (header) {
                    CTShd shd = cell.getCTTc().getTcPr().addNewShd();
                    shd.setVal(STShd.CLEAR);
                    shd.setColor("auto");
                    shd.setFill(HEADER_FILL);
                }
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setStyle(style(header, c < t.alignments().size() ? t.alignments().get(c) : Block.Align.DEFAULT));
                if (c < cells.size()) {
                    DocxInlines.write(p, cells.get(c));
                }
            }
        }
        return table;
    }

    private static String style(boolean header, Block.Align align) {
        return switch (align) {
            case CENTER -> header ? DocxStyles.TABELA_CABECALHO_CENTRO : DocxStyles.TABELA_TEXTO_CENTRO;
            case RIGHT -> header ? DocxStyles.TABELA_CABECALHO_DIREITA : DocxStyles.TABELA_TEXTO_DIREITA;
            default -> header ? DocxStyles.TABELA_CABECALHO : DocxStyles.TABELA_TEXTO;
        };
    }

    /**
     * Fixed layout across {@code width}, every border (outer and inner) drawn by {@code border}, the given cell
     * margins: the data tables (thin grey borders) and the letterhead's box (no border, no margin).
     */
    static void properties(CTTbl ct, int width, Consumer<CTBorder> border, int marginH, int marginV) {
        CTTblPr pr = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
        CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders();
        }
        CTTblBorders b = pr.addNewTblBorders();
        border.accept(b.addNewTop());
        border.accept(b.addNewLeft());
        border.accept(b.addNewBottom());
        border.accept(b.addNewRight());
        border.accept(b.addNewInsideH());
        border.accept(b.addNewInsideV());
        if (pr.isSetTblCellMar()) {
            pr.unsetTblCellMar();
        }
        CTTblCellMar mar = pr.addNewTblCellMar();
        margin(mar.addNewTop(), marginV);
        margin(mar.addNewLeft(), marginH);
        margin(mar.addNewBottom(), marginV);
        margin(mar.addNewRight(), marginH);
    }

    private static void thin(CTBorder b) {
        b.setVal(STBorder.SINGLE);
        b.setSz(BigInteger.valueOf(4)); // 1/2 pt
        b.setSpace(BigInteger.ZERO);
        b.setColor(BORDER_COLOR);
    }

    private static void margin(CTTblWidth w, int twips) {
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(twips));
    }

    /**
     * Column widths in twips that add up to {@code width}: the shared fractions of a table aligned with others of
     * its document, else the table's own automatic widths ({@link TableWidths}).
     */
    static int[] columnWidths(Block.Table t, int cols, int width, double[] shared) {
        double[] w = shared != null ? shared.clone() : TableWidths.of(t, width / 20.0);
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        int[] out = new int[cols];
        int used = 0;
        int widest = 0;
        for (int c = 0; c < cols; c++) {
            out[c] = c < w.length ? (int) Math.round(w[c] / sum * width) : 0;
            used += out[c];
            if (out[c] > out[widest]) {
                widest = c;
            }
        }
        out[widest] += width - used;
        return out;
    }
}
