package br.esus.oficios.write.docx;

import br.esus.oficios.doc.ParagraphStyle;
import br.esus.oficios.write.OficioFixture;
import br.esus.oficios.write.PageFooter;
import br.esus.oficios.write.pdf.PdfMeasures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/**
 * The DOCX is laid out like the PDF: the spaces, line heights, sizes and alignments of every part are the PDF's
 * ({@link PdfMeasures}), the letterhead and the footers where the PDF puts them ({@link PageFooter}). A slightly longer ofício must not be
 * one page in PDF and two in DOCX.
 */
class DocxLayoutTest {

    @TempDir
    static Path tmp;

    static XWPFDocument oficio;
    static XWPFDocument oficioSemBrasao;
    static XWPFDocument pop;

    /** Word's single line of Calibri/Carlito, in font sizes: (win ascent 1950 + win descent 550) / 2048. */
    static final double SINGLE = 2500.0 / 2048;

    @BeforeAll
    static void write() throws Exception {
        DocxWriter w = new DocxWriter();
        oficio = DocxWriterTest.read(w.write(OficioFixture.oficio(OficioFixture.brasao(tmp))));
        oficioSemBrasao = DocxWriterTest.read(w.write(OficioFixture.oficio(null)));
        pop = DocxWriterTest.read(w.write(DocxFixtures.pop()));
    }

    /** Each part of the ofício (and plain text) and the DOCX style that draws it. */
    private static Map<ParagraphStyle, String> oficioParts() {
        Map<ParagraphStyle, String> partToStyle = new LinkedHashMap<>();
        partToStyle.put(ParagraphStyle.NORMAL, "Normal");
        partToStyle.put(ParagraphStyle.IDENTIFICACAO, "Identificacao");
        partToStyle.put(ParagraphStyle.DATA, "Data");
        partToStyle.put(ParagraphStyle.ENDERECAMENTO, "Enderecamento");
        partToStyle.put(ParagraphStyle.ASSUNTO, "Assunto");
        partToStyle.put(ParagraphStyle.VOCATIVO, "Vocativo");
        partToStyle.put(ParagraphStyle.TEXTO, "Texto");
        partToStyle.put(ParagraphStyle.FECHO, "Fecho");
        partToStyle.put(ParagraphStyle.ASSINATURA, "Assinatura");
        partToStyle.put(ParagraphStyle.NOTA, "Nota");
        return partToStyle;
    }

    /** The same parts as {@link #oficioParts()}, by their measures in the PDF, and the headings. */
    private static Map<String, PdfMeasures.Part> partsByStyle() {
        Map<String, PdfMeasures.Part> parts = new LinkedHashMap<>();
        oficioParts().forEach((part, style) -> parts.put(style, PdfMeasures.paragraph(part)));
        for (int level = 1; level <= 3; level++) {
            parts.put("Heading" + level, PdfMeasures.heading(level));
        }
        return parts;
    }

    @Test
    void spacesOfTheOficioPartsAreThePdfSpaces() {
        partsByStyle().forEach((style, part) -> {
            assertEquals(twips(part.before()), spacing(oficio, style, "before"), style + ": espaço antes, o do PDF");
            assertEquals(twips(part.after()), spacing(oficio, style, "after"), style + ": espaço depois, o do PDF");
        });
        // The text is justified with the 2.5 cm indent; the numbered text keeps the same spaces.
        assertEquals(spacing(oficio, "Texto", "after"), spacing(oficio, "TextoNumerado", "after"));
    }

    @Test
    void lineHeightsAreThePdfLineHeights() {
        assertLineHeight(PdfMeasures.BODY_LEADING, "Normal");
        assertLineHeight(PdfMeasures.heading(1).leading(), "Heading1");
        assertLineHeight(PdfMeasures.heading(2).leading(), "Heading2");
        assertLineHeight(PdfMeasures.heading(3).leading(), "Heading3");
        assertLineHeight(PdfMeasures.TABLE.leading(), "TabelaTexto");
        assertLineHeight(PdfMeasures.LETTERHEAD.leading(), "Cabecalho");
        for (String style : List.of("Identificacao", "Data", "Enderecamento", "Assunto", "Vocativo", "Texto",
                "TextoNumerado", "Fecho", "Assinatura")) {
            assertEquals(lineOf(oficio, "Normal"), lineOf(oficio, style), style + " com a linha do corpo");
        }
    }

    @Test
    void fontSizesAreThePdfSizes() {
        assertEquals(PdfMeasures.heading(1).size() * 2, halfPoints(oficio, "Heading1"), 0.01);
        assertEquals(PdfMeasures.heading(2).size() * 2, halfPoints(oficio, "Heading2"), 0.01);
        assertEquals(PdfMeasures.paragraph(ParagraphStyle.NOTA).size() * 2, halfPoints(oficio, "Nota"), 0.01);
        assertEquals(PageFooter.FONT_SIZE * 2, halfPoints(oficio, "Rodape"), 0.01);
        assertEquals(PdfMeasures.TABLE.size() * 2, halfPoints(oficio, "TabelaTexto"), 0.01);
    }

    @Test
    void letterheadStartsAtTheTopMarginAndTheTextAtFiveCentimetres() {
        for (XWPFDocument d : List.of(oficio, oficioSemBrasao)) {
            CTPageMar mar = d.getDocument().getBody().getSectPr().getPgMar();
            assertEquals(mar.getTop().toString(), mar.getHeader().toString(), "o timbre começa na margem de 2 cm");
            XWPFHeader h = d.getHeaderFooterPolicy().getFirstPageHeader();
            assertTrue(h.getBodyElements().get(0) instanceof XWPFTable, "o timbre numa caixa");
            XWPFTable box = h.getTables().get(0);
            assertEquals(1, box.getRows().size());
            assertEquals(TableRowHeightRule.AT_LEAST, box.getRow(0).getHeightRule());
            // 2 cm of margin + a box of at least 3 cm = 5 cm, the Manual's header area; then the PDF's 6 pt.
            assertEquals(cm(5) - ((BigInteger) mar.getTop()).intValue(), box.getRow(0).getHeight());
            assertEquals(twips(PdfMeasures.LETTERHEAD_MIN_HEIGHT), cm(3));
            XWPFParagraph end = h.getParagraphs().get(h.getParagraphs().size() - 1);
            assertEquals("CabecalhoFim", end.getStyle());
            assertEquals(twips(PdfMeasures.LETTERHEAD.after()), lineOf(d, "CabecalhoFim"));
            assertEquals(STLineSpacingRule.EXACT, lineRule(d, "CabecalhoFim"));
            assertEquals(1, h.getParagraphs().size(), "nada além da caixa e do espaço depois dela");
        }
        List<XWPFPicture> pics = oficio.getHeaderFooterPolicy().getFirstPageHeader().getTables().get(0).getRow(0)
                .getCell(0).getParagraphs().get(0).getRuns().get(0).getEmbeddedPictures();
        assertEquals(1, pics.size());
        assertEquals(Math.round(PdfMeasures.BRASAO_HEIGHT / PdfMeasures.CM * 360_000),
                pics.get(0).getCTPicture().getSpPr().getXfrm().getExt().getCy(), "brasão com a altura do PDF");
        assertEquals(twips(PdfMeasures.BRASAO_AFTER), spacing(oficio, "CabecalhoBrasao", "after"));
    }

    @Test
    void footersFillTheBottomTwoCentimetresAsInThePdf() {
        for (XWPFDocument d : List.of(oficio, pop)) {
            CTPageMar mar = d.getDocument().getBody().getSectPr().getPgMar();
            int room = ((BigInteger) mar.getBottom()).intValue() - ((BigInteger) mar.getFooter()).intValue();
            for (XWPFFooter f : List.of(d.getHeaderFooterPolicy().getFirstPageFooter(),
                    d.getHeaderFooterPolicy().getDefaultFooter())) {
                // Word hangs the footer from its distance, LibreOffice from the top of the margin: the same when
                // the footer is exactly as high as the room between them.
                assertEquals(room, height(d, f.getParagraphs()), "altura do rodapé");
                assertEquals(twips(PageFooter.PADDING), f.getParagraphs().get(0).getSpacingBefore(),
                        "4 pt acima da primeira linha");
            }
        }
        assertEquals(STLineSpacingRule.EXACT, lineRule(oficio, "Rodape"));
        assertEquals(Math.round(20 * PageFooter.LINE), lineOf(oficio, "Rodape"));
        assertEquals(Math.round(20 * PageFooter.NUMBER_SIZE * PageFooter.NUMBER_LEADING), lineOf(oficio, "RodapeNumero"));
    }

    @Test
    void alignmentIsThePdfAlignment() {
        Map<String, PdfMeasures.Part> parts = partsByStyle();
        parts.remove("Heading3");
        parts.put("Citacao", PdfMeasures.QUOTE);
        parts.put("TabelaTexto", PdfMeasures.TABLE);
        parts.forEach((style, part) -> {
            STJc.Enum expected = switch (part.align()) {
                case JUSTIFY -> STJc.BOTH;
                case RIGHT -> STJc.RIGHT;
                case CENTER -> STJc.CENTER;
                case LEFT -> STJc.LEFT;
            };
            assertEquals(expected, DocxWriterTest.jc(oficio, style), style + " alinhado como no PDF");
        });
        // POP, ticket and checklist text (Normal) is not justified: a signature written with line breaks is not
        // stretched edge to edge.
        assertEquals(STJc.BOTH, DocxWriterTest.jc(oficio, "TextoNumerado"));
    }

    // ---- helpers

    private void assertLineHeight(double lh, String style) {
        assertEquals(STLineSpacingRule.AUTO, lineRule(oficio, style), style);
        assertEquals(Math.round(240 * lh / SINGLE), lineOf(oficio, style), style + ": a altura da linha do PDF, " + lh);
    }

    /** The height of footer paragraphs with exact lines, in twips: lines, and the larger space between two. */
    private static int height(XWPFDocument d, List<XWPFParagraph> ps) {
        int h = 0;
        int previousAfter = 0;
        for (int i = 0; i < ps.size(); i++) {
            XWPFParagraph p = ps.get(i);
            int before = p.getSpacingBefore() >= 0 ? p.getSpacingBefore() : spacing(d, p.getStyle(), "before");
            int after = p.getSpacingAfter() >= 0 ? p.getSpacingAfter() : spacing(d, p.getStyle(), "after");
            assertEquals(STLineSpacingRule.EXACT, lineRule(d, p.getStyle()));
            h += (i == 0 ? before : Math.max(before, previousAfter)) + lineOf(d, p.getStyle());
            previousAfter = after;
        }
        return h + previousAfter;
    }

    static CTSpacing spacingOf(XWPFDocument d, String style, java.util.function.Predicate<CTSpacing> has) {
        for (CTStyle s = DocxWriterTest.style(d, style); s != null;
                s = s.isSetBasedOn() ? DocxWriterTest.style(d, s.getBasedOn().getVal()) : null) {
            CTPPrGeneral ppr = s.getPPr();
            if (ppr != null && ppr.isSetSpacing() && has.test(ppr.getSpacing())) {
                return ppr.getSpacing();
            }
        }
        return null;
    }

    static int spacing(XWPFDocument d, String style, String which) {
        CTSpacing sp = spacingOf(d, style, s -> which.equals("before") ? s.isSetBefore() : s.isSetAfter());
        if (sp == null) {
            return 0;
        }
        return ((BigInteger) (which.equals("before") ? sp.getBefore() : sp.getAfter())).intValue();
    }

    static int lineOf(XWPFDocument d, String style) {
        CTSpacing sp = spacingOf(d, style, CTSpacing::isSetLine);
        return sp == null ? 240 : ((BigInteger) sp.getLine()).intValue();
    }

    static STLineSpacingRule.Enum lineRule(XWPFDocument d, String style) {
        CTSpacing sp = spacingOf(d, style, CTSpacing::isSetLineRule);
        return sp == null ? STLineSpacingRule.AUTO : sp.getLineRule();
    }

    static double halfPoints(XWPFDocument d, String style) {
        for (CTStyle s = DocxWriterTest.style(d, style); s != null;
                s = s.isSetBasedOn() ? DocxWriterTest.style(d, s.getBasedOn().getVal()) : null) {
            if (s.getRPr() != null && s.getRPr().sizeOfSzArray() > 0) {
                return ((BigInteger) s.getRPr().getSzArray(0).getVal()).doubleValue();
            }
        }
        return 24;
    }

    static int cm(double cm) {
        return (int) Math.round(cm * 567);
    }

    /** Points in twips, as styles.xml writes them (1 pt = 20; 1 cm = 567). */
    static int twips(double points) {
        return (int) Math.round(points * 20);
    }
}
