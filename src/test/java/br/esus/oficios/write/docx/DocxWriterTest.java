package br.esus.oficios.write.docx;

import br.esus.oficios.write.OficioFixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.doc.Inline;
import br.esus.oficios.doc.ParagraphStyle;
import br.esus.oficios.write.WriteException;
import br.esus.oficios.write.TableWidths;

class DocxWriterTest {

    @TempDir
    static Path tmp;

    static final DocxWriter WRITER = new DocxWriter();
    static byte[] oficioBytes;
    static XWPFDocument oficio;
    static XWPFDocument pop;
    static XWPFDocument checklist;
    static XWPFDocument longo;

    @BeforeAll
    static void writeFixtures() throws Exception {
        oficioBytes = WRITER.write(OficioFixture.oficio(OficioFixture.brasao(tmp)));
        oficio = read(oficioBytes);
        pop = read(WRITER.write(DocxFixtures.pop()));
        checklist = read(WRITER.write(DocxFixtures.checklist()));
        longo = read(WRITER.write(DocxFixtures.longDoc()));
    }

    static XWPFDocument read(byte[] b) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(b));
    }

    static List<XWPFDocument> all() {
        return List.of(oficio, pop, checklist, longo);
    }

    @Test
    void formatIsDocx() {
        assertEquals("docx", WRITER.format());
    }

    @Test
    void pageIsA4WithTheManualsMargins() {
        for (XWPFDocument d : all()) {
            CTSectPr s = d.getDocument().getBody().getSectPr();
            assertEquals("11906", s.getPgSz().getW().toString());
            assertEquals("16838", s.getPgSz().getH().toString());
            CTPageMar m = s.getPgMar();
            assertEquals("1701", m.getLeft().toString(), "margem esquerda 3 cm");
            assertEquals("851", m.getRight().toString(), "margem direita 1,5 cm");
            assertEquals("1134", m.getTop().toString());
            assertEquals("1134", m.getBottom().toString());
            assertNotNull(m.getHeader());
            assertNotNull(m.getFooter());
            assertEquals("0", m.getGutter().toString());
        }
    }

    @Test
    void letterheadIsOnTheFirstPageOnly() {
        assertTrue(oficio.getDocument().getBody().getSectPr().isSetTitlePg(), "titlePg");
        XWPFHeader first = oficio.getHeaderFooterPolicy().getFirstPageHeader();
        assertNotNull(first);
        assertEquals(1, first.getAllPictures().size(), "brasão no cabeçalho da primeira página");
        assertEquals(OficioFixture.HEADER, texts(headerParagraphs(first)));
        XWPFHeader other = oficio.getHeaderFooterPolicy().getDefaultHeader();
        assertTrue(other == null || other.getText().isBlank(), "sem cabeçalho a partir da 2ª página");
    }

    @Test
    void pageNumberIsCentredFromTheSecondPageOn() {
        for (XWPFDocument d : all()) {
            assertTrue(d.getDocument().getBody().getSectPr().isSetTitlePg(), "1ª página com rodapé próprio");
            XWPFFooter def = d.getHeaderFooterPolicy().getDefaultFooter();
            XWPFParagraph number = def.getParagraphs().get(0);
            assertEquals(1, number.getCTP().sizeOfFldSimpleArray());
            assertTrue(number.getCTP().getFldSimpleArray(0).getInstr().contains("PAGE"));
            assertEquals(STJc.CENTER, jc(d, number.getStyle()), "número centralizado");
            XWPFFooter first = d.getHeaderFooterPolicy().getFirstPageFooter();
            assertTrue(first.getParagraphs().stream().allMatch(p -> p.getCTP().sizeOfFldSimpleArray() == 0
                    && !p.getCTP().xmlText().contains("PAGE")), "sem número na 1ª página");
        }
        List<String> firstFooter = texts(oficio.getHeaderFooterPolicy().getFirstPageFooter().getParagraphs());
        assertEquals(OficioFixture.FOOTER, firstFooter, "endereço centralizado no rodapé do ofício");
        List<String> defFooter = texts(oficio.getHeaderFooterPolicy().getDefaultFooter().getParagraphs());
        assertEquals(OficioFixture.FOOTER, defFooter.subList(1, defFooter.size()), "endereço sob o número");
        assertTrue(pop.getHeaderFooterPolicy().getFirstPageFooter().getText().isBlank());
        assertNull(pop.getHeaderFooterPolicy().getFirstPageHeader(), "sem timbre, sem cabeçalho que empurre o texto");
    }

    @Test
    void everyParagraphUsesAStyleThatExists() {
        for (XWPFDocument d : all()) {
            List<XWPFParagraph> ps = new ArrayList<>(bodyParagraphs(d));
            d.getHeaderList().forEach(h -> ps.addAll(headerParagraphs(h)));
            d.getFooterList().forEach(f -> ps.addAll(f.getParagraphs()));
            for (XWPFParagraph p : ps) {
                assertNotNull(p.getStyle(), () -> "parágrafo sem estilo: " + p.getText());
                assertTrue(d.getStyles().styleExist(p.getStyle()), "estilo inexistente " + p.getStyle());
            }
            for (XWPFRun r : runs(d)) {
                String rs = r.getStyle();
                assertTrue(rs == null || rs.isEmpty() || d.getStyles().styleExist(rs), "estilo de caractere " + rs);
            }
        }
        for (ParagraphStyle s : ParagraphStyle.values()) {
            assertNotNull(style(oficio, DocxStyles.of(s)), DocxStyles.of(s));
        }
    }

    @Test
    void noDirectFormattingButBoldItalicAndPagination() {
        Set<String> runProps = Set.of("b", "bCs", "i", "iCs", "rStyle");
        Set<String> paraProps = Set.of("pStyle", "numPr", "keepNext", "ind");
        for (XWPFDocument d : all()) {
            for (XWPFRun r : runs(d)) {
                if (r.getCTR().isSetRPr()) {
                    for (String n : childNames(r.getCTR().getRPr())) {
                        assertTrue(runProps.contains(n), "formatação direta no trecho \"" + r.text() + "\": " + n);
                    }
                }
            }
            for (XWPFParagraph p : bodyParagraphs(d)) {
                if (p.getCTP().isSetPPr()) {
                    for (String n : childNames(p.getCTP().getPPr())) {
                        assertTrue(paraProps.contains(n), "formatação direta no parágrafo \"" + p.getText() + "\": " + n);
                    }
                }
            }
        }
    }

    @Test
    void stylesFollowThePadraoOficio() {
        CTStyle normal = style(oficio, "Normal");
        CTRPr rpr = normal.getRPr();
        assertEquals("Calibri", rpr.getRFontsArray(0).getAscii());
        assertEquals("Calibri", rpr.getRFontsArray(0).getHAnsi());
        assertEquals("24", rpr.getSzArray(0).getVal().toString(), "12 pt");
        assertEquals("pt-BR", rpr.getLangArray(0).getVal());
        CTPPrGeneral ppr = normal.getPPr();
        assertEquals(STJc.LEFT, ppr.getJc().getVal(), "alinhado à esquerda, como no PDF (só o texto do ofício é justificado)");
        assertEquals("120", ppr.getSpacing().getAfter().toString(), "6 pt depois");
        assertEquals("236", ppr.getSpacing().getLine().toString(), "line-height 1.2 do CSS");

        assertEquals("1418", style(oficio, "Texto").getPPr().getInd().getFirstLine().toString());
        assertEquals(STJc.BOTH, style(oficio, "Texto").getPPr().getJc().getVal());
        assertEquals("1418", style(oficio, "Vocativo").getPPr().getInd().getFirstLine().toString());
        assertEquals("1418", style(oficio, "Fecho").getPPr().getInd().getFirstLine().toString());
        assertEquals(STJc.RIGHT, style(oficio, "Data").getPPr().getJc().getVal());
        assertEquals(STJc.LEFT, style(oficio, "Identificacao").getPPr().getJc().getVal());
        assertEquals(STJc.LEFT, style(oficio, "Enderecamento").getPPr().getJc().getVal());
        assertEquals(1, style(oficio, "Assunto").getRPr().sizeOfBArray(), "assunto em negrito");
        CTStyle assinatura = style(oficio, "Assinatura");
        assertEquals(STJc.CENTER, assinatura.getPPr().getJc().getVal());
        assertTrue(assinatura.getRPr() == null || assinatura.getRPr().sizeOfBArray() == 0, "nome sem negrito");
        assertTrue(new BigInteger(style(oficio, "Nota").getRPr().getSzArray(0).getVal().toString()).intValue() < 24,
                "nota em letra menor");
        assertEquals("Consolas", style(oficio, "Codigo").getRPr().getRFontsArray(0).getAscii());
        for (int level = 1; level <= 3; level++) {
            CTStyle h = style(oficio, "Heading" + level);
            assertEquals(1, h.getRPr().sizeOfBArray(), "título em negrito");
            assertTrue(h.getPPr().isSetKeepNext());
        }
    }

    @Test
    void numberedTextoIsWordNumberingWithTheNumberAtTheMarginAndTheTextAtTheIndent() {
        List<XWPFParagraph> numbered = bodyParagraphs(oficio).stream()
                .filter(p -> "TextoNumerado".equals(p.getStyle())).toList();
        assertEquals(5, numbered.size());
        BigInteger numId = numbered.get(0).getNumID();
        assertNotNull(numId, "numeração do Word, não texto digitado");
        for (XWPFParagraph p : numbered) {
            assertEquals(numId, p.getNumID(), "uma numeração só: um parágrafo inserido renumera os seguintes");
            assertEquals(0, p.getNumIlvl().intValue());
            assertFalse(p.getText().matches("^\\d+\\..*"), "sem o número digitado: " + p.getText());
            assertFalse(p.getText().contains("\t"), p.getText());
        }
        assertTrue(numbered.get(0).getText().startsWith("Solicito a criação do subdomínio esus.santoamaro.ba.gov.br"));
        XWPFNumbering numbering = oficio.getNumbering();
        var num = numbering.getNum(numId).getCTNum();
        assertEquals(0, num.sizeOfLvlOverrideArray(), "começa em 1");
        var lvl = numbering.getAbstractNum(num.getAbstractNumId().getVal()).getCTAbstractNum().getLvlArray(0);
        assertEquals(STNumberFormat.DECIMAL, lvl.getNumFmt().getVal());
        assertEquals("%1.", lvl.getLvlText().getVal());
        assertEquals("1", lvl.getStart().getVal().toString());
        assertEquals(STJc.LEFT, lvl.getLvlJc().getVal());
        assertEquals("0", lvl.getPPr().getInd().getLeft().toString(), "número na margem");
        assertEquals("0", lvl.getPPr().getInd().getFirstLine().toString());
        assertFalse(lvl.getPPr().getInd().isSetHanging(), "as linhas seguintes voltam à margem");
        assertEquals("1418", lvl.getPPr().getTabs().getTabArray(0).getPos().toString(), "texto a 2,5 cm");
        assertFalse(lvl.isSetSuff(), "número seguido de tabulação (o padrão)");
        CTPPrGeneral ppr = style(oficio, "TextoNumerado").getPPr();
        assertEquals("1418", ppr.getTabs().getTabArray(0).getPos().toString(), "texto a 2,5 cm");
        assertEquals("0", ppr.getInd().getFirstLine().toString(), "número na margem");
        assertEquals("Texto", style(oficio, "TextoNumerado").getBasedOn().getVal());
        assertEquals(STJc.BOTH, jc(oficio, "TextoNumerado"));
        // Not numbered: the vocativo, the fecho and the texto of a document with fewer than three.
        for (XWPFParagraph p : bodyParagraphs(oficio)) {
            if (!"TextoNumerado".equals(p.getStyle())) {
                assertNull(p.getNumID(), p.getStyle() + ": " + p.getText());
            }
        }
    }

    @Test
    void signatureIsNeverAloneOnAPage() {
        List<XWPFParagraph> ps = bodyParagraphs(oficio);
        int fecho = indexOfStyle(ps, "Fecho");
        assertTrue(ps.get(fecho - 1).getCTP().getPPr().isSetKeepNext(), "último parágrafo preso ao fecho");
        assertTrue(style(oficio, "Fecho").getPPr().isSetKeepNext());
        assertTrue(style(oficio, "Assinatura").getPPr().isSetKeepNext());
        assertEquals("Assinatura", ps.get(fecho + 1).getStyle());
        assertEquals(String.join("\n", OficioFixture.SIGNATARIA), ps.get(fecho + 1).getText());
    }

    @Test
    void listsUseRealNumberingThatRestartsForEachOrderedList() {
        XWPFNumbering numbering = pop.getNumbering();
        assertNotNull(numbering, "numbering.xml");
        List<XWPFParagraph> items = bodyParagraphs(pop).stream().filter(p -> p.getNumID() != null).toList();
        assertFalse(items.isEmpty());
        Set<BigInteger> ordered = new HashSet<>();
        List<Integer> starts = new ArrayList<>();
        Set<Integer> levels = new HashSet<>();
        for (XWPFParagraph p : items) {
            levels.add(p.getNumIlvl().intValue());
            var num = numbering.getNum(p.getNumID()).getCTNum();
            var abs = numbering.getAbstractNum(num.getAbstractNumId().getVal()).getCTAbstractNum();
            STNumberFormat.Enum fmt = abs.getLvlArray(p.getNumIlvl().intValue()).getNumFmt().getVal();
            if (fmt == STNumberFormat.DECIMAL && ordered.add(p.getNumID())) {
                assertEquals(1, num.sizeOfLvlOverrideArray(), "recomeço da lista numerada");
                starts.add(num.getLvlOverrideArray(0).getStartOverride().getVal().intValue());
            } else if (fmt != STNumberFormat.DECIMAL) {
                assertEquals(STNumberFormat.BULLET, fmt);
            }
        }
        assertEquals(List.of(1, 1, 1, 4), starts, "cada lista numerada com sua própria numeração");
        assertEquals(Set.of(0, 1, 2), levels, "listas aninhadas em três níveis");
        XWPFParagraph nested = items.stream().filter(p -> p.getText().startsWith("porta do banco")).findFirst()
                .orElseThrow();
        assertEquals(1, nested.getNumIlvl().intValue());
    }

    @Test
    void eachCodeLineIsAParagraphThatWrapsWithAHangingIndent() {
        List<XWPFParagraph> code = bodyParagraphs(pop).stream().filter(p -> "Codigo".equals(p.getStyle())).toList();
        assertEquals(List.of("sudo systemctl stop e-SUS-PEC",
                "pg_dump -h localhost -p 5433 -U postgres -Fc -f /tmp/esus.backup esus",
                "    # a linha acima pede a senha do usuário postgres",
                "tar -czf esus-backup.tar.gz /tmp/esus.backup",
                "java -jar eSUS-AB-PEC-5.3.21-Linux64.jar -console \\",
                "  -cert-domain=esus.santoamaro.ba.gov.br \\",
                "  -url=\"jdbc:postgresql://localhost:5433/esus\" -username=\"postgres\" -password=\"...\""),
                code.stream().map(XWPFParagraph::getText).toList(), "uma linha do código por parágrafo, espaços mantidos");
        // The style: a wrapped line continues 1.5 em (284 twips) further in; no space between the lines of a block.
        CTPPrGeneral ppr = style(pop, "Codigo").getPPr();
        assertEquals(397, ((BigInteger) ppr.getInd().getLeft()).intValue());
        assertEquals(284, ((BigInteger) ppr.getInd().getHanging()).intValue());
        assertTrue(ppr.isSetContextualSpacing(), "sem espaço entre as linhas do mesmo bloco");
        assertTrue(ppr.isSetKeepLines(), "uma linha quebrada não se divide entre páginas");
        XWPFParagraph plain = code.get(0);
        assertTrue(plain.getCTP().getPPr().getInd() == null, "linha sem recuo: o do estilo");
        // An indented line starts at the box with its spaces and continues 1.5 em past them.
        XWPFParagraph indented = code.get(2);
        assertEquals(DocxBody.CODE_LEFT + 4 * DocxBody.CODE_SPACE + DocxBody.CODE_HANGING,
                indented.getIndentationLeft());
        assertEquals(4 * DocxBody.CODE_SPACE + DocxBody.CODE_HANGING, indented.getIndentationHanging());
    }

    @Test
    void theLinesOfACommandContinuedOverSeveralKeepWithTheNext() throws Exception {
        String bash = "ls\npg_restore -d esus \\\n  --clean \\\n  x.backup\nls";
        String powershell = "Copy-Item a `\n    \\\\servidor\\pasta\\\nls";
        Doc d = new Doc(DocxFixtures.pop().meta(), List.of(new Block.CodeBlock("bash", bash),
                new Block.CodeBlock("powershell", powershell), new Block.CodeBlock("text", bash)));
        List<Boolean> keep = bodyParagraphs(read(WRITER.write(d))).stream()
                .filter(p -> "Codigo".equals(p.getStyle()))
                .map(p -> p.getCTP().getPPr().isSetKeepNext()).toList();
        assertEquals(List.of(false, true, true, false, false, true, false, false, false, false, false, false, false),
                keep, "só as linhas que continuam o comando seguem com a próxima: o comando fica numa página");
    }

    @Test
    void tablesFillTheTextAreaAndRepeatTheirHeaderRow() {
        for (XWPFDocument d : List.of(pop, checklist, longo)) {
            XWPFTable t = d.getTables().get(0);
            int sum = t.getCTTbl().getTblGrid().getGridColList().stream()
                    .mapToInt(c -> ((BigInteger) c.getW()).intValue()).sum();
            assertEquals(11906 - 1701 - 851, sum, "largura da área de texto");
            for (CTTblGridCol c : t.getCTTbl().getTblGrid().getGridColList()) {
                assertTrue(((BigInteger) c.getW()).intValue() >= Math.round(TableWidths.MIN_COLUMN * 20) - 1);
            }
            XWPFTableRow header = t.getRow(0);
            assertTrue(header.isRepeatHeader(), "cabeçalho repetido em cada página");
            assertFalse(t.getRow(1).isRepeatHeader());
            for (XWPFTableRow r : t.getRows()) {
                assertTrue(r.isCantSplitRow(), "nenhuma linha partida entre páginas");
            }
            for (XWPFTableCell c : header.getTableCells()) {
                assertTrue(c.getParagraphs().get(0).getStyle().startsWith("TabelaCabecalho"));
                assertTrue(style(d, "TabelaCabecalho").getRPr().sizeOfBArray() == 1, "cabeçalho em negrito");
            }
            CTTblBorders b = t.getCTTbl().getTblPr().getTblBorders();
            assertEquals(STBorder.SINGLE, b.getInsideH().getVal());
            assertEquals(STBorder.SINGLE, b.getTop().getVal());
            assertEquals("4", b.getTop().getSz().toString(), "borda fina");
        }
        assertEquals(61, longo.getTables().get(0).getNumberOfRows());
        assertEquals("1060", longo.getTables().get(0).getRow(60).getCell(2).getText());
        assertEquals("TabelaTextoDireita", longo.getTables().get(0).getRow(60).getCell(2).getParagraphs().get(0)
                .getStyle());
    }

    @Test
    void checklistSectionsLineUpWithRoomForEveryWordAndForHandwriting() throws Exception {
        XWPFDocument d = read(WRITER.write(DocxFixtures.checklistSecoes()));
        List<XWPFTable> tables = d.getTables();
        assertEquals(3, tables.size());
        List<Integer> widths = grid(tables.get(0));
        for (XWPFTable t : tables) {
            assertEquals(widths, grid(t), "as seções têm as mesmas colunas, alinhadas no papel");
            for (XWPFTableRow r : t.getRows()) {
                assertTrue(r.isCantSplitRow());
                for (int c = 0; c < r.getTableCells().size(); c++) {
                    assertEquals(widths.get(c), ((BigInteger) r.getCell(c).getCTTc().getTcPr().getTcW().getW())
                            .intValue());
                }
            }
        }
        assertEquals(11906 - 1701 - 851, widths.stream().mapToInt(Integer::intValue).sum());
        // Beside seven columns of text the handwriting column yields up to 1 cm of its 4 (TableWidths.readable).
        assertTrue(widths.get(6) >= 1701 - 1 && widths.get(6) <= 2268 + 1, "Anotações da visita: de 3 a 4 cm");
        // No word is broken: every column is at least as wide as its widest word, margins included.
        for (XWPFTable t : tables) {
            for (XWPFTableRow r : t.getRows()) {
                boolean header = r == t.getRow(0);
                for (int c = 0; c < r.getTableCells().size(); c++) {
                    for (String word : r.getCell(c).getText().split("[\\s]+")) {
                        double need = br.esus.oficios.write.CarlitoWidths.of(word, header, 10) * 20
                                + 2 * DocxTable.CELL_MARGIN;
                        assertTrue(widths.get(c) >= need, "\"" + word + "\" cabe na coluna " + c + ": "
                                + widths.get(c) + " < " + need);
                    }
                }
            }
        }
        assertTrue(widths.get(1) > widths.get(2) + 200, "Item mais larga que Data: larguras pelo conteúdo, "
                + "não quase iguais: " + widths);
    }

    static List<Integer> grid(XWPFTable t) {
        return t.getCTTbl().getTblGrid().getGridColList().stream().map(c -> ((BigInteger) c.getW()).intValue())
                .toList();
    }

    @Test
    void checklistMarksArePicturesDrawnLikeThePdfs() throws Exception {
        Set<String> seen = new HashSet<>();
        for (XWPFRun r : runs(checklist)) {
            if (r.getEmbeddedPictures().isEmpty()) {
                continue;
            }
            assertEquals("Marca", r.getStyle(), "1,5 pt abaixo da linha de base, como no PDF");
            XWPFPicture pic = r.getEmbeddedPictures().get(0);
            MarkImage m = java.util.Arrays.stream(MarkImage.values())
                    .filter(x -> java.util.Arrays.equals(x.png(), pic.getPictureData().getData())).findFirst()
                    .orElseThrow(() -> new AssertionError("figura que não é uma marca"));
            seen.add(m.name());
            var ext = pic.getCTPicture().getSpPr().getXfrm().getExt();
            double side = m == MarkImage.CAIXA_VAZIA ? 10.3 : 10;
            assertEquals(Math.round(side * 12700), ext.getCx(), m + ": do tamanho da marca do PDF");
            assertEquals(Math.round((side + MarkImage.TOP) * 12700), ext.getCy(), "com a folga transparente em cima");
            // The description (once, DocxAccessibilityTest) is the label; the name always is.
            String name = r.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().getName();
            assertEquals(Inline.Symbol.valueOf(m.name()).label(), name, "o rótulo do status, o mesmo do PDF e do Markdown");
        }
        assertEquals(Set.of("CONCLUIDO", "PENDENTE_BAIXA", "PENDENTE_ALTA", "NAO_SE_APLICA", "CAIXA_VAZIA"), seen);
        assertEquals(5, checklist.getAllPackagePictures().size(), "cada figura uma vez só no pacote");
        String all = runs(checklist).stream().map(XWPFRun::text).collect(Collectors.joining());
        for (Inline.Symbol s : Inline.Symbol.values()) {
            assertFalse(all.contains(s.markdown()), "emoji no DOCX: " + s.markdown());
        }
        assertTrue(all.codePoints().noneMatch(c -> c >= 0x1F000 || c == 0xFE0F || c == 0x25CF || c == 0x2016),
                "nenhum emoji nem glifo no lugar da marca");
        assertArrayEquals(WRITER.write(DocxFixtures.checklist()), new DocxWriter().write(DocxFixtures.checklist()),
                "mesma entrada, mesmos bytes");
    }

    @Test
    void markPicturesHaveTheShapesAndColoursOfTheCss() throws Exception {
        // Points inside each mark's 10 pt box (Typesetter.mark), and what colour the PDF paints there.
        assertPixel(MarkImage.CONCLUIDO, 1.5, 5, 0x1B7A3A);       // the green circle
        assertPixel(MarkImage.CONCLUIDO, 5.5, 6.2, 0xFFFFFF);     // the white check
        assertPixel(MarkImage.CONCLUIDO, 0.3, 0.3, -1);           // outside the circle
        assertPixel(MarkImage.PENDENTE_BAIXA, 2.5, 5, 0xC98600);  // first bar
        assertPixel(MarkImage.PENDENTE_BAIXA, 7.5, 5, 0xC98600);  // second bar
        assertPixel(MarkImage.PENDENTE_BAIXA, 5, 5, -1);          // the gap
        assertPixel(MarkImage.PENDENTE_ALTA, 1.6, 8, 0x3A3A3A);   // the pole
        assertPixel(MarkImage.PENDENTE_ALTA, 4.5, 3.2, 0xC62828); // the flag
        assertPixel(MarkImage.PENDENTE_ALTA, 6, 8, -1);
        assertPixel(MarkImage.NAO_SE_APLICA, 5, 5, 0x6B6B6B);     // the dash
        assertPixel(MarkImage.NAO_SE_APLICA, 5, 2, -1);
        assertPixel(MarkImage.CAIXA_VAZIA, 0.4, 5, 0x000000);     // the border
        assertPixel(MarkImage.CAIXA_VAZIA, 5, 5, 0xFFFFFF);       // white inside
        assertPixel(MarkImage.CAIXA_VAZIA, 5, -0.5, -1);          // the room above, transparent
        for (MarkImage m : MarkImage.values()) {
            assertArrayEquals(m.png(), m.png());
        }
    }

    /** {@code rgb} -1: transparent. */
    static void assertPixel(MarkImage m, double x, double y, int rgb) throws IOException {
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new ByteArrayInputStream(m.png()));
        int argb = img.getRGB((int) (x * MarkImage.SCALE), (int) ((y + MarkImage.TOP) * MarkImage.SCALE));
        if (rgb < 0) {
            assertEquals(0, argb >>> 24, m + " transparente em " + x + "," + y);
        } else {
            assertEquals(0xFF, argb >>> 24, m + " opaco em " + x + "," + y);
            assertEquals(Integer.toHexString(rgb), Integer.toHexString(argb & 0xFFFFFF), m + " em " + x + "," + y);
        }
    }

    @Test
    void linksAreHyperlinks() {
        List<XWPFHyperlinkRun> links = runs(pop).stream().filter(r -> r instanceof XWPFHyperlinkRun)
                .map(r -> (XWPFHyperlinkRun) r).toList();
        XWPFHyperlinkRun manual = links.stream().filter(r -> r.text().equals("Manual do e-SUS APS")).findFirst()
                .orElseThrow();
        assertEquals("https://saps-ms.github.io/Manual-eSUS_APS/", manual.getHyperlink(pop).getURL());
        // A URL written out in the text is a hyperlink too, with a zero-width break after each dot of its host.
        XWPFHyperlinkRun written = links.stream().filter(r -> r.text().startsWith("https://esus.")).findFirst()
                .orElseThrow();
        assertEquals("https://esus.santoamaro.ba.gov.br", written.getHyperlink(pop).getURL());
        assertEquals("https://esus.\u200Bsantoamaro.\u200Bba.\u200Bgov.br", written.text());
    }

    @Test
    void corePropertiesDescribeTheDocument() {
        var core = oficio.getProperties().getCoreProperties();
        assertEquals("Ofício nº 12/2026/SMS/PMSA — Solicitação de subdomínio gov.br", core.getTitle());
        assertEquals("Secretaria Municipal de Saúde de Santo Amaro", core.getCreator());
        assertEquals("Solicitação de subdomínio gov.br para o e-SUS APS PEC", core.getSubject());
        assertEquals("ofício, e-SUS APS, gov.br, Santo Amaro", core.getKeywords());
        assertEquals("pt-BR", core.getUnderlyingProperties().getLanguageProperty().orElse(null));
    }

    @Test
    void wordOpensItWithoutCompatibilityModeInPortuguese() {
        String settings = oficio.getSettings().getCTSettings().xmlText();
        assertTrue(settings.contains("w:name=\"compatibilityMode\"") && settings.contains("w:val=\"15\""), settings);
        assertTrue(settings.contains("<w:themeFontLang w:val=\"pt-BR\"/>"), settings);
        // Lines ended by a manual break (endereçamento, signature) are not stretched when justified.
        assertTrue(settings.contains("<w:compat><w:doNotExpandShiftReturn/><w:compatSetting "), settings);
    }

    @Test
    void accentedTextSurvives() {
        // No-break spaces (TextBreaks) read as spaces here.
        String text = bodyParagraphs(oficio).stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"))
                .replace('\u00A0', ' ');
        assertTrue(text.contains(OficioFixture.IDENTIFICACAO));
        assertTrue(text.contains("Santo Amaro, 23 de novembro de 2026."));
        assertTrue(text.contains("O responsável técnico pela instalação é Maria da Conceição Souza"));
    }

    @Test
    void writesTheSameDocumentFromManyThreads() throws Exception {
        Doc doc = OficioFixture.oficio(OficioFixture.brasao(tmp));
        String expected = oficio.getDocument().xmlText();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Doc next = i % 2 == 0 ? doc : DocxFixtures.checklist();
                futures.add(pool.submit(() -> WRITER.write(next)));
            }
            for (int i = 0; i < futures.size(); i++) {
                XWPFDocument d = read(futures.get(i).get());
                if (i % 2 == 0) {
                    assertEquals(expected, d.getDocument().xmlText());
                } else {
                    assertEquals(1, d.getTables().size());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMissingBrasaoIsAClearError() {
        Doc ok = OficioFixture.oficio(tmp.resolve("nao-existe.png"));
        WriteException e = assertThrows(WriteException.class, () -> WRITER.write(ok));
        assertTrue(e.getMessage().contains("brasão"), e.getMessage());
        assertTrue(e.getMessage().contains("nao-existe.png"), e.getMessage());
    }

    @Test
    void letterheadWithoutBrasaoStillHasTheOrganNames() throws Exception {
        Doc d = OficioFixture.oficio(null);
        DocMeta m = d.meta();
        XWPFDocument x = read(WRITER.write(d));
        XWPFHeader first = x.getHeaderFooterPolicy().getFirstPageHeader();
        assertTrue(first.getAllPictures().isEmpty());
        assertEquals(m.headerLines(), texts(headerParagraphs(first)));
    }

    @Test
    void everyDocumentCarriesTheWholeStyleSheetAsPoiWritesIt() throws Exception {
        // The styles part is serialised once per writer; it must be byte for byte what POI writes for a document
        // that was given the sheet itself, and be in every document.
        XWPFDocument own = new XWPFDocument();
        DocxStyles sheet = DocxStyles.load();
        sheet.applyTo(own);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        own.write(out);
        own.getPackage().revert();
        byte[] expected = entry(out.toByteArray(), DocxStyles.PART_NAME);
        assertTrue(expected.length > 1000, "styles.xml com os estilos");
        for (byte[] docx : List.of(oficioBytes, WRITER.write(DocxFixtures.pop()), WRITER.write(DocxFixtures.checklist()))) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(expected, entry(docx, DocxStyles.PART_NAME));
        }
        assertNotNull(style(pop, "TextoNumerado").getPPr());
    }

    @Test
    void sameDocumentSameBytes() throws Exception {
        org.junit.jupiter.api.Assertions.assertArrayEquals(oficioBytes,
                WRITER.write(OficioFixture.oficio(OficioFixture.brasao(tmp))));
        org.junit.jupiter.api.Assertions.assertArrayEquals(oficioBytes,
                new DocxWriter().write(OficioFixture.oficio(OficioFixture.brasao(tmp))));
    }

    static byte[] entry(byte[] zip, String name) throws IOException {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("sem " + name);
    }

    // ---- helpers

    static CTStyle style(XWPFDocument d, String id) {
        var s = d.getStyles().getStyle(id);
        assertNotNull(s, "estilo " + id);
        return s.getCTStyle();
    }

    /** The paragraph alignment a style gets, itself or through the styles it is based on. */
    static STJc.Enum jc(XWPFDocument d, String id) {
        for (CTStyle s = style(d, id); s != null; s = s.isSetBasedOn() ? style(d, s.getBasedOn().getVal()) : null) {
            if (s.isSetPPr() && s.getPPr().isSetJc()) {
                return s.getPPr().getJc().getVal();
            }
        }
        return null;
    }

    /** The paragraphs of a header, including those in its tables. */
    static List<XWPFParagraph> headerParagraphs(XWPFHeader h) {
        List<XWPFParagraph> out = new ArrayList<>();
        for (IBodyElement e : h.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                out.add(p);
            } else if (e instanceof XWPFTable t) {
                t.getRows().forEach(r -> r.getTableCells().forEach(c -> out.addAll(c.getParagraphs())));
            }
        }
        return out;
    }

    static List<String> texts(List<XWPFParagraph> ps) {
        return ps.stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
    }

    static int indexOfStyle(List<XWPFParagraph> ps, String style) {
        for (int i = 0; i < ps.size(); i++) {
            if (style.equals(ps.get(i).getStyle())) {
                return i;
            }
        }
        throw new AssertionError("sem parágrafo " + style);
    }

    /** Body paragraphs in order, including those inside table cells. */
    static List<XWPFParagraph> bodyParagraphs(XWPFDocument d) {
        List<XWPFParagraph> out = new ArrayList<>();
        for (IBodyElement e : d.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                out.add(p);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow r : t.getRows()) {
                    for (XWPFTableCell c : r.getTableCells()) {
                        out.addAll(c.getParagraphs());
                    }
                }
            }
        }
        return out;
    }

    static List<XWPFRun> runs(XWPFDocument d) {
        return bodyParagraphs(d).stream().flatMap(p -> p.getRuns().stream()).toList();
    }

    static List<String> childNames(XmlObject o) {
        List<String> names = new ArrayList<>();
        try (XmlCursor c = o.newCursor()) {
            if (c.toFirstChild()) {
                do {
                    names.add(c.getName().getLocalPart());
                } while (c.toNextSibling());
            }
        }
        return names;
    }
}
