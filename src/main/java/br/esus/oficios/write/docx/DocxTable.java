package br.esus.oficios.write.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.Inline;

/**
 * A table across the text area: thin black borders, fixed column widths estimated from the content, the header
 * row bold and repeated at the top of every page.
 */
final class DocxTable {

    /** Narrowest column: 1.2 cm. */
    static final int MIN_COLUMN = 680;
    private static final int CELL_MARGIN = 85; // 0.15 cm left and right

    private DocxTable() {
    }

    static XWPFTable write(XWPFDocument doc, Block.Table t, int width) {
        int cols = t.alignments().size();
        if (cols == 0) {
            cols = t.header().isEmpty() ? (t.rows().isEmpty() ? 1 : t.rows().get(0).size()) : t.header().get(0).size();
        }
        int[] widths = columnWidths(t, cols, width);

        XWPFTable table = doc.createTable();
        CTTbl ct = table.getCTTbl();
        properties(ct, width);
        CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }

        List<List<List<Inline>>> all = new ArrayList<>(t.header());
        all.addAll(t.rows());
        for (int r = 0; r < all.size(); r++) {
            boolean header = r < t.header().size();
            XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
            while (row.getTableCells().size() < cols) {
                row.createCell();
            }
            if (header) {
                row.setRepeatHeader(true);
                row.setCantSplitRow(true);
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

    private static void properties(CTTbl ct, int width) {
        CTTblPr pr = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
        CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders();
        }
        CTTblBorders b = pr.addNewTblBorders();
        thin(b.addNewTop());
        thin(b.addNewLeft());
        thin(b.addNewBottom());
        thin(b.addNewRight());
        thin(b.addNewInsideH());
        thin(b.addNewInsideV());
        if (pr.isSetTblCellMar()) {
            pr.unsetTblCellMar();
        }
        CTTblCellMar mar = pr.addNewTblCellMar();
        margin(mar.addNewLeft(), CELL_MARGIN);
        margin(mar.addNewRight(), CELL_MARGIN);
        margin(mar.addNewTop(), 28);
        margin(mar.addNewBottom(), 28);
    }

    private static void thin(CTBorder b) {
        b.setVal(STBorder.SINGLE);
        b.setSz(BigInteger.valueOf(4)); // 1/2 pt
        b.setSpace(BigInteger.ZERO);
        b.setColor("000000");
    }

    private static void margin(CTTblWidth w, int twips) {
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(twips));
    }

    /**
     * Column widths that add up to {@code width}, the way CSS lays out an automatic table: every column gets at least
     * its longest word (never narrower than {@link #MIN_COLUMN}), and the room left goes to the columns in proportion
     * to how much more their longest line wants. When even the longest words do not fit, the widest columns are
     * narrowed first.
     */
    static int[] columnWidths(Block.Table t, int cols, int width) {
        int[] min = new int[cols];
        int[] max = new int[cols];
        List<List<List<Inline>>> all = new ArrayList<>(t.header());
        all.addAll(t.rows());
        int[] longestWord = new int[cols];
        int[] longestLine = new int[cols];
        for (List<List<Inline>> row : all) {
            for (int c = 0; c < Math.min(cols, row.size()); c++) {
                String text = DocxInlines.plain(row.get(c));
                for (String line : text.split("\n")) {
                    longestLine[c] = Math.max(longestLine[c], Math.min(line.strip().length(), 60));
                    for (String word : line.split("\\s+")) {
                        longestWord[c] = Math.max(longestWord[c], Math.min(word.length(), 22));
                    }
                }
            }
        }
        for (int c = 0; c < cols; c++) {
            min[c] = Math.max(MIN_COLUMN, twips(longestWord[c]));
            max[c] = Math.max(min[c], twips(longestLine[c]));
        }
        long sumMin = 0;
        long sumMax = 0;
        for (int c = 0; c < cols; c++) {
            sumMin += min[c];
            sumMax += max[c];
        }
        int[] out = new int[cols];
        if (sumMin >= width) {
            // Even the longest words do not fit: cap the widest columns (long words there break), never the narrow
            // ones ("Marca", "Visita", dates).
            int cap = capFor(min, width);
            for (int c = 0; c < cols; c++) {
                out[c] = Math.min(min[c], cap);
            }
        } else {
            long extra = width - sumMin;
            long wantMore = sumMax - sumMin;
            for (int c = 0; c < cols; c++) {
                long share = wantMore == 0 ? extra / cols : extra * (max[c] - min[c]) / wantMore;
                out[c] = (int) (min[c] + share);
            }
        }
        int used = 0;
        int widest = 0;
        for (int c = 0; c < cols; c++) {
            used += out[c];
            if (out[c] > out[widest]) {
                widest = c;
            }
        }
        out[widest] += width - used;
        return out;
    }

    /** The largest cap such that the columns' minimums, each cut to it, fit in {@code width}. */
    private static int capFor(int[] min, int width) {
        int lo = 0;
        int hi = java.util.Arrays.stream(min).max().orElse(width);
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            long sum = 0;
            for (int m : min) {
                sum += Math.min(m, mid);
            }
            if (sum <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** About 120 twips per character of 10 pt Calibri (bold headers are wider), plus the cell margins. */
    private static int twips(int chars) {
        return chars * 120 + 2 * CELL_MARGIN + 30;
    }
}
