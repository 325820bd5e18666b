package br.esus.oficios.write.docx;

import br.esus.oficios.write.OficioFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * The DOCX is laid out like the PDF: the spaces of every part are the CSS margins, the line heights the CSS
 * line-heights, the letterhead and the footers where the CSS page puts them. A slightly longer ofício must not be
 * one page in PDF and two in DOCX.
 */
class DocxLayoutTest {

    @TempDir
    static Path tmp;

    static XWPFDocument oficio;
    static XWPFDocument oficioSemBrasao;
    static XWPFDocument pop;
    static Map<String, Map<String, String>> css;

    /** Word's single line of Calibri/Carlito, in font sizes: (win ascent 1950 + win descent 550) / 2048. */
    static final double SINGLE = 2500.0 / 2048;

    @BeforeAll
    static void write() throws Exception {
        DocxWriter w = new DocxWriter();
        oficio = DocxWriterTest.read(w.write(OficioFixture.oficio(OficioFixture.brasao(tmp))));
        oficioSemBrasao = DocxWriterTest.read(w.write(OficioFixture.oficio(null)));
        pop = DocxWriterTest.read(w.write(DocxFixtures.pop()));
        css = readCss();
    }

    /** The CSS selector of each part of the ofício (and of plain text) and the DOCX style that draws it. */
    private static Map<String, String> oficioParts() {
        Map<String, String> partToStyle = new LinkedHashMap<>();
        partToStyle.put("p", "Normal");
        partToStyle.put(".identificacao", "Identificacao");
        partToStyle.put(".data", "Data");
        partToStyle.put(".enderecamento", "Enderecamento");
        partToStyle.put(".assunto", "Assunto");
        partToStyle.put(".vocativo", "Vocativo");
        partToStyle.put(".texto", "Texto");
        partToStyle.put(".fecho", "Fecho");
        partToStyle.put(".assinatura", "Assinatura");
        partToStyle.put(".nota", "Nota");
        return partToStyle;
    }

    @Test
    void spacesOfTheOficioPartsAreTheCssMargins() {
        Map<String, String> partToStyle = oficioParts();
        partToStyle.put("h1", "Heading1");
        partToStyle.put("h2", "Heading2");
        partToStyle.put("h3", "Heading3");
        for (Map.Entry<String, String> e : partToStyle.entrySet()) {
            String margin = css.get(e.getKey()).get("margin");
            assertNotNull(margin, e.getKey());
            String[] m = margin.trim().split("\\s+");
            String style = e.getValue();
            assertEquals(twips(m[0]), spacing(oficio, style, "before"), style + ": espaço antes = margin-top de " + e.getKey());
            assertEquals(twips(m[2]), spacing(oficio, style, "after"), style + ": espaço depois = margin-bottom de " + e.getKey());
        }
        // The text is justified with the 2.5 cm indent; the numbered text keeps the same spaces.
        assertEquals(spacing(oficio, "Texto", "after"), spacing(oficio, "TextoNumerado", "after"));
    }

    @Test
    void lineHeightsAreTheCssLineHeights() {
        assertLineHeight("body", "Normal");
        assertLineHeight("h1", "Heading1");
        assertLineHeight("h2", "Heading2");
        assertLineHeight("h3", "Heading3");
        assertLineHeight("table.tabela", "TabelaTexto");
        assertLineHeight(".cabecalho", "Cabecalho");
        for (String style : List.of("Identificacao", "Data", "Enderecamento", "Assunto", "Vocativo", "Texto",
                "TextoNumerado", "Fecho", "Assinatura")) {
            assertEquals(lineOf(oficio, "Normal"), lineOf(oficio, style), style + " com a linha do corpo");
        }
    }

    @Test
    void fontSizesAreTheCssSizes() {
        assertEquals(points(css.get("h1").get("font-size")) * 2, halfPoints(oficio, "Heading1"), 0.01);
        assertEquals(points(css.get("h2").get("font-size")) * 2, halfPoints(oficio, "Heading2"), 0.01);
        assertEquals(points(css.get(".nota").get("font-size")) * 2, halfPoints(oficio, "Nota"), 0.01);
        assertEquals(points(css.get(".rodape-linha").get("font-size")) * 2, halfPoints(oficio, "Rodape"), 0.01);
        assertEquals(points(css.get("table.tabela").get("font-size")) * 2, halfPoints(oficio, "TabelaTexto"), 0.01);
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
            // 2 cm of margin + a box of at least 3 cm = 5 cm, the Manual's header area; then the CSS 6 pt.
            assertEquals(cm(5) - ((BigInteger) mar.getTop()).intValue(), box.getRow(0).getHeight());
            XWPFParagraph end = h.getParagraphs().get(h.getParagraphs().size() - 1);
            assertEquals("CabecalhoFim", end.getStyle());
            assertEquals(twips(css.get(".cabecalho").get("margin").split("\\s+")[2]), lineOf(d, "CabecalhoFim"));
            assertEquals(STLineSpacingRule.EXACT, lineRule(d, "CabecalhoFim"));
            assertEquals(1, h.getParagraphs().size(), "nada além da caixa e do espaço depois dela");
        }
        List<XWPFPicture> pics = oficio.getHeaderFooterPolicy().getFirstPageHeader().getTables().get(0).getRow(0)
                .getCell(0).getParagraphs().get(0).getRuns().get(0).getEmbeddedPictures();
        assertEquals(1, pics.size());
        assertEquals(Math.round(cmValue(css.get(".brasao").get("height")) * 360_000),
                pics.get(0).getCTPicture().getSpPr().getXfrm().getExt().getCy(), "brasão com a altura do PDF");
        assertEquals(twips(css.get(".brasao-caixa").get("margin").split("\\s+")[2]),
                spacing(oficio, "CabecalhoBrasao", "after"));
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
                assertEquals(twips(css.get("@bottom-center").get("padding-top")),
                        f.getParagraphs().get(0).getSpacingBefore(), "4 pt acima da primeira linha");
            }
        }
        assertEquals(STLineSpacingRule.EXACT, lineRule(oficio, "Rodape"));
        assertEquals(Math.round(20 * 9 * 1.15), lineOf(oficio, "Rodape"));
        assertEquals(Math.round(20 * 12 * 1.1), lineOf(oficio, "RodapeNumero"));
    }

    @Test
    void alignmentIsTheCssTextAlign() {
        Map<String, String> partToStyle = oficioParts();
        partToStyle.put("blockquote.citacao", "Citacao");
        partToStyle.put("h1", "Heading1");
        partToStyle.put("h2", "Heading2");
        partToStyle.put("table.tabela td", "TabelaTexto");
        for (Map.Entry<String, String> e : partToStyle.entrySet()) {
            String align = css.get(e.getKey()).getOrDefault("text-align", "left");
            STJc.Enum expected = switch (align) {
                case "justify" -> STJc.BOTH;
                case "right" -> STJc.RIGHT;
                case "center" -> STJc.CENTER;
                default -> STJc.LEFT;
            };
            assertEquals(expected, DocxWriterTest.jc(oficio, e.getValue()), e.getValue() + " como " + e.getKey());
        }
        // POP, ticket and checklist text (Normal) is not justified: a signature written with line breaks is not
        // stretched edge to edge.
        assertEquals(STJc.BOTH, DocxWriterTest.jc(oficio, "TextoNumerado"));
    }

    // ---- helpers

    private void assertLineHeight(String selector, String style) {
        double lh = Double.parseDouble(css.get(selector).get("line-height"));
        assertEquals(STLineSpacingRule.AUTO, lineRule(oficio, style), style);
        assertEquals(Math.round(240 * lh / SINGLE), lineOf(oficio, style), style + ": line-height " + lh + " de " + selector);
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

    static double cmValue(String v) {
        return Double.parseDouble(v.trim().replace("cm", ""));
    }

    static double points(String v) {
        v = v.trim();
        if (v.endsWith("pt")) {
            return Double.parseDouble(v.substring(0, v.length() - 2));
        }
        if (v.endsWith("cm")) {
            return Double.parseDouble(v.substring(0, v.length() - 2)) * 72 / 2.54;
        }
        if (v.equals("0")) {
            return 0;
        }
        throw new IllegalArgumentException(v);
    }

    /** A CSS length in twips, as styles.xml writes it (1 cm = 567). */
    static int twips(String v) {
        v = v.trim();
        if (v.endsWith("cm")) {
            return cm(cmValue(v));
        }
        return (int) Math.round(points(v) * 20);
    }

    /** oficio.css as selector → property → value (the last value wins; at-rules by their name). */
    static Map<String, Map<String, String>> readCss() throws IOException {
        String text;
        try (InputStream in = DocxLayoutTest.class.getResourceAsStream("/br/esus/oficios/write/pdf/oficio.css")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        text = text.replaceAll("(?s)/\\*.*?\\*/", "");
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("([^{}]+)\\{([^{}]*)\\}").matcher(text);
        while (m.find()) {
            String selectors = m.group(1);
            // A rule inside an at-rule (@bottom-center inside @page) comes after the at-rule's own declarations.
            selectors = selectors.substring(selectors.lastIndexOf(';') + 1);
            for (String sel : selectors.split(",")) {
                Map<String, String> props = out.computeIfAbsent(sel.trim(), k -> new LinkedHashMap<>());
                for (String decl : m.group(2).split(";")) {
                    int colon = decl.indexOf(':');
                    if (colon > 0) {
                        props.put(decl.substring(0, colon).trim(), decl.substring(colon + 1).trim());
                    }
                }
            }
        }
        return out;
    }
}
