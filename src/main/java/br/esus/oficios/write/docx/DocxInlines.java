package br.esus.oficios.write.docx;

import br.esus.oficios.doc.Inline;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

/** Writes inline content as runs: bold and italic are the only direct formatting; the rest are character styles. */
final class DocxInlines {

    private DocxInlines() {
    }

    static void write(XWPFParagraph p, List<Inline> inlines) {
        write(p, inlines, false, false);
        if (!inlines.isEmpty() && inlines.stream().allMatch(i -> i instanceof Inline.Mark)) {
            // A line with nothing but a picture, in a paragraph whose line-height is below single spacing (table
            // text), is cut to about half its height by LibreOffice; a no-break space after it keeps it whole.
            p.createRun().setText("\u00A0");
        }
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
                mark(p, m.symbol());
            }
        }
    }

    /**
     * A status mark: its picture inline in the text, 10 pt like the PDF's and 1.5 pt below the baseline (the Marca
     * character style), described for screen readers by what it means.
     */
    private static void mark(XWPFParagraph p, Inline.Symbol symbol) {
        MarkImage image = MarkImage.of(symbol);
        XWPFRun r = p.createRun();
        r.setStyle(DocxStyles.MARCA);
        try {
            r.addPicture(new ByteArrayInputStream(image.png()), Document.PICTURE_TYPE_PNG, image.fileName(),
                    image.widthEmu(), image.heightEmu());
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("não foi possível incluir a marca " + symbol + ": " + e.getMessage(), e);
        }
        CTInline inline = r.getCTR().getDrawingArray(r.getCTR().sizeOfDrawingArray() - 1).getInlineArray(0);
        inline.getDocPr().setDescr(image.label(symbol));
        inline.getDocPr().setName(image.label(symbol));
    }

    private static XWPFRun text(XWPFParagraph p, String text, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        format(r, bold, italic);
        r.setText(oneLine(text));
        return r;
    }

    private static void link(XWPFParagraph p, Inline.Link l, boolean bold, boolean italic) {
        String label = Inline.plainText(l.content());
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

    /** Run text cannot hold newlines or tabs (they are elements in DOCX); inline text is one line. */
    private static String oneLine(String s) {
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
}
