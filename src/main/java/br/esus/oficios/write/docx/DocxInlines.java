package br.esus.oficios.write.docx;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import br.esus.oficios.doc.Inline;

/** Writes inline content as runs: bold and italic are the only direct formatting; the rest are character styles. */
final class DocxInlines {

    private DocxInlines() {
    }

    static void write(XWPFParagraph p, List<Inline> inlines) {
        write(p, inlines, false, false);
    }

    private static void write(XWPFParagraph p, List<Inline> inlines, boolean bold, boolean italic) {
        for (Inline in : inlines) {
            if (in instanceof Inline.Text t) {
                text(p, t.text(), bold, italic);
            } else if (in instanceof Inline.Strong s) {
                write(p, s.content(), true, italic);
            } else if (in instanceof Inline.Emphasis e) {
                write(p, e.content(), bold, true);
            } else if (in instanceof Inline.Code c) {
                text(p, c.text(), bold, italic).setStyle(DocxStyles.CODIGO_INLINE);
            } else if (in instanceof Inline.Link l) {
                link(p, l, bold, italic);
            } else if (in instanceof Inline.LineBreak) {
                p.createRun().addBreak();
            } else if (in instanceof Inline.Mark m) {
                MarkGlyph g = MarkGlyph.of(m.symbol());
                XWPFRun r = p.createRun();
                r.setStyle(g.styleId());
                r.setText(g.glyph());
            }
        }
    }

    private static XWPFRun text(XWPFParagraph p, String text, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        format(r, bold, italic);
        r.setText(oneLine(text));
        return r;
    }

    private static void link(XWPFParagraph p, Inline.Link l, boolean bold, boolean italic) {
        String label = plain(l.content());
        if (l.url() == null || l.url().isBlank()) {
            text(p, label, bold, italic);
            return;
        }
        XWPFHyperlinkRun r = p.createHyperlinkRun(l.url());
        r.setStyle(DocxStyles.HYPERLINK);
        format(r, bold || allStrong(l.content()), italic);
        r.setText(oneLine(label.isEmpty() ? l.url() : label));
    }

    private static void format(XWPFRun r, boolean bold, boolean italic) {
        if (bold) {
            r.setBold(true);
        }
        if (italic) {
            r.setItalic(true);
        }
    }

    private static boolean allStrong(List<Inline> inlines) {
        return !inlines.isEmpty() && inlines.stream().allMatch(i -> i instanceof Inline.Strong);
    }

    /** The text of inline content without formatting (link labels, table width estimates). */
    static String plain(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline in : inlines) {
            if (in instanceof Inline.Text t) {
                sb.append(t.text());
            } else if (in instanceof Inline.Strong s) {
                sb.append(plain(s.content()));
            } else if (in instanceof Inline.Emphasis e) {
                sb.append(plain(e.content()));
            } else if (in instanceof Inline.Code c) {
                sb.append(c.text());
            } else if (in instanceof Inline.Link l) {
                sb.append(plain(l.content()));
            } else if (in instanceof Inline.LineBreak) {
                sb.append('\n');
            } else if (in instanceof Inline.Mark m) {
                sb.append(MarkGlyph.of(m.symbol()).glyph());
            }
        }
        return sb.toString();
    }

    /** Run text cannot hold newlines or tabs (they are elements in DOCX); inline text is one line. */
    private static String oneLine(String s) {
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
}
