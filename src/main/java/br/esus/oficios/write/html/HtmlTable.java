package br.esus.oficios.write.html;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.Inline;
import br.esus.oficios.write.TableWidths;

import java.util.List;
import java.util.Locale;

/**
 * A table: {@code tabela}, with {@code alinhada} when its column widths (on {@code <col>}) are shared with the others
 * of the same header, {@code ajustada} when its widest words do not fit an automatic layout and the widths are fitted
 * to the page as the DOCX's; cells with their alignment, {@code sem-quebra} for one short word and their column's
 * class.
 */
final class HtmlTable {
    private final HtmlInlines html;
    private final StringBuilder out;

    HtmlTable(HtmlInlines html) {
        this.html = html;
        this.out = html.out();
    }

    /**
     * @param widths the column widths, as fractions, the table shares with the document's other tables of the same
     *        header, or null
     * @param inset how far in from the left margin the table starts (lists, quotations), in points
     */
    void write(Block.Table t, double[] widths, double inset) {
        String cls = widths != null ? "tabela alinhada" : "tabela";
        double width = TableWidths.TEXT_WIDTH - inset;
        if (widths == null && !TableWidths.fits(t, width)) {
            // A word too long for an automatic layout (a long domain, e-mail or path): the DOCX's widths, which
            // narrow the columns of the long words first, and the words break there.
            widths = TableWidths.of(t, width);
            for (int c = 0; c < widths.length; c++) {
                widths[c] /= width;
            }
            cls = "tabela ajustada";
        }
        html.open("table", cls);
        out.append('\n');
        if (widths != null) {
            // The column widths shared with the document's other tables of the same header, or fitted to the
            // page (TableWidths, as the DOCX): content, not look, so they are written here and not in the CSS.
            out.append("<colgroup>");
            for (double w : widths) {
                out.append("<col style=\"width:").append(String.format(Locale.ROOT, "%.3f", w * 100))
                        .append("%\" />");
            }
            out.append("</colgroup>\n");
        }
        if (!t.header().isEmpty()) {
            out.append("<thead>\n");
            for (List<List<Inline>> row : t.header()) {
                row(row, t, "th");
            }
            out.append("</thead>\n");
        }
        out.append("<tbody>\n");
        for (List<List<Inline>> row : t.rows()) {
            row(row, t, "td");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void row(List<List<Inline>> cells, Block.Table t, String tag) {
        List<Block.Align> aligns = t.alignments();
        out.append("<tr>");
        for (int i = 0; i < cells.size(); i++) {
            Block.Align a = i < aligns.size() ? aligns.get(i) : Block.Align.DEFAULT;
            String alignClass = switch (a) {
                case LEFT -> "alinhar-esquerda";
                case CENTER -> "alinhar-centro";
                case RIGHT -> "alinhar-direita";
                case DEFAULT -> null;
            };
            out.append('<').append(tag);
            String cls = alignClass;
            if (isShortToken(cells.get(i))) {
                cls = cls == null ? "sem-quebra" : cls + " sem-quebra";
            }
            String column = t.column(i).cssClass();
            if (!column.isEmpty()) {
                cls = cls == null ? column : cls + " " + column;
            }
            if (cls != null) {
                out.append(" class=\"").append(cls).append('"');
            }
            out.append('>');
            html.inlines(cells.get(i));
            out.append("</").append(tag).append('>');
        }
        out.append("</tr>\n");
    }

    /**
     * A cell holding one short word (a date, "Contra-chave", a port) is kept on one line: the table layout
     * would otherwise break it at "/" or "-" to make the column narrow.
     */
    private static boolean isShortToken(List<Inline> cell) {
        StringBuilder text = new StringBuilder();
        for (Inline in : cell) {
            if (in instanceof Inline.Text t) {
                text.append(t.text());
            } else if (in instanceof Inline.Code c) {
                text.append(c.text());
            } else {
                return false;
            }
        }
        String s = text.toString().strip();
        return !s.isEmpty() && s.length() <= 16 && s.chars().noneMatch(Character::isWhitespace);
    }
}
