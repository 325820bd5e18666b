package br.esus.oficios.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.doc.Inline;
import br.esus.oficios.doc.ParagraphStyle;
import br.esus.oficios.write.PdfPages;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the typesetter does with the blocks a template rarely makes: each as a reader would check it. */
class TypesetterEdgesTest {

    static PdfWriter writer;

    @BeforeAll
    static void setUp() {
        writer = new PdfWriter((Path) null);
    }

    private static Doc doc(List<Block> blocks) {
        return new Doc(new DocMeta("teste", "Teste", "Secretaria", "teste", List.of(), LocalDate.of(2026, 12, 6),
                false, List.of(), List.of(), null), blocks);
    }

    private static Block.Paragraph p(String text) {
        return new Block.Paragraph(ParagraphStyle.NORMAL, 0, List.of(new Inline.Text(text)));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void codeKeepsEverySpaceAsCopied() throws Exception {
        byte[] pdf = writer.write(doc(List.of(new Block.CodeBlock("bash", "printf '%s  %s\\n'  a   b\n"),
                new Block.Paragraph(ParagraphStyle.NORMAL, 0, List.of(new Inline.Text("rode "),
                        new Inline.Code("ls  -l"), new Inline.Text(" na pasta."))))));
        String t = text(pdf);
        assertTrue(t.contains("printf '%s  %s\\n'  a   b"), t);
        assertTrue(t.contains("ls  -l"), t);
    }

    @Test
    void twoLineBreaksInARowLeaveAnEmptyLine() throws Exception {
        byte[] one = writer.write(doc(List.of(new Block.Paragraph(ParagraphStyle.NORMAL, 0,
                List.of(new Inline.Text("a"), new Inline.LineBreak(), new Inline.Text("b"))))));
        byte[] two = writer.write(doc(List.of(new Block.Paragraph(ParagraphStyle.NORMAL, 0,
                List.of(new Inline.Text("a"), new Inline.LineBreak(), new Inline.LineBreak(), new Inline.Text("b"))))));
        double gapOne = gap(one);
        double gapTwo = gap(two);
        assertEquals(2 * gapOne, gapTwo, 0.5, "uma linha vazia entre a e b");
    }

    /** How far below "a" the "b" is drawn. */
    private static double gap(byte[] pdf) throws Exception {
        List<PdfPages.Glyph> g = PdfPages.read(pdf).get(0).glyphs();
        double a = g.stream().filter(x -> x.text().equals("a")).findFirst().orElseThrow().bottom();
        double b = g.stream().filter(x -> x.text().equals("b")).findFirst().orElseThrow().bottom();
        return b - a;
    }

    @Test
    void aWholeSectionTallerThanAPageStaysWhereItStartsAndNothingLeavesThePaper() throws Exception {
        List<Block> blocks = new ArrayList<>();
        blocks.add(p("Parágrafo antes da seção."));
        blocks.add(new Block.Heading(2, List.of(new Inline.Text("Seção longa")), true));
        for (int i = 1; i <= 90; i++) {
            blocks.add(p("Linha " + i + " da seção que não cabe numa página."));
        }
        StringBuilder command = new StringBuilder();
        for (int i = 1; i <= 120; i++) {
            command.append("echo linha-").append(i).append(" \\\n");
        }
        command.append("echo fim\n");
        blocks.add(new Block.CodeBlock("bash", command.toString()));
        byte[] pdf = writer.write(doc(blocks));
        List<PdfPages.Page> pages = PdfPages.read(pdf);
        assertTrue(pages.get(0).text().contains("Seção longa"), "a seção começa na primeira página, logo depois do texto");
        assertTrue(pages.get(0).text().contains("Linha 1 "), "com as suas primeiras linhas");
        assertEquals(List.of(), PdfPages.outside(pages, 5), "nada fora das margens");
        String all = text(pdf);
        assertTrue(all.contains("Linha 90 ") && all.contains("echo linha-120") && all.contains("echo fim"), all);
        for (PdfPages.Page page : pages) {
            double marginTop = page.height() - 2 * 72 / 2.54;
            for (PdfPages.Glyph g : page.glyphs()) {
                boolean pageNumber = g.text().matches("\\d") && g.top() > marginTop;
                assertTrue(g.bottom() < marginTop + 1 || pageNumber,
                        "página " + page.number() + ": '" + g.text() + "' na margem de baixo");
            }
        }
    }

    @Test
    void aShortCodeGoesToTheNextLineWithThePunctuationThatTouchesIt() throws Exception {
        List<Block> blocks = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            blocks.add(new Block.Paragraph(ParagraphStyle.NORMAL, 0, List.of(
                    new Inline.Text("Confira a pasta de configuração " + "x".repeat(n) + " antes de tudo (veja "),
                    new Inline.Code("/opt/e-SUS/webserver/config"), new Inline.Text("), e siga."))));
        }
        List<PdfPages.Glyph> glyphs = new ArrayList<>();
        PdfPages.read(writer.write(doc(blocks))).forEach(page -> glyphs.addAll(page.glyphs()));
        int checked = 0;
        for (int i = 0; i + 1 < glyphs.size(); i++) {
            if (glyphs.get(i).text().equals("(") && glyphs.get(i + 1).text().equals("v")) {
                // "(veja" then the code: the code's first "/" and its closing ")," on the line of "veja"?
                int slash = i + 2;
                while (!glyphs.get(slash).text().equals("/")) {
                    slash++;
                }
                int close = slash;
                while (!glyphs.get(close).text().equals(")")) {
                    close++;
                }
                assertEquals(glyphs.get(slash).bottom(), glyphs.get(close).bottom(), 0.5,
                        "o código inteiro com o \")\" na mesma linha (parágrafo " + checked + ")");
                checked++;
            }
        }
        assertEquals(40, checked);
    }

    @Test
    void anEmptyDocumentIsOneBlankPage() throws Exception {
        try (PDDocument d = Loader.loadPDF(writer.write(doc(List.of())))) {
            assertEquals(1, d.getNumberOfPages());
        }
    }

    @Test
    void aMarkIsReadAsItsLabel() throws Exception {
        byte[] pdf = writer.write(doc(List.of(new Block.Paragraph(ParagraphStyle.NORMAL, 0,
                List.of(new Inline.Mark(Inline.Symbol.CAIXA_VAZIA), new Inline.Text(" conferido"))))));
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<String> alts = new ArrayList<>();
            alts(d.getDocumentCatalog().getStructureTreeRoot(), alts);
            assertTrue(alts.contains(Inline.Symbol.CAIXA_VAZIA.label()), alts.toString());
        }
    }

    private static void alts(PDStructureNode node, List<String> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if ("Span".equals(e.getStructureType()) && e.getAlternateDescription() != null) {
                    out.add(e.getAlternateDescription());
                }
                alts(e, out);
            }
        }
    }
}
