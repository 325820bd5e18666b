package br.esus.oficios.write.docx;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.Inline;
import br.esus.oficios.doc.ParagraphStyle;
import br.esus.oficios.doc.Shell;
import br.esus.oficios.write.TableWidths;

/** Walks the blocks of one document into its body. One instance per document; not shared between threads. */
final class DocxBody {

    /** Where a block sits: its list level (-1 outside lists) and whether it is inside a quotation. */
    private record Context(int level, boolean quote) {
        static final Context TOP = new Context(-1, false);

        Context nested() {
            return new Context(level + 1, quote);
        }

        Context quoted() {
            return new Context(level, true);
        }
    }

    private final XWPFDocument doc;
    private final DocxNumbering numbering;
    /** The widths (fractions) of the tables that line up with others of the document. */
    private Map<Block.Table, double[]> aligned = Map.of();

    DocxBody(XWPFDocument doc) {
        this.doc = doc;
        this.numbering = new DocxNumbering(doc);
    }

    void write(List<Block> blocks) {
        aligned = TableWidths.aligned(blocks);
        // The sections printed whole ({.inteira}) still open: {index of the block after the section, first body
        // element of the section}.
        Deque<int[]> whole = new ArrayDeque<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (b instanceof Block.Heading h && h.whole()) {
                whole.push(new int[] {Block.Heading.sectionEnd(blocks, i), doc.getBodyElements().size()});
            }
            XWPFParagraph p = block(b, Context.TOP);
            // The signature is never alone on a page: the last paragraph before the fecho goes with it
            // (the Fecho and Assinatura styles keep with the next paragraph themselves).
            if (p != null && next instanceof Block.Paragraph np && np.style() == ParagraphStyle.FECHO) {
                p.setKeepNext(true);
            }
            // A paragraph that introduces a table or a command is not left at the foot of a page without it (the
            // headings keep with what follows by their style, as the PDF's h1-h6 page-break-after: avoid).
            if (p != null && b instanceof Block.Paragraph && introduces(next)) {
                p.setKeepNext(true);
            }
            // The same for the last item of a list ("Instale o PEC:") followed by the commands it announces.
            if (b instanceof Block.ListBlock && introduces(next) && lastElement() instanceof XWPFParagraph last) {
                last.setKeepNext(true);
            }
            while (!whole.isEmpty() && whole.peek()[0] == i + 1) {
                keepTogether(whole.pop()[1]);
            }
        }
    }

    private IBodyElement lastElement() {
        List<IBodyElement> elements = doc.getBodyElements();
        return elements.isEmpty() ? null : elements.get(elements.size() - 1);
    }

    private static boolean introduces(Block next) {
        return next instanceof Block.Table || next instanceof Block.CodeBlock;
    }

    /**
     * Keeps on one page what was written from body element {@code from} on (a section marked {@code {.inteira}}):
     * every paragraph, those of the table cells included, keeps with the next one but the last, and no table row
     * splits. Word and LibreOffice then move the whole section to the next page when it does not fit.
     */
    private void keepTogether(int from) {
        List<IBodyElement> elements = doc.getBodyElements();
        List<XWPFParagraph> paragraphs = new ArrayList<>();
        for (int e = from; e < elements.size(); e++) {
            if (elements.get(e) instanceof XWPFParagraph p) {
                paragraphs.add(p);
            } else if (elements.get(e) instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    row.setCantSplitRow(true);
                    for (XWPFTableCell cell : row.getTableCells()) {
                        paragraphs.addAll(cell.getParagraphs());
                    }
                }
            }
        }
        for (int k = 0; k < paragraphs.size() - 1; k++) {
            paragraphs.get(k).setKeepNext(true);
        }
    }

    /** Writes one block; returns its paragraph when it is a single paragraph, else null. */
    private XWPFParagraph block(Block b, Context ctx) {
        if (b instanceof Block.Paragraph p) {
            return paragraph(p, ctx);
        } else if (b instanceof Block.Heading h) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(DocxStyles.heading(h.level()));
            DocxInlines.write(p, h.content());
            return p;
        } else if (b instanceof Block.ListBlock l) {
            list(l, ctx.nested());
        } else if (b instanceof Block.CodeBlock c) {
            return code(c, ctx);
        } else if (b instanceof Block.Quote q) {
            for (Block inner : q.blocks()) {
                block(inner, ctx.quoted());
            }
        } else if (b instanceof Block.Table t) {
            int indent = ctx.level >= 0 ? DocxNumbering.textIndent(ctx.level) : 0;
            var table = DocxTable.write(doc, t, DocxPage.TEXT_WIDTH - indent, ctx == Context.TOP ? aligned.get(t) : null);
            if (indent > 0) {
                table.getCTTbl().getTblPr().addNewTblInd().setW(BigInteger.valueOf(indent));
            }
            doc.createParagraph().setStyle(DocxStyles.APOS_TABELA);
        } else if (b instanceof Block.ThematicBreak) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(DocxStyles.SEPARADOR);
            return p;
        }
        return null;
    }

    private XWPFParagraph paragraph(Block.Paragraph para, Context ctx) {
        XWPFParagraph p = doc.createParagraph();
        if (ctx.level >= 0) {
            p.setStyle(DocxStyles.LISTA);
            p.setIndentationLeft(DocxNumbering.textIndent(ctx.level)); // a second paragraph of a list item
        } else if (ctx.quote && (para.style() == ParagraphStyle.NORMAL || para.style() == ParagraphStyle.TEXTO)) {
            p.setStyle(DocxStyles.CITACAO);
        } else if (para.style() == ParagraphStyle.TEXTO && para.number() > 0) {
            // Word numbering, not typed text: inserting a paragraph in Word renumbers the ones after it.
            p.setStyle(DocxStyles.TEXTO_NUMERADO);
            CTNumPr numPr = p.getCTPPr().addNewNumPr();
            numPr.addNewIlvl().setVal(BigInteger.ZERO);
            numPr.addNewNumId().setVal(numbering.paragraphs(para.number()));
        } else {
            p.setStyle(DocxStyles.of(para.style()));
        }
        DocxInlines.write(p, para.content());
        return p;
    }

    private void list(Block.ListBlock list, Context ctx) {
        BigInteger numId = numbering.newList(list.ordered(), list.start(), ctx.level);
        for (Block.ListItem item : list.items()) {
            boolean first = true;
            List<Block> blocks = item.blocks();
            for (int k = 0; k < blocks.size(); k++) {
                Block b = blocks.get(k);
                XWPFParagraph p;
                if (first && b instanceof Block.Paragraph para) {
                    p = numbered(numId, ctx.level, para.content());
                } else {
                    if (first) {
                        numbered(numId, ctx.level, List.of()); // the item's marker on a line of its own
                    }
                    p = block(b, ctx);
                }
                // "Para rodá-lo agora:" and the commands of the same item share a page.
                Block next = k + 1 < blocks.size() ? blocks.get(k + 1) : null;
                if (p != null && b instanceof Block.Paragraph && introduces(next)) {
                    p.setKeepNext(true);
                }
                first = false;
            }
            if (item.blocks().isEmpty()) {
                numbered(numId, ctx.level, List.of());
            }
        }
    }

    private XWPFParagraph numbered(BigInteger numId, int level, List<Inline> content) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(DocxStyles.LISTA);
        CTNumPr numPr = p.getCTPPr().addNewNumPr();
        numPr.addNewIlvl().setVal(BigInteger.valueOf(level));
        numPr.addNewNumId().setVal(numId);
        DocxInlines.write(p, content);
        return p;
    }

    /** How much further in a wrapped code line continues: 1.5 em of the 9.5 pt code font, as in styles.xml. */
    static final int CODE_HANGING = 284;
    /** Where a code line starts outside lists (the padding inside the border), as in styles.xml. */
    static final int CODE_LEFT = 113;
    /** The width of one space of the code font (Consolas, 0.55 em of 9.5 pt), in twips. */
    static final int CODE_SPACE = 104;

    /**
     * One paragraph per source line of a code block, so that a line too long for the page wraps with a hanging
     * indent and is told from the next command (the Codigo style draws the box around the lines and keeps them
     * together). Spaces are kept, tabs become four spaces; an indented line continues further in than where it
     * starts. A line of a shell block that ends with the shell's continuation keeps with the next, so that a
     * command broken over several lines is printed on one page. Returns the last line.
     */
    private XWPFParagraph code(Block.CodeBlock c, Context ctx) {
        String text = c.text().replace("\r\n", "\n").replace('\r', '\n').replace("\t", "    ");
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        int left = ctx.level >= 0 ? DocxNumbering.textIndent(ctx.level) : CODE_LEFT;
        Shell shell = Shell.ofLanguage(c.language()).orElse(null);
        XWPFParagraph p = null;
        for (String line : text.split("\n", -1)) {
            p = doc.createParagraph();
            p.setStyle(DocxStyles.CODIGO);
            int spaces = 0;
            while (spaces < line.length() && line.charAt(spaces) == ' ') {
                spaces++;
            }
            if (ctx.level >= 0 || spaces > 0) {
                // The first line starts at the left of the box, its spaces in the text; the rest from past them.
                int hanging = spaces * CODE_SPACE + CODE_HANGING;
                p.setIndentationLeft(left + hanging);
                p.setIndentationHanging(hanging);
            }
            if (!line.isEmpty()) {
                p.createRun().setText(line);
            }
            if (shell != null && shell.continues(line)) {
                p.setKeepNext(true);
            }
        }
        return p;
    }
}
