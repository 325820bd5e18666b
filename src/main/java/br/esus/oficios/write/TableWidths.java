package br.esus.oficios.write;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.ColumnStyle;
import br.esus.oficios.doc.Inline;

/**
 * Column widths of a table, laid out like an automatic HTML table: every column gets at least its widest
 * word, the room left goes to the columns in proportion to how much more their longest line wants, and a column for
 * handwriting ({@link ColumnStyle#A_PREENCHER}) gets a fixed 4 cm, and one to sign in ({@link ColumnStyle#A_ASSINAR})
 * a fixed 5 cm; a column of names ({@link ColumnStyle#NOMES}) at least room for each name in two lines. Text is measured with the advance widths of
 * Carlito, the metric twin of Calibri (the Manual's fonts), so the same table gives the same widths on every machine.
 *
 * <p>The DOCX writer and the PDF's typesetter size every table this way, so a table has the same columns in both.
 * Tables of one document with the same header (the checklist's sections) share their widths, computed from all their
 * rows, so that printed they line up: both use {@link #aligned(List)} for them, which also gives each column room for
 * its cells in two lines before the rest is shared ({@link #readable}). A table whose widest words do not fit the
 * page side by side narrows the columns of the long words first: a long domain, e-mail or path then
 * breaks in its own column instead of running off the page. {@link #lineCount} tells how many lines a text
 * wraps into (the footer's height, {@link PageFooter}).
 *
 * <p>Sizes follow the PDF's tables (PdfMeasures.TABLE): 10 pt text, bold header, 4 pt padding left and right, 0.5 pt
 * borders.
 */
public final class TableWidths {

    /** Table text, in points. */
    public static final double FONT_SIZE = 10;
    /** Padding left plus right and one border, in points: what a column needs besides its text. */
    public static final double CELL_EXTRA = 4 + 4 + 0.5;
    /** A column for handwriting, border to border: 4 cm. */
    public static final double A_PREENCHER = 4 / 2.54 * 72;
    /** The narrowest a column for handwriting gets in a table to be read across ({@link #readable}): 3 cm. */
    static final double A_PREENCHER_MIN = 3 / 2.54 * 72;
    /** A column to sign in, border to border: 5 cm. */
    public static final double A_ASSINAR = 5 / 2.54 * 72;
    /** The width of the text area (A4 less the 3 cm and 1.5 cm margins of the page), which tables fill. */
    public static final double TEXT_WIDTH = br.esus.oficios.doc.PageGeometry.TEXT_WIDTH;
    /** The narrowest column: 1.2 cm. */
    public static final double MIN_COLUMN = 1.2 / 2.54 * 72;
    /**
     * What the layouts round away, in points: a column exactly as wide as a line (two words of a name) would still
     * break it.
     */
    static final double ROUNDING = 3;
    /**
     * The widest a column of names ({@link ColumnStyle#NOMES}) grows to hold each name in two lines: a quarter of the
     * text; a longer name takes three lines rather than squeeze the other columns.
     */
    static final double MAX_NAMES = TEXT_WIDTH / 4;
    /** A status mark is drawn 10 pt wide. */
    static final double MARK = br.esus.oficios.write.pdf.PdfMeasures.MARK_SIZE;
    /** Monospace text (inline code): Consolas is 0.55 em, written at 10.5 pt in the DOCX. */
    static final double MONO_CHAR = 0.55 * 10.5;

    private TableWidths() {
    }

    /** The widths in points, adding up to {@code width}, of a table alone. */
    public static double[] of(Block.Table table, double width) {
        return of(List.of(table), width);
    }

    /**
     * The widths in points, adding up to {@code width}, shared by tables with the same columns: measured over the
     * rows of all of them.
     */
    public static double[] of(List<Block.Table> tables, double width) {
        Columns c = measure(tables);
        return distribute(c.min, c.max, c.fixed, width);
    }

    /**
     * The widths of tables printed to be read across, as the checklist's sections: when the longest lines do not fit,
     * each column first gets room for its cells in two lines ({@link Columns#twoLines}), the columns that want little
     * in full (a name of three words on two lines, never one a line) and the others alike, as far as the page allows,
     * a column for handwriting among them with its 4 cm down to 3; then what is left as {@link #distribute}.
     * Observations then read as lines, not a column of words.
     */
    static double[] readable(List<Block.Table> tables, double width) {
        Columns c = measure(tables);
        double[] min = c.min.clone();
        for (int i = 0; i < min.length; i++) {
            // A column for handwriting yields up to 1 cm of its 4 to the text beside it, as the others do.
            if (tables.get(0).column(i) == ColumnStyle.A_PREENCHER && min[i] == A_PREENCHER) {
                min[i] = A_PREENCHER_MIN;
            }
        }
        double sumTwo = 0;
        double sumMin = 0;
        for (int i = 0; i < min.length; i++) {
            sumTwo += c.twoLines[i];
            sumMin += min[i];
        }
        if (sumMin >= width) {
            return distribute(min, c.max, c.fixed, width);
        }
        if (sumTwo <= width) {
            return distribute(c.twoLines, c.max, c.fixed, width);
        }
        double[] out = new double[min.length];
        double cap = capAbove(min, c.twoLines, width);
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(min[i], Math.min(c.twoLines[i], cap));
        }
        return out;
    }

    /** The cap such that each column at its {@code want} cut to it, but never below its {@code min}, fills {@code width}. */
    private static double capAbove(double[] min, double[] want, double width) {
        double lo = 0;
        double hi = width;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            double sum = 0;
            for (int c = 0; c < min.length; c++) {
                sum += Math.max(min[c], Math.min(want[c], mid));
            }
            if (sum <= width) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Each column's narrowest and widest width in points (its widest word, its longest line), the width that holds
     * each of its cells in at most two lines, and if it is fixed.
     */
    private record Columns(double[] min, double[] max, double[] twoLines, boolean[] fixed) {
    }

    private static Columns measure(List<Block.Table> tables) {
        Block.Table first = tables.get(0);
        int cols = first.columnCount();
        double[] min = new double[cols];
        double[] max = new double[cols];
        double[] two = new double[cols];
        boolean[] fixed = new boolean[cols];
        for (int c = 0; c < cols; c++) {
            min[c] = CELL_EXTRA;
            max[c] = CELL_EXTRA;
            two[c] = CELL_EXTRA;
        }
        for (Block.Table t : tables) {
            for (List<List<Inline>> row : t.header()) {
                measureRow(row, true, min, max, two);
            }
            for (List<List<Inline>> row : t.rows()) {
                measureRow(row, false, min, max, two);
            }
        }
        for (int c = 0; c < cols; c++) {
            double hand = switch (first.column(c)) {
                case A_PREENCHER -> A_PREENCHER;
                case A_ASSINAR -> A_ASSINAR;
                case NORMAL, NOMES -> 0;
            };
            if (first.column(c) == ColumnStyle.NOMES) {
                min[c] = Math.max(min[c], Math.min(two[c], MAX_NAMES));
            }
            if (hand > 0) {
                fixed[c] = true;
                min[c] = Math.max(min[c], hand);
                max[c] = min[c];
            }
            min[c] = Math.max(min[c], MIN_COLUMN);
            max[c] = Math.max(max[c], min[c]);
            two[c] = fixed[c] ? min[c] : Math.min(max[c], Math.max(two[c], min[c]));
        }
        return new Columns(min, max, two, fixed);
    }

    /**
     * The tables of a document (its top-level blocks, as wide as the text area) that share their widths: each table
     * whose header is the same as another's, mapped to the widths of its group as fractions of the table's width
     * (adding up to 1). Tables with a header of their own are not in the map.
     */
    public static Map<Block.Table, double[]> aligned(List<Block> blocks) {
        Map<List<String>, List<Block.Table>> groups = new LinkedHashMap<>();
        for (Block b : blocks) {
            if (b instanceof Block.Table t && !t.header().isEmpty()) {
                groups.computeIfAbsent(headerKey(t), k -> new ArrayList<>()).add(t);
            }
        }
        Map<Block.Table, double[]> out = new IdentityHashMap<>();
        for (List<Block.Table> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            double[] w = readable(group, TEXT_WIDTH);
            for (int c = 0; c < w.length; c++) {
                w[c] /= TEXT_WIDTH;
            }
            for (Block.Table t : group) {
                out.put(t, w);
            }
        }
        return out;
    }

    private static List<String> headerKey(Block.Table t) {
        List<String> key = new ArrayList<>();
        for (List<List<Inline>> row : t.header()) {
            for (List<Inline> cell : row) {
                key.add(Inline.plainText(cell));
            }
            key.add("\n");
        }
        for (int c = 0; c < t.columnCount(); c++) {
            key.add(t.column(c).name());
        }
        return key;
    }

    private static void measureRow(List<List<Inline>> row, boolean header, double[] min, double[] max,
            double[] two) {
        for (int c = 0; c < Math.min(min.length, row.size()); c++) {
            Measure m = new Measure();
            m.inlines(row.get(c), header);
            m.endLine();
            min[c] = Math.max(min[c], m.widestWord + CELL_EXTRA);
            max[c] = Math.max(max[c], m.longestLine + CELL_EXTRA);
            two[c] = Math.max(two[c], m.twoLines + CELL_EXTRA + ROUNDING);
        }
    }

    /**
     * CSS automatic table layout: when even the longest lines fit, each column gets its longest line and the rest
     * goes to the columns that are not fixed, in proportion to their width; otherwise each gets its widest word and
     * the room left in proportion to how much more its longest line wants. When not even the widest words fit, the
     * widest columns are narrowed first (their long words break there, never in the narrow ones).
     */
    static double[] distribute(double[] min, double[] max, boolean[] fixed, double width) {
        int cols = min.length;
        double sumMin = 0;
        double sumMax = 0;
        for (int c = 0; c < cols; c++) {
            sumMin += min[c];
            sumMax += max[c];
        }
        double[] out = new double[cols];
        if (sumMin >= width) {
            double cap = capFor(min, width);
            double used = 0;
            for (int c = 0; c < cols; c++) {
                out[c] = Math.min(min[c], cap);
                used += out[c];
            }
            spread(out, width - used, null);
        } else if (sumMax <= width) {
            System.arraycopy(max, 0, out, 0, cols);
            boolean anyFree = false;
            for (boolean f : fixed) {
                anyFree |= !f;
            }
            spread(out, width - sumMax, anyFree ? fixed : null);
        } else {
            double extra = width - sumMin;
            for (int c = 0; c < cols; c++) {
                out[c] = min[c] + extra * (max[c] - min[c]) / (sumMax - sumMin);
            }
        }
        return out;
    }

    /** Adds {@code extra} to the columns (those not fixed, when given) in proportion to their widths. */
    private static void spread(double[] out, double extra, boolean[] fixed) {
        double base = 0;
        for (int c = 0; c < out.length; c++) {
            if (fixed == null || !fixed[c]) {
                base += out[c];
            }
        }
        for (int c = 0; c < out.length; c++) {
            if (fixed == null || !fixed[c]) {
                out[c] += base == 0 ? extra / out.length : extra * out[c] / base;
            }
        }
    }

    /** The largest cap such that the minimums, each cut to it, fit in {@code width}. */
    private static double capFor(double[] min, double width) {
        double lo = 0;
        double hi = width;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            double sum = 0;
            for (double m : min) {
                sum += Math.min(m, mid);
            }
            if (sum <= width) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Words and lines of one cell. */
    private static final class Measure {
        double widestWord;
        double longestLine;
        /** The narrowest width that holds each line of the cell in two: the best place to break it once. */
        double twoLines;
        private double line;
        private double word;
        private double pendingSpace;
        /** The words of the current line: each one's width and the space before it. */
        private final List<double[]> words = new ArrayList<>();

        void inlines(List<Inline> inlines, boolean bold) {
            for (Inline in : inlines) {
                if (in instanceof Inline.Text t) {
                    text(t.text(), bold, false);
                } else if (in instanceof Inline.Strong s) {
                    inlines(s.content(), true);
                } else if (in instanceof Inline.Emphasis e) {
                    inlines(e.content(), bold);
                } else if (in instanceof Inline.Code c) {
                    text(c.text(), bold, true);
                } else if (in instanceof Inline.Link l) {
                    inlines(l.content(), bold);
                } else if (in instanceof Inline.LineBreak) {
                    endLine();
                } else if (in instanceof Inline.Mark) {
                    glyph(MARK);
                }
            }
        }

        private void text(String s, boolean bold, boolean mono) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (Character.isWhitespace(ch)) {
                    endWord();
                    pendingSpace += advance(' ', bold);
                } else {
                    glyph(mono ? MONO_CHAR : advance(ch, bold));
                }
            }
        }

        private void glyph(double w) {
            if (word == 0) {
                words.add(new double[] {0, line > 0 ? pendingSpace : 0});
                if (line > 0) {
                    line += pendingSpace;
                }
            }
            pendingSpace = 0;
            word += w;
            line += w;
            words.get(words.size() - 1)[0] += w;
        }

        private void endWord() {
            widestWord = Math.max(widestWord, word);
            word = 0;
        }

        void endLine() {
            endWord();
            longestLine = Math.max(longestLine, line);
            double best = line;
            double first = 0;
            for (int i = 0; i + 1 < words.size(); i++) {
                first += (i == 0 ? 0 : words.get(i)[1]) + words.get(i)[0];
                double second = line - first - words.get(i + 1)[1];
                best = Math.min(best, Math.max(first, second));
            }
            twoLines = Math.max(twoLines, best);
            words.clear();
            line = 0;
            pendingSpace = 0;
        }
    }

    /**
     * How many lines {@code text} takes in a box {@code width} points wide, in Carlito at {@code size} points, each
     * character {@code wider} times its width (room for another font): broken at spaces, and a word longer than a
     * line anywhere, as CSS {@code word-wrap: break-word}, Word and LibreOffice do. At least 1.
     */
    public static int lineCount(String text, boolean bold, double size, double width, double wider) {
        double scale = size / 2048 * wider;
        int lines = 1;
        double line = 0;
        for (String word : text.strip().split(" +")) {
            double w = 0;
            for (int i = 0; i < word.length(); i++) {
                w += units(word.charAt(i), bold) * scale;
            }
            double space = line > 0 ? units(' ', bold) * scale : 0;
            if (line + space + w <= width) {
                line += space + w;
                continue;
            }
            if (line > 0) {
                lines++;
                line = 0;
            }
            for (int i = 0; i < word.length(); i++) {
                double g = units(word.charAt(i), bold) * scale;
                if (line + g > width && line > 0) {
                    lines++;
                    line = 0;
                }
                line += g;
            }
        }
        return lines;
    }

    private static double advance(char ch, boolean bold) {
        return units(ch, bold) * FONT_SIZE / 2048;
    }

    /** Advance width in font units (2048 per em); an en for characters outside Latin-1. */
    static int units(char ch, boolean bold) {
        short[] table = bold ? BOLD : REGULAR;
        if (ch >= 0x20 && ch <= 0x7E) {
            return table[ch - 0x20];
        }
        if (ch >= 0xA0 && ch <= 0xFF) {
            return table[ch - 0xA0 + 95];
        }
        return switch (ch) {
            case '\u2014' -> 1854; // —
            case '\u2026' -> bold ? 1457 : 1414; // …
            case '\u201C', '\u201D' -> bold ? 891 : 857;
            case '\u2018', '\u2019' -> bold ? 528 : 511;
            default -> 1020; // – • and the rest
        };
    }

    /** Carlito Regular and Bold (Calibri's metrics) advance widths, U+0020–U+007E then U+00A0–U+00FF. */
    private static final short[] REGULAR = {
            463, 667, 821, 1020, 1038, 1464, 1397, 452, 621, 621, 1020, 1020, 511, 627, 517, 791,
            1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 548, 548, 1020, 1020, 1020, 949,
            1831, 1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356,
            1058, 1378, 1112, 941, 998, 1314, 1162, 1822, 1063, 998, 959, 628, 791, 628, 1020, 1020,
            596, 981, 1076, 866, 1076, 1019, 625, 964, 1076, 470, 490, 931, 470, 1636, 1076, 1080,
            1076, 1076, 714, 801, 686, 1076, 925, 1464, 887, 927, 809, 644, 943, 644, 1020, 1038,
            667, 1020, 1038, 1020, 1038, 1020, 1020, 804, 1709, 824, 1049, 1020, 1038, 1038, 807, 694,
            1020, 688, 685, 598, 1126, 1200, 517, 629, 504, 865, 1049, 1303, 1375, 1383, 949, 1185,
            1185, 1185, 1185, 1185, 1185, 1563, 1092, 1000, 1000, 1000, 1000, 516, 516, 516, 516, 1279,
            1322, 1356, 1356, 1356, 1356, 1356, 1020, 1359, 1314, 1314, 1314, 1314, 998, 1058, 1080, 981,
            981, 981, 981, 981, 981, 1583, 866, 1019, 1019, 1019, 1019, 470, 470, 470, 470, 1076,
            1076, 1080, 1080, 1080, 1080, 1080, 1020, 1084, 1076, 1076, 1076, 1076, 927, 1076, 927,
    };
    private static final short[] BOLD = {
            463, 667, 898, 1020, 1038, 1493, 1443, 478, 638, 638, 1020, 1020, 528, 627, 547, 880,
            1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 565, 565, 1020, 1020, 1020, 949,
            1840, 1241, 1148, 1084, 1291, 999, 940, 1305, 1292, 546, 678, 1120, 866, 1790, 1349, 1385,
            1090, 1405, 1153, 968, 1014, 1337, 1211, 1856, 1128, 1064, 979, 665, 880, 665, 1020, 1020,
            615, 1011, 1099, 857, 1099, 1031, 648, 971, 1099, 503, 523, 983, 503, 1666, 1099, 1101,
            1099, 1099, 728, 817, 710, 1099, 969, 1526, 941, 970, 814, 704, 973, 704, 1020, 1038,
            667, 1020, 1038, 1020, 1038, 1020, 1020, 849, 1709, 852, 1103, 1020, 1038, 1038, 799, 701,
            1020, 692, 688, 616, 1154, 1224, 548, 621, 517, 891, 1103, 1347, 1415, 1437, 949, 1241,
            1241, 1241, 1241, 1241, 1241, 1588, 1084, 999, 999, 999, 999, 546, 546, 546, 546, 1309,
            1349, 1385, 1385, 1385, 1385, 1385, 1020, 1394, 1337, 1337, 1337, 1337, 1064, 1090, 1136, 1011,
            1011, 1011, 1011, 1011, 1011, 1587, 857, 1031, 1031, 1031, 1031, 503, 503, 503, 503, 1099,
            1099, 1101, 1101, 1101, 1101, 1101, 1020, 1114, 1099, 1099, 1099, 1099, 970, 1099, 970,
    };
}
