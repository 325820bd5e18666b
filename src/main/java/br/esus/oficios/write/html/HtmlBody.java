package br.esus.oficios.write.html;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.PageGeometry;
import br.esus.oficios.doc.ParagraphStyle;
import br.esus.oficios.write.TableWidths;

import java.util.List;
import java.util.Map;

/**
 * The blocks of the document as XHTML, with what keeps them together on paper: the fecho and the signature at the
 * end of the last paragraph ({@code fecho-assinatura}, {@code com-fecho}) or in a {@code bloco-final}, and the
 * sections printed whole ({@code inteira}). One instance per document.
 */
final class HtmlBody {
    private final HtmlInlines html;
    private final StringBuilder out;
    private final HtmlTable table;
    /** The ids the PDF's outline points at. */
    private final Bookmarks bookmarks;
    /** Tables that line up with others of the document, with their column widths as fractions. */
    private Map<Block.Table, double[]> aligned = Map.of();
    /** How many sections printed whole ({@code {.inteira}}) end with each block, by block index. */
    private int[] sectionsEnding = new int[0];
    /** How far in from the left margin the current block starts (lists, quotations), in points. */
    private double inset;

    HtmlBody(HtmlInlines html, Bookmarks bookmarks) {
        this.html = html;
        this.bookmarks = bookmarks;
        this.out = html.out();
        this.table = new HtmlTable(html);
    }

    void write(List<Block> blocks) {
        aligned = TableWidths.aligned(blocks);
        wholeSections(blocks);
        int[] keep = finalGroup(blocks);
        if (keep[0] >= 0 && keep[0] < keep[1] && blocks.get(keep[0]) instanceof Block.Paragraph last
                && styleOf(blocks.get(keep[0] + 1)) == ParagraphStyle.FECHO) {
            // Printed: the fecho and the signature ride at the end of the last paragraph, as its last "line"
            // (an inline block, which is never split), so the paragraph's widows carry at least its last two
            // lines to the next page with them, not the whole paragraph.
            for (int i = 0; i < keep[0]; i++) {
                block(blocks, i);
            }
            openSection(blocks, keep[0]);
            paragraph(last, blocks.subList(keep[0] + 1, keep[1] + 1));
            for (int i = keep[0]; i <= keep[1]; i++) {
                closeSections(i);
            }
            for (int i = keep[1] + 1; i < blocks.size(); i++) {
                block(blocks, i);
            }
            return;
        }
        for (int i = 0; i < blocks.size(); i++) {
            openSection(blocks, i);
            if (i == keep[0]) {
                out.append("<div class=\"bloco-final\">\n");
            }
            block(blocks.get(i));
            if (i == keep[1]) {
                out.append("</div>\n");
            }
            closeSections(i);
        }
    }

    /**
     * Finds the sections to print whole: each goes in a {@code inteira} block, which the CSS keeps on one page.
     * A section holds only whole blocks, and the fecho group ({@link #finalGroup}) has no heading, so the two
     * kinds of block nest.
     */
    private void wholeSections(List<Block> blocks) {
        sectionsEnding = new int[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Heading h && h.whole()) {
                sectionsEnding[Block.Heading.sectionEnd(blocks, i) - 1]++;
            }
        }
    }

    /** Block {@code i} inside the sections it opens and closes. */
    private void block(List<Block> blocks, int i) {
        openSection(blocks, i);
        block(blocks.get(i));
        closeSections(i);
    }

    private void openSection(List<Block> blocks, int i) {
        if (blocks.get(i) instanceof Block.Heading h && h.whole()) {
            out.append("<div class=\"inteira\">\n");
        }
    }

    private void closeSections(int i) {
        for (int n = i < sectionsEnding.length ? sectionsEnding[i] : 0; n > 0; n--) {
            out.append("</div>\n");
        }
    }

    /**
     * The closing blocks (MRPR3 5.1.8: the signature is never alone on a page): the paragraph before the fecho,
     * the fecho and the signatures that follow it, as {first, last} indexes; {-1,-1} when there is no fecho or
     * signature. The fecho and signatures go inside that paragraph, or are grouped when no paragraph comes before.
     */
    private static int[] finalGroup(List<Block> blocks) {
        int anchor = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (styleOf(blocks.get(i)) == ParagraphStyle.FECHO) {
                anchor = i;
                break;
            }
        }
        if (anchor < 0) {
            for (int i = 0; i < blocks.size(); i++) {
                if (styleOf(blocks.get(i)) == ParagraphStyle.ASSINATURA) {
                    anchor = i;
                    break;
                }
            }
        }
        if (anchor < 0) {
            return new int[] {-1, -1};
        }
        int end = anchor;
        while (end + 1 < blocks.size()) {
            ParagraphStyle next = styleOf(blocks.get(end + 1));
            if (next == ParagraphStyle.ASSINATURA || next == ParagraphStyle.FECHO) {
                end++;
            } else {
                break;
            }
        }
        int start = anchor > 0 && blocks.get(anchor - 1) instanceof Block.Paragraph ? anchor - 1 : anchor;
        return new int[] {start, end};
    }

    private static ParagraphStyle styleOf(Block b) {
        return b instanceof Block.Paragraph p ? p.style() : null;
    }

    private void block(Block b) {
        if (b instanceof Block.Paragraph p) {
            paragraph(p);
        } else if (b instanceof Block.Heading h) {
            int level = Math.max(1, Math.min(6, h.level()));
            String tag = "h" + level;
            String id = bookmarks.idOf(h);
            if (id == null) {
                html.open(tag, null);
            } else {
                out.append("<").append(tag).append(" id=\"").append(id).append("\">");
            }
            html.inlines(h.content());
            out.append("</").append(tag).append(">\n");
        } else if (b instanceof Block.ListBlock l) {
            list(l);
        } else if (b instanceof Block.CodeBlock c) {
            html.open("pre", "codigo");
            CodeLines.write(out, c);
            out.append("</pre>\n");
        } else if (b instanceof Block.Quote q) {
            html.open("blockquote", "citacao");
            out.append('\n');
            inset += PageGeometry.QUOTE_INSET;
            for (Block inner : q.blocks()) {
                block(inner);
            }
            inset -= PageGeometry.QUOTE_INSET;
            out.append("</blockquote>\n");
        } else if (b instanceof Block.Table t) {
            table.write(t, aligned.get(t), inset);
        } else if (b instanceof Block.ThematicBreak) {
            out.append("<hr />\n");
        }
    }

    private void paragraph(Block.Paragraph p) {
        paragraph(p, List.of());
    }

    /**
     * @param closing the fecho and signatures to put at the end of this paragraph in a
     *        {@code fecho-assinatura} (the paragraph then gets {@code com-fecho}), or empty
     */
    private void paragraph(Block.Paragraph p, List<Block> closing) {
        String cls = p.style().cssClass();
        boolean numbered = p.style() == ParagraphStyle.TEXTO && p.number() > 0;
        if (numbered) {
            cls = cls + " numerado";
        }
        if (!closing.isEmpty()) {
            cls = cls.isEmpty() ? "com-fecho" : cls + " com-fecho";
        }
        html.open("p", cls.isEmpty() ? null : cls);
        if (numbered) {
            html.open("span", "numero");
            out.append(p.number()).append(".</span>");
        }
        html.inlines(p.content());
        if (!closing.isEmpty()) {
            // The forced break ends the text as a last line (not justified); the block is the next line.
            out.append("<br /><span class=\"fecho-assinatura\">");
            for (Block b : closing) {
                block(b);
            }
            out.append("</span>");
        }
        out.append("</p>\n");
    }

    private void list(Block.ListBlock l) {
        String tag = l.ordered() ? "ol" : "ul";
        out.append('<').append(tag);
        if (l.ordered() && l.start() != 1) {
            out.append(" start=\"").append(l.start()).append('"');
        }
        out.append(">\n");
        inset += PageGeometry.LIST_INSET;
        for (Block.ListItem item : l.items()) {
            // An item with commands goes whole to the next page rather than leave its number behind: the box of
            // commands does not break, and openhtmltopdf would move the text before it but not the number.
            out.append(item.blocks().stream().anyMatch(b -> b instanceof Block.CodeBlock) ? "<li class=\"com-codigo\">"
                    : "<li>");
            List<Block> blocks = item.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                Block inner = blocks.get(i);
                // The first plain paragraph of an item is written without <p>, so tight lists stay tight.
                if (i == 0 && inner instanceof Block.Paragraph p && p.style() == ParagraphStyle.NORMAL) {
                    html.inlines(p.content());
                    if (blocks.size() > 1) {
                        out.append('\n');
                    }
                } else {
                    block(inner);
                }
            }
            out.append("</li>\n");
        }
        inset -= PageGeometry.LIST_INSET;
        out.append("</").append(tag).append(">\n");
    }
}
