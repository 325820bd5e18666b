package br.esus.oficios.write.docx;

import br.esus.oficios.doc.Inline;
import br.esus.oficios.doc.TextBreaks;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlToken;
import org.openxmlformats.schemas.drawingml.x2006.main.CTBlip;
import org.openxmlformats.schemas.drawingml.x2006.main.CTBlipFillProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTGraphicalObject;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPoint2D;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPositiveSize2D;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPresetGeometry2D;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTransform2D;
import org.openxmlformats.schemas.drawingml.x2006.main.STShapeType;
import org.openxmlformats.schemas.drawingml.x2006.picture.CTPicture;
import org.openxmlformats.schemas.drawingml.x2006.picture.CTPictureNonVisual;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

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
        for (int i = 0; i < inlines.size(); i++) {
            Inline in = inlines.get(i);
            if (in instanceof Inline.Text t) {
                runningText(p, oneLine(t.text()), bold, italic);
            } else if (in instanceof Inline.Strong s) {
                write(p, s.content(), true, italic);
            } else if (in instanceof Inline.Emphasis e) {
                write(p, e.content(), bold, true);
            } else if (in instanceof Inline.Code c) {
                text(p, c.text(), bold, italic).setStyle(DocxStyles.codeInline(p.getStyle()));
            } else if (in instanceof Inline.Link l) {
                link(p, l, bold, italic);
            } else if (in instanceof Inline.LineBreak) {
                p.createRun().addBreak();
            } else if (in instanceof Inline.Mark m) {
                mark(p, m.symbol(), labelledBy(m.symbol(), i + 1 < inlines.size() ? inlines.get(i + 1) : null));
            }
        }
    }

    /**
     * A status mark: its picture inline in the text, 10 pt like the PDF's and 1.5 pt below the baseline (the Marca
     * character style). A screen reader reads it once: a mark followed by its own label ("concluído") is decorative
     * (Word's {@code adec:decorative}, no description), the text says it; a mark alone (a legend's box, a column
     * of marks) is described by its label.
     */
    private static void mark(XWPFParagraph p, Inline.Symbol symbol, boolean labelledByText) {
        MarkImage image = MarkImage.of(symbol);
        XWPFRun r = p.createRun();
        r.setStyle(DocxStyles.MARCA);
        try {
            picture(p, r, image);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new IllegalStateException("não foi possível incluir a marca " + symbol + ": " + e.getMessage(), e);
        }
        CTInline inline = r.getCTR().getDrawingArray(r.getCTR().sizeOfDrawingArray() - 1).getInlineArray(0);
        CTPicture pic = picture(inline);
        inline.getDocPr().setName(symbol.label());
        if (labelledByText) {
            inline.getDocPr().setDescr("");
            pic.getNvPicPr().getCNvPr().setDescr("");
            decorative(inline.getDocPr());
        } else {
            inline.getDocPr().setDescr(symbol.label());
            pic.getNvPicPr().getCNvPr().setDescr(symbol.label());
        }
    }

    /** Whether the inline after a mark starts with the mark's label, as the checklist's "✅ concluído" does. */
    static boolean labelledBy(Inline.Symbol symbol, Inline next) {
        if (!(next instanceof Inline.Text t)) {
            return false;
        }
        String text = t.text().replace('\u00A0', ' ').stripLeading();
        return text.startsWith(symbol.label());
    }

    /** Word's (2019 and later) "Marcar como decorativa": screen readers skip the picture. */
    static final String DECORATIVE_URI = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}";
    static final String DECORATIVE_NS = "http://schemas.microsoft.com/office/drawing/2017/decorative";

    private static void decorative(CTNonVisualDrawingProps docPr) {
        var ext = docPr.addNewExtLst().addNewExt();
        ext.setUri(DECORATIVE_URI);
        try (XmlCursor c = ext.newCursor()) {
            c.toEndToken();
            c.beginElement(new javax.xml.namespace.QName(DECORATIVE_NS, "decorative", "adec"));
            c.insertNamespace("adec", DECORATIVE_NS); // declared here, as Word writes it, not on the root
            c.insertAttributeWithValue("val", "1");
        }
    }

    private static CTPicture picture(CTInline inline) {
        try (XmlCursor c = inline.getGraphic().getGraphicData().newCursor()) {
            if (!c.toFirstChild() || !(c.getObject() instanceof CTPicture found)) {
                throw new IllegalStateException("modelo de figura sem pic:pic");
            }
            return found;
        }
    }

    /**
     * The picture in the run, with the same XML as {@code XWPFRun.addPicture} writes, without its cost: that method
     * parses the XML of an empty {@code <a:graphic>} with a new DOM parser for every picture (a third of the DOCX
     * of a checklist). Here it is parsed once per thread and copied.
     */
    private static void picture(XWPFParagraph p, XWPFRun r, MarkImage image) throws InvalidFormatException {
        XWPFDocument doc = p.getDocument();
        String relationId = doc.addPictureData(image.png(), Document.PICTURE_TYPE_PNG);
        XWPFPictureData data = (XWPFPictureData) doc.getRelationById(relationId);
        CTInline inline = r.getCTR().addNewDrawing().addNewInline();
        inline.set(GRAPHIC.get());
        inline.setDistT(0);
        inline.setDistR(0);
        inline.setDistB(0);
        inline.setDistL(0);

        CTNonVisualDrawingProps docPr = inline.addNewDocPr();
        long id = reserveDrawingId(doc);
        docPr.setId(id);
        docPr.setName("Drawing " + id);
        docPr.setDescr(image.fileName());

        CTPositiveSize2D extent = inline.addNewExtent();
        extent.setCx(image.widthEmu());
        extent.setCy(image.heightEmu());

        CTPicture pic = picture(inline);
        CTPictureNonVisual nvPicPr = pic.addNewNvPicPr();
        CTNonVisualDrawingProps cNvPr = nvPicPr.addNewCNvPr();
        cNvPr.setId(0L);
        cNvPr.setName("Picture " + id);
        cNvPr.setDescr(image.fileName());
        nvPicPr.addNewCNvPicPr().addNewPicLocks().setNoChangeAspect(true);

        CTBlipFillProperties blipFill = pic.addNewBlipFill();
        CTBlip blip = blipFill.addNewBlip();
        blip.setEmbed(p.getPart().getRelationId(data));
        blipFill.addNewStretch().addNewFillRect();

        CTShapeProperties spPr = pic.addNewSpPr();
        CTTransform2D xfrm = spPr.addNewXfrm();
        CTPoint2D off = xfrm.addNewOff();
        off.setX(0);
        off.setY(0);
        CTPositiveSize2D ext = xfrm.addNewExt();
        ext.setCx(image.widthEmu());
        ext.setCy(image.heightEmu());
        CTPresetGeometry2D prstGeom = spPr.addNewPrstGeom();
        prstGeom.setPrst(STShapeType.RECT);
        prstGeom.addNewAvLst();
    }

    /** XWPFDocument's drawing id counter (package-private in POI), the one its own addPicture uses. */
    private static final java.lang.reflect.Method DRAWING_IDS;

    static {
        try {
            DRAWING_IDS = XWPFDocument.class.getDeclaredMethod("getDrawingIdManager");
            DRAWING_IDS.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static long reserveDrawingId(XWPFDocument doc) {
        try {
            return ((org.apache.poi.ooxml.util.IdentifierManager) DRAWING_IDS.invoke(doc)).reserveNew();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An empty {@code <a:graphic>} holding an empty {@code <pic:pic>}, parsed once per thread (XmlBeans objects are
     * not shared between threads here). */
    private static final ThreadLocal<XmlObject> GRAPHIC = ThreadLocal.withInitial(() -> {
        String xml = "<a:graphic xmlns:a=\"" + CTGraphicalObject.type.getName().getNamespaceURI() + "\">"
                + "<a:graphicData uri=\"" + CTPicture.type.getName().getNamespaceURI() + "\">"
                + "<pic:pic xmlns:pic=\"" + CTPicture.type.getName().getNamespaceURI() + "\" />"
                + "</a:graphicData></a:graphic>";
        try {
            org.w3c.dom.Document dom = DocumentHelper.readDocument(new InputSource(new StringReader(xml)));
            return XmlToken.Factory.parse(dom.getDocumentElement(), POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
        } catch (XmlException | SAXException | IOException e) {
            throw new IllegalStateException(e);
        }
    });

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
        hyperlink(p, l.url(), oneLine(label.isEmpty() ? l.url() : label), bold || allStrong(l.content()), italic);
    }

    private static void hyperlink(XWPFParagraph p, String url, String label, boolean bold, boolean italic) {
        XWPFHyperlinkRun r = p.createHyperlinkRun(url);
        r.setStyle(DocxStyles.HYPERLINK);
        format(r, bold, italic);
        r.setText(withAddressBreaks(label));
    }

    /**
     * Text of a paragraph, heading or cell: its URLs and e-mail addresses become hyperlinks (a bare domain breaks
     * like them, with no link), and what
     * {@link TextBreaks} keeps together does not break (no-break spaces, Word's no-break hyphen).
     */
    private static void runningText(XWPFParagraph p, String s, boolean bold, boolean italic) {
        List<TextBreaks.Range> keep = TextBreaks.keepTogether(s);
        int from = 0;
        for (TextBreaks.Address a : TextBreaks.addresses(s)) {
            keptText(p, s, from, a.start(), keep, bold, italic);
            if (a.href() == null) {
                text(p, withAddressBreaks(s.substring(a.start(), a.end())), bold, italic);
            } else {
                hyperlink(p, a.href(), s.substring(a.start(), a.end()), bold, italic);
            }
            from = a.end();
        }
        keptText(p, s, from, s.length(), keep, bold, italic);
    }

    /**
     * {@code s[from, to)} as one run; inside a range kept together, a space is a no-break space and a hyphen Word's
     * no-break hyphen ({@code w:noBreakHyphen}, drawn with the font's own hyphen).
     */
    private static void keptText(XWPFParagraph p, String s, int from, int to, List<TextBreaks.Range> keep,
            boolean bold, boolean italic) {
        if (from >= to) {
            return;
        }
        XWPFRun r = p.createRun();
        format(r, bold, italic);
        StringBuilder piece = new StringBuilder();
        int pieces = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            TextBreaks.Range in = null;
            for (TextBreaks.Range k : keep) {
                if (i >= k.start() && i < k.end()) {
                    in = k;
                    break;
                }
            }
            if (in != null && c == '-' && i > in.start()) {
                r.setText(piece.toString(), pieces++);
                piece.setLength(0);
                r.getCTR().addNewNoBreakHyphen();
            } else {
                piece.append(in != null && c == ' ' ? '\u00A0' : c);
            }
        }
        if (piece.length() > 0 || pieces == 0) {
            r.setText(piece.toString(), pieces);
        }
    }

    /** A zero-width space (Word's "quebra opcional sem largura") where an address may break: no hyphen is drawn. */
    static String withAddressBreaks(String s) {
        List<TextBreaks.Address> found = TextBreaks.addresses(s);
        if (found.isEmpty()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        int from = 0;
        for (TextBreaks.Address a : found) {
            for (int at : TextBreaks.breaksInside(s, a)) {
                out.append(s, from, at).append('\u200B');
                from = at;
            }
        }
        return out.append(s.substring(from)).toString();
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
