package br.esus.oficios.write.docx;

import static br.esus.oficios.write.docx.DocxWriterTest.WRITER;
import static br.esus.oficios.write.docx.DocxWriterTest.read;
import static br.esus.oficios.write.docx.DocxWriterTest.style;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.Inline;
import br.esus.oficios.doc.ParagraphStyle;
import br.esus.oficios.write.OficioFixture;

/**
 * What a screen reader and Word's accessibility checker find in the DOCX: the language, the title, headings with
 * outline levels, table header rows repeated, each picture described once; and what keeps a heading or the
 * paragraph that introduces a table from being left alone at the foot of a page.
 */
class DocxAccessibilityTest {

    @TempDir
    static Path tmp;

    static Doc oficioDoc;
    static XWPFDocument oficio;
    static XWPFDocument pop;
    static XWPFDocument checklist;
    static XWPFDocument secoes;

    @BeforeAll
    static void write() throws Exception {
        oficioDoc = OficioFixture.oficio(OficioFixture.brasao(tmp));
        oficio = read(WRITER.write(oficioDoc));
        pop = read(WRITER.write(popWithIntroductions()));
        checklist = read(WRITER.write(DocxFixtures.checklist()));
        secoes = read(WRITER.write(DocxFixtures.checklistSecoes()));
    }

    static List<XWPFDocument> all() {
        return List.of(oficio, pop, checklist, secoes);
    }

    @Test
    void everyRunIsInBrazilianPortugueseUnlessItSaysOtherwise() {
        for (XWPFDocument d : all()) {
            var rPr = d.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr();
            assertEquals("pt-BR", rPr.getLangArray(0).getVal(), "w:lang das propriedades padrão (docDefaults)");
            String body = d.getDocument().xmlText();
            assertFalse(body.contains("w:lang "), "nenhum trecho em outra língua");
        }
    }

    @Test
    void theTitleInThePropertiesIsTheDocumentsTitle() throws Exception {
        Doc[] docs = {oficioDoc, DocxFixtures.pop(), DocxFixtures.checklist()};
        for (Doc doc : docs) {
            var core = read(WRITER.write(doc)).getProperties().getCoreProperties();
            assertEquals(doc.meta().title(), core.getTitle(), "dc:title, o mesmo título do PDF");
            assertFalse(core.getTitle().isBlank());
            assertEquals(doc.meta().subject(), core.getSubject());
            assertEquals(doc.meta().author(), core.getCreator());
        }
    }

    @Test
    void headingsHaveOutlineLevelsForTheNavigationPane() {
        int headings = 0;
        for (XWPFParagraph p : pop.getParagraphs()) {
            if (p.getStyle() != null && p.getStyle().startsWith(DocxStyles.HEADING_PREFIX)) {
                int level = Integer.parseInt(p.getStyle().substring(DocxStyles.HEADING_PREFIX.length()));
                var pPr = style(pop, p.getStyle()).getPPr();
                assertTrue(pPr.isSetOutlineLvl(), p.getStyle() + " sem nível de tópico");
                assertEquals(level - 1, pPr.getOutlineLvl().getVal().intValue(), p.getText());
                assertTrue(pPr.isSetKeepNext(), "título preso ao que vem depois: " + p.getText());
                headings++;
            }
        }
        assertTrue(headings >= 3, "o POP tem títulos");
        for (String body : List.of("Normal", "Texto", DocxStyles.TABELA_TEXTO, DocxStyles.LISTA)) {
            assertFalse(style(pop, body).getPPr().isSetOutlineLvl(), body + " não é título");
        }
    }

    @Test
    void everyTableRepeatsItsHeaderRowOnEveryPage() {
        int tables = 0;
        for (XWPFDocument d : List.of(pop, checklist, secoes)) {
            for (XWPFTable t : d.getTables()) {
                tables++;
                XWPFTableRow first = t.getRow(0);
                assertTrue(first.isRepeatHeader(), "w:tblHeader na primeira linha");
                assertTrue(first.getCell(0).getParagraphs().get(0).getStyle().startsWith(DocxStyles.TABELA_CABECALHO));
                for (int r = 1; r < t.getRows().size(); r++) {
                    assertFalse(t.getRow(r).isRepeatHeader(), "só o cabeçalho se repete");
                }
            }
        }
        assertTrue(tables >= 3);
    }

    /** The checklist's status reads "✅ concluído": the picture is decorative, the word says it once. */
    @Test
    void aMarkFollowedByItsLabelIsDecorativeAndAMarkAloneIsDescribed() {
        int decorative = 0;
        int described = 0;
        for (XWPFDocument d : List.of(checklist, secoes)) {
            for (XWPFParagraph p : paragraphsWithCells(d)) {
                List<XWPFRun> runs = p.getRuns();
                for (int i = 0; i < runs.size(); i++) {
                    if (runs.get(i).getEmbeddedPictures().isEmpty()) {
                        continue;
                    }
                    CTInline inline = runs.get(i).getCTR().getDrawingArray(0).getInlineArray(0);
                    String descr = inline.getDocPr().getDescr();
                    String picDescr = runs.get(i).getEmbeddedPictures().get(0).getCTPicture().getNvPicPr()
                            .getCNvPr().getDescr();
                    assertEquals(descr, picDescr, "a mesma descrição nos dois lugares em que se lê");
                    String after = i + 1 < runs.size() ? runs.get(i + 1).text().replace('\u00A0', ' ').strip() : "";
                    Inline.Symbol symbol = symbolNamed(inline.getDocPr().getName());
                    boolean labelled = after.startsWith(symbol.label());
                    String ext = inline.getDocPr().isSetExtLst() ? inline.getDocPr().getExtLst().xmlText() : "";
                    if (labelled) {
                        assertEquals("", descr, "rótulo já escrito ao lado: \"" + p.getText() + "\"");
                        assertTrue(ext.contains(DocxInlines.DECORATIVE_URI) && ext.contains("decorative")
                                && ext.contains(DocxInlines.DECORATIVE_NS), "marcada como decorativa: " + ext);
                        decorative++;
                    } else {
                        assertEquals(symbol.label(), descr, "marca sem rótulo ao lado: \"" + p.getText() + "\"");
                        assertFalse(ext.contains("decorative"));
                        described++;
                    }
                }
            }
        }
        assertTrue(decorative >= 5 && described >= 2, decorative + " decorativas, " + described + " descritas");
    }

    @Test
    void theBrasaoSaysWhoseItIs() {
        var header = oficio.getHeaderList().stream().filter(h -> !h.getAllPictures().isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("brasão ausente"));
        XWPFRun run = header.getTables().get(0).getRow(0).getCell(0).getParagraphs().get(0).getRuns().stream()
                .filter(r -> !r.getEmbeddedPictures().isEmpty()).findFirst().orElseThrow();
        String expected = "Brasão da " + oficioDoc.meta().headerLines().get(0);
        assertEquals(expected, run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().getDescr());
        assertEquals(expected, run.getEmbeddedPictures().get(0).getCTPicture().getNvPicPr().getCNvPr().getDescr());
    }

    @Test
    void codeInATableIsSizedToTheTableNotToTheBody() {
        int seen = 0;
        for (XWPFTable t : pop.getTables()) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        for (XWPFRun r : p.getRuns()) {
                            if (r.getStyle() != null && r.getStyle().startsWith(DocxStyles.CODIGO_INLINE)) {
                                assertEquals(DocxStyles.CODIGO_INLINE_TABELA, r.getStyle(), r.text());
                                seen++;
                            }
                        }
                    }
                }
            }
        }
        assertTrue(seen > 0, "o POP de teste tem código numa tabela");
        for (XWPFParagraph p : pop.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                if (r.getStyle() != null && r.getStyle().startsWith(DocxStyles.CODIGO_INLINE)) {
                    assertEquals(DocxStyles.CODIGO_INLINE, r.getStyle(), "fora das tabelas, o do corpo: " + r.text());
                }
            }
        }
        double table = halfPoints(DocxStyles.TABELA_TEXTO);
        assertEquals(0.85 * table, halfPoints(DocxStyles.CODIGO_INLINE_TABELA), 1, "0,85 em do texto da tabela");
        assertTrue(halfPoints(DocxStyles.CODIGO_INLINE_TABELA) < table, "menor que o texto, como no PDF");
    }

    @Test
    void aParagraphThatIntroducesATableOrCommandsKeepsWithIt() {
        List<IBodyElement> body = pop.getBodyElements();
        int checked = 0;
        for (int i = 0; i + 1 < body.size(); i++) {
            if (body.get(i) instanceof XWPFParagraph p
                    && ("Normal".equals(p.getStyle()) || DocxStyles.LISTA.equals(p.getStyle()))
                    && p.getText().endsWith(":")
                    && (body.get(i + 1) instanceof XWPFTable || body.get(i + 1) instanceof XWPFParagraph n
                            && DocxStyles.CODIGO.equals(n.getStyle()))) {
                assertTrue(p.getCTP().getPPr().isSetKeepNext(), "preso ao que apresenta: " + p.getText());
                checked++;
            }
        }
        assertTrue(checked >= 3, "o POP de teste tem parágrafos (um deles item de lista) antes de tabelas e comandos");
        for (XWPFParagraph p : pop.getParagraphs()) {
            if ("Normal".equals(p.getStyle()) && p.getText().startsWith("Este procedimento")) {
                assertFalse(p.getCTP().getPPr().isSetKeepNext(), "um parágrafo qualquer não se prende ao seguinte");
            }
        }
    }

    /**
     * The test POP and, as the real POP writes them, a paragraph that introduces a table whose cells hold paths in
     * code, and one that introduces commands.
     */
    static Doc popWithIntroductions() {
        Doc base = DocxFixtures.pop();
        List<Block> b = new ArrayList<>(base.blocks());
        b.add(DocxFixtures.p(ParagraphStyle.NORMAL, "Os arquivos da instalação ficam nestas pastas:"));
        b.add(new Block.Table(List.of(Block.Align.LEFT, Block.Align.LEFT),
                List.of(List.of(List.of(DocxFixtures.t("Arquivo")), List.of(DocxFixtures.t("Pasta")))),
                List.of(List.of(List.of(DocxFixtures.t("Configuração")),
                        List.of(DocxFixtures.t("em "), new Inline.Code("/opt/e-SUS/webserver/config/"))))));
        b.add(DocxFixtures.p(ParagraphStyle.NORMAL, "Confira o serviço:"));
        b.add(new Block.CodeBlock("sh", "systemctl status e-SUS-PEC\n"));
        b.add(new Block.ListBlock(true, 1, List.of(new Block.ListItem(List.of(
                DocxFixtures.p(ParagraphStyle.NORMAL, "O ensaio roda sozinho; para rodá-lo agora:"),
                new Block.CodeBlock("sh", "sudo /opt/backup-esus/ensaio.sh\n"))))));
        return new Doc(base.meta(), b);
    }

    private static double halfPoints(String styleId) {
        return ((java.math.BigInteger) style(pop, styleId).getRPr().getSzArray(0).getVal()).doubleValue();
    }

    private static Inline.Symbol symbolNamed(String label) {
        for (Inline.Symbol s : Inline.Symbol.values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        throw new AssertionError("figura sem nome de marca: " + label);
    }

    private static List<XWPFParagraph> paragraphsWithCells(XWPFDocument d) {
        List<XWPFParagraph> out = new ArrayList<>(d.getParagraphs());
        for (XWPFTable t : d.getTables()) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    out.addAll(cell.getParagraphs());
                }
            }
        }
        return out;
    }
}
