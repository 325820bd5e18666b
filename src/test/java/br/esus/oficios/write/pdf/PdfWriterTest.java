package br.esus.oficios.write.pdf;

import br.esus.oficios.write.OficioFixture;
import br.esus.oficios.doc.Doc;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** What a person opening the PDFs would check, plus what a PDF/A validator checks. */
class PdfWriterTest {

    static final Path OUT = Path.of("target", "pdf-amostras");
    static FontChoice fonts;
    static PdfWriter writer;
    static final Map<String, byte[]> rendered = new ConcurrentHashMap<>();

    @BeforeAll
    static void setUp() throws IOException {
        VeraGreenfieldFoundryProvider.initialise();
        fonts = FontChoice.resolve(null);
        writer = new PdfWriter(fonts);
        Files.createDirectories(OUT);
    }

    /** Renders once per fixture, and keeps a copy in target/ to look at (pdftoppm). */
    static byte[] pdf(String name) {
        return rendered.computeIfAbsent(name, n -> {
            Path brasao = OficioFixture.brasao(OUT);
            Doc doc = switch (n) {
                case "oficio" -> OficioFixture.oficio(brasao);
                case "pop" -> Fixtures.pop();
                case "checklist" -> Fixtures.checklist();
                case "oficio-longo" -> Fixtures.longOficio(brasao);
                case "hostil" -> Fixtures.hostile();
                case "comandos" -> Fixtures.comandos();
                case "oficio-ultimo-longo" -> Fixtures.oficioComUltimoLongo(brasao, 4);
                case "oficio-ultimo-mais-longo" -> Fixtures.oficioComUltimoLongo(brasao, 7);
                default -> throw new IllegalArgumentException(n);
            };
            try {
                byte[] bytes = writer.write(doc);
                Files.write(OUT.resolve(n + ".pdf"), bytes);
                return bytes;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    /** veraPDF passes the PDF as both profiles it declares, PDF/A-2a and PDF/UA-1. */
    static void assertPdfA2aAndUa1(String name) throws Exception {
        String failures = VeraPdf.failures(pdf(name));
        if (!failures.isEmpty()) {
            fail(name + " não é PDF/A-2a e PDF/UA-1:\n" + failures);
        }
    }

    static String text(PDDocument d, int fromPage, int toPage) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(fromPage);
        s.setEndPage(toPage);
        return s.getText(d);
    }

    @Test
    void oficioIsPdfA2aAndUa1() throws Exception {
        assertPdfA2aAndUa1("oficio");
    }

    @Test
    void popIsPdfA2aAndUa1() throws Exception {
        assertPdfA2aAndUa1("pop");
    }

    @Test
    void checklistIsPdfA2aAndUa1() throws Exception {
        assertPdfA2aAndUa1("checklist");
    }

    @Test
    void longOficioIsPdfA2aAndUa1() throws Exception {
        assertPdfA2aAndUa1("oficio-longo");
    }

    @Test
    void oddCharactersAndMarkupStillGiveAPdfA2aAndUa1() throws Exception {
        assertPdfA2aAndUa1("hostil");
        try (PDDocument d = Loader.loadPDF(pdf("hostil"))) {
            String all = text(d, 1, d.getNumberOfPages());
            assertTrue(all.contains("<script>alert('x')</script>"), "markup printed as text:\n" + all);
            assertTrue(all.contains("link perigoso") && all.contains("link bom"));
            assertTrue(d.getPage(0).getAnnotations().stream()
                    .noneMatch(a -> a.getCOSObject().toString().contains("javascript")), "no javascript link");
        }
    }

    @Test
    void charactersNoFontHasAreNamedInOneWarningAndTheBundledFontDrawsWhatItHas() throws Exception {
        var written = writer.writeWithWarnings(Fixtures.hostile());
        assertEquals(List.of("caracteres que a fonte do PDF não tem saíram como #: ✓ (U+2713), ★ (U+2605), "
                + "😀 (U+1F600), 🚩 (U+1F6A9), ✅ (U+2705), 中 (U+4E2D), 文 (U+6587); use --fonte com uma fonte que os "
                + "tenha"), written.warnings(), "um aviso, com cada caractere uma vez, na ordem do texto");
        try (PDDocument d = Loader.loadPDF(written.bytes())) {
            String all = text(d, 1, d.getNumberOfPages());
            // Carlito has no ♥; Liberation Sans, in the jar, has: drawn with it, in its place in the text.
            assertTrue(all.contains("→ ← # # ♥, emoji ###"), all);
            Set<String> names = new HashSet<>();
            collectFonts(d.getPage(0).getResources(), names, "hostil");
            if (!fonts.bodyName().equals("Liberation Sans")) {
                assertTrue(names.stream().anyMatch(n -> n.endsWith("+LiberationSans")), names.toString());
            }
        }
        assertPdfA2aAndUa1("hostil");
        assertEquals(List.of(), writer.writeWithWarnings(OficioFixture.oficio(OficioFixture.brasao(OUT))).warnings());
        try (PDDocument d = Loader.loadPDF(pdf("oficio"))) {
            Set<String> names = new HashSet<>();
            collectFonts(d.getPage(0).getResources(), names, "oficio");
            if (!fonts.bodyName().equals("Liberation Sans")) {
                assertTrue(names.stream().noneMatch(n -> n.contains("LiberationSans")), "sem fonte reserva: " + names);
            }
        }
    }

    @Test
    void theWarningNamesAtMostTenCharacters() {
        assertEquals("caractere que a fonte do PDF não tem saiu como #: ✓ (U+2713); use --fonte com uma fonte que o "
                + "tenha", MissingGlyphs.warning(List.of(0x2713)));
        List<Integer> many = new ArrayList<>();
        for (int cp = 0x4E00; cp < 0x4E0C; cp++) {
            many.add(cp);
        }
        String w = MissingGlyphs.warning(many);
        assertTrue(w.contains("三 (U+4E09) e mais 2; use --fonte"), w);
    }

    @Test
    void rendersInParallelWithOneWriter() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            java.util.List<java.util.concurrent.Future<byte[]>> futures = new java.util.ArrayList<>();
            Path brasao = OficioFixture.brasao(OUT);
            for (int i = 0; i < 6; i++) {
                Doc doc = i % 2 == 0 ? OficioFixture.oficio(brasao) : Fixtures.checklist();
                futures.add(pool.submit(() -> writer.write(doc)));
            }
            for (int i = 0; i < futures.size(); i++) {
                try (PDDocument d = Loader.loadPDF(futures.get(i).get())) {
                    String all = text(d, 1, d.getNumberOfPages());
                    assertTrue(all.contains(i % 2 == 0 ? "Senhor Diretor-Presidente" : "Visita técnica"), all);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oficioFitsOnOnePageWithItsTextAndAccents() throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf("oficio"))) {
            assertEquals(1, d.getNumberOfPages(), "o ofício de cinco parágrafos cabe em uma página");
            String all = text(d, 1, 1);
            for (String expected : new String[] {"Santo Amaro", OficioFixture.CNPJ, "Saúde", "Município", "OFÍCIO",
                    "atenção", "Prefeitura Municipal de Santo Amaro", "esus.santoamaro.ba.gov.br",
                    "ANA PAULA DE OLIVEIRA SANTOS", "Rua Conselheiro Saraiva"}) {
                assertTrue(all.contains(expected), () -> "falta \"" + expected + "\" no texto:\n" + all);
            }
            for (int n = 1; n <= 5; n++) {
                String number = n + ".";
                assertTrue(all.lines().anyMatch(l -> l.startsWith(number)), "parágrafo numerado " + n);
            }
        }
    }

    @Test
    void pageNumbersStartOnTheSecondPage() throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf("oficio-longo"))) {
            assertTrue(d.getNumberOfPages() >= 3, "o documento longo tem 3 páginas ou mais");
            Set<String> firstLines = text(d, 1, 1).lines().map(String::strip).collect(Collectors.toSet());
            assertFalse(firstLines.contains("1"), "página 1 sem número");
            for (int page = 2; page <= d.getNumberOfPages(); page++) {
                String n = String.valueOf(page);
                assertTrue(text(d, page, page).lines().map(String::strip).anyMatch(n::equals),
                        "a página " + page + " mostra o número " + page);
            }
            String last = text(d, d.getNumberOfPages(), d.getNumberOfPages());
            assertTrue(last.contains("ANA PAULA DE OLIVEIRA SANTOS") && last.contains("Atenciosamente"),
                    "fecho e assinatura na última página");
            assertTrue(last.lines().anyMatch(l -> l.matches("\\d+\\.\\s+\\S.*")),
                    "a assinatura não fica sozinha: um parágrafo numerado a acompanha\n" + last);
        }
    }

    private static int indexOf(List<DrawnLine> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).text().startsWith(start)) {
                return i;
            }
        }
        return -1;
    }

    /** Bottom of the text area of a page: A4 less the 2 cm margin, in points from the top. */
    static final float TEXT_BOTTOM = 841.89f - 56.69f;

    @Test
    void aLongLastParagraphLendsTheSignatureItsLastLinesNotItsWhole() throws Exception {
        // The paragraph ends page 1 and the signature does not fit under it: a few of its lines go along.
        for (String name : new String[] {"oficio-ultimo-longo", "oficio-ultimo-mais-longo"}) {
            assertPdfA2aAndUa1(name);
            try (PDDocument d = Loader.loadPDF(pdf(name))) {
                assertEquals(2, d.getNumberOfPages(), name);
                List<DrawnLine> lines = drawnLines(d);
                List<DrawnLine> page1 = lines.stream().filter(l -> l.page() == 1 && l.y() < TEXT_BOTTOM).toList();
                List<DrawnLine> page2 = lines.stream().filter(l -> l.page() == 2 && l.y() < TEXT_BOTTOM).toList();
                int start = indexOf(page1, "5.");
                assertTrue(start >= 0, name + ": o último parágrafo começa na página 1");
                int onPage1 = page1.size() - start;
                int fecho = indexOf(page2, "Atenciosamente");
                assertTrue(fecho >= 0, name + ": o fecho na página 2");
                assertTrue(fecho >= 2 && fecho <= 4, name + ": duas a quatro linhas do último parágrafo acompanham "
                        + "o fecho, não o parágrafo inteiro: " + fecho);
                assertTrue(onPage1 > fecho, name + ": o parágrafo fica quase todo na página 1: " + onPage1);
                String ending = Fixtures.ultimoLongo(1);
                assertTrue(ending.endsWith(oneLine(page2.get(fecho - 1).text())), "a última frase vai junto");
                assertTrue(page2.get(fecho + 1).text().contains("ANA PAULA DE OLIVEIRA SANTOS"), "e a assinatura");
                // What is left blank at the foot of page 1: at most the room of the fecho and signature plus the
                // lines that went with them (moving the whole paragraph left a third of the page blank).
                float blank = TEXT_BOTTOM - page1.get(page1.size() - 1).y();
                assertTrue(blank < 175, name + ": página 1 bem preenchida; sobram " + blank + " pt");
            }
        }
        try (PDDocument d = Loader.loadPDF(pdf("oficio-ultimo-mais-longo"))) {
            List<DrawnLine> page1 = drawnLines(d).stream().filter(l -> l.page() == 1 && l.y() < TEXT_BOTTOM).toList();
            assertTrue(TEXT_BOTTOM - page1.get(page1.size() - 1).y() < 30, "quebra no meio do texto: página cheia");
        }
    }

    @Test
    void popShowsHeadingsCodeAndTable() throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf("pop"))) {
            String all = text(d, 1, d.getNumberOfPages());
            for (String expected : new String[] {"Migração do servidor", "pg_dump", "Parâmetro", OficioFixture.CNPJ,
                    "/opt/e-SUS/webserver", "abcdefghijklmnopqrstuvwxyz0123456789", "Observação"}) {
                assertTrue(all.contains(expected), () -> "falta \"" + expected + "\" no POP:\n" + all);
            }
        }
    }

    /** A line of text as drawn: where its first visible glyph is, and its text. */
    record DrawnLine(int page, float x, float y, String text) {
    }

    /** The lines of every page, top to bottom, with the x of their first visible glyph (points from the left). */
    static List<DrawnLine> drawnLines(PDDocument d) throws IOException {
        List<DrawnLine> lines = new ArrayList<>();
        for (int page = 1; page <= d.getNumberOfPages(); page++) {
            java.util.TreeMap<Integer, List<TextPosition>> byY = new java.util.TreeMap<>();
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    byY.computeIfAbsent(Math.round(t.getYDirAdj()), k -> new ArrayList<>()).add(t);
                }
            };
            s.setStartPage(page);
            s.setEndPage(page);
            s.getText(d);
            for (List<TextPosition> glyphs : byY.values()) {
                glyphs.sort(java.util.Comparator.comparingDouble(TextPosition::getXDirAdj));
                StringBuilder text = new StringBuilder();
                float end = -1;
                for (TextPosition g : glyphs) {
                    if (end >= 0 && g.getXDirAdj() - end > g.getWidthOfSpace() * 0.5f) {
                        text.append(' ');
                    }
                    text.append(g.getUnicode());
                    end = g.getXDirAdj() + g.getWidthDirAdj();
                }
                TextPosition ink = glyphs.stream().filter(g -> !g.getUnicode().isBlank()).findFirst()
                        .orElse(glyphs.get(0));
                lines.add(new DrawnLine(page, ink.getXDirAdj(), ink.getYDirAdj(), text.toString()));
            }
        }
        return lines;
    }

    private static String oneLine(CharSequence s) {
        return s.toString().strip().replaceAll("\\s+", " ");
    }

    @Test
    void aWrappedCommandContinuesFurtherInThanTheNextCommand() throws Exception {
        assertPdfA2aAndUa1("comandos");
        try (PDDocument d = Loader.loadPDF(pdf("comandos"))) {
            List<DrawnLine> all = drawnLines(d);
            float em = 9.5f;
            // The two code boxes (in the list and outside): their lines from the first command to the last.
            for (int box = 0; box < 2; box++) {
                int start = -1;
                int seen = 0;
                for (int i = 0; i < all.size(); i++) {
                    if (all.get(i).text().startsWith("pg_dump ") && seen++ == box) {
                        start = i;
                        break;
                    }
                }
                assertTrue(start >= 0, "caixa " + box);
                float left = all.get(start).x();
                int i = start;
                for (String command : Fixtures.COMANDOS) {
                    if (command.isEmpty()) {
                        continue;
                    }
                    DrawnLine first = all.get(i);
                    int spaces = command.length() - command.stripLeading().length();
                    assertEquals(left + spaces * 0.6f * em, first.x(), 0.8f,
                            "o comando começa na margem da caixa: " + first.text());
                    StringBuilder joined = new StringBuilder(first.text());
                    i++;
                    while (i < all.size() && !oneLine(joined).equals(oneLine(command))) {
                        DrawnLine next = all.get(i);
                        assertEquals(first.x() + 1.5f * em, next.x(), 0.8f,
                                "a continuação de \"" + first.text() + "\" fica 1,5 em para dentro: " + next.text());
                        joined.append(' ').append(next.text());
                        i++;
                    }
                    assertEquals(oneLine(command), oneLine(joined), "o texto do comando, inteiro");
                }
                assertTrue(all.subList(start, i).stream().anyMatch(l -> l.x() > left + em),
                        "há linhas quebradas no teste");
            }
            // Copied from the PDF (content order, as viewers copy), each command reads as written.
            String copied = oneLine(text(d, 1, d.getNumberOfPages()));
            for (String command : Fixtures.COMANDOS) {
                assertTrue(copied.contains(oneLine(command)), "o comando, copiado do PDF: " + command + "\n" + copied);
            }
            // Quoted paths are never broken.
            for (String quoted : new String[] {"-url=\"jdbc:postgresql://localhost:5433/esus\"",
                    "\"C:\\Program Files\\e-SUS\\webserver\\chaves\""}) {
                assertEquals(2, all.stream().filter(l -> l.text().contains(quoted)).count(),
                        quoted + " inteiro numa linha, nas duas caixas");
            }
        }
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        for (String name : new String[] {"oficio", "pop", "checklist"}) {
            try (PDDocument d = Loader.loadPDF(pdf(name))) {
                Set<String> names = new HashSet<>();
                for (PDPage page : d.getPages()) {
                    collectFonts(page.getResources(), names, name);
                }
                assertFalse(names.isEmpty(), name + " usa fontes");
            }
        }
    }

    private static void collectFonts(PDResources res, Set<String> names, String doc) throws IOException {
        if (res == null) {
            return;
        }
        for (COSName fn : res.getFontNames()) {
            PDFont font = res.getFont(fn);
            names.add(font.getName());
            assertTrue(font.isEmbedded(), doc + ": fonte não embutida: " + font.getName());
            assertTrue(font instanceof PDType0Font, doc + ": fonte " + font.getName() + " não é TrueType/CID");
        }
        for (COSName xn : res.getXObjectNames()) {
            PDXObject x = res.getXObject(xn);
            if (x instanceof PDFormXObject form) {
                collectFonts(form.getResources(), names, doc);
            }
        }
    }

    @Test
    void metadataHasTitleAuthorCreatorAndLanguage() throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf("oficio"))) {
            var info = d.getDocumentInformation();
            assertEquals("Ofício nº 12/2026/SMS/PMSA — Solicitação de subdomínio gov.br", info.getTitle());
            assertEquals(OficioFixture.AUTOR, info.getAuthor());
            assertEquals("gerar-oficios", info.getCreator());
            assertTrue(info.getKeywords().contains("e-SUS APS"));
            assertEquals("pt-BR", d.getDocumentCatalog().getLanguage());
            assertTrue(d.getDocumentCatalog().getMarkInfo().isMarked(), "PDF marcado (tagged)");
            assertTrue(d.getDocumentCatalog().getStructureTreeRoot() != null, "árvore de estrutura");
            assertTrue(d.getDocumentCatalog().getViewerPreferences().displayDocTitle(), "leitor mostra o título");
            // The XMP says what the Info dictionary says (PDF/A 6.6.3), plus the language and PDF/A-2b.
            XMPMetadata xmp = new DomXmpParser().parse(d.getDocumentCatalog().getMetadata().toByteArray());
            assertEquals(info.getTitle(), xmp.getDublinCoreSchema().getTitle());
            assertEquals(List.of(info.getAuthor()), xmp.getDublinCoreSchema().getCreators());
            assertEquals(info.getSubject(), xmp.getDublinCoreSchema().getDescription());
            assertEquals(List.of("pt-BR"), xmp.getDublinCoreSchema().getLanguages());
            assertEquals("application/pdf", xmp.getDublinCoreSchema().getFormat());
            assertEquals(info.getKeywords(), xmp.getAdobePDFSchema().getKeywords());
            assertEquals(info.getProducer(), xmp.getAdobePDFSchema().getProducer());
            assertEquals("gerar-oficios", xmp.getXMPBasicSchema().getCreatorTool(), "nosso XMP");
            assertEquals(info.getCreationDate().toInstant(), xmp.getXMPBasicSchema().getCreateDate().toInstant());
            assertEquals(info.getModificationDate().toInstant(), xmp.getXMPBasicSchema().getModifyDate().toInstant());
            assertEquals(2, xmp.getPDFAIdentificationSchema().getPart());
            assertEquals("A", xmp.getPDFAIdentificationSchema().getConformance());
            var ua = xmp.getSchema("http://www.aiim.org/pdfua/ns/id/");
            assertEquals(1, ua.getIntegerPropertyValueAsSimple("part"), "pdfuaid:part = 1 (PDF/UA-1)");
            assertTrue(xmp.getPDFExtensionSchema() != null, "o pdfuaid descrito no pdfaExtension (PDF/A)");
        }
    }

    @Test
    void pdfAndDocxSayTheSameCreationInstant() throws Exception {
        java.time.Instant midnightInBrasilia = java.time.Instant.parse("2026-11-23T03:00:00Z");
        try (PDDocument d = Loader.loadPDF(pdf("oficio"))) {
            assertEquals(midnightInBrasilia, d.getDocumentInformation().getCreationDate().toInstant());
            String xmp = new String(d.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("2026-11-23T00:00:00-03:00"), "a hora de Brasília, no XMP: " + xmp);
        }
        byte[] docx = new br.esus.oficios.write.docx.DocxWriter().write(OficioFixture.oficio(OficioFixture.brasao(OUT)));
        try (var x = new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(docx))) {
            var core = x.getProperties().getCoreProperties();
            assertEquals(midnightInBrasilia, core.getCreated().toInstant(), "DOCX criado no mesmo instante do PDF");
            assertEquals(midnightInBrasilia, core.getModified().toInstant());
        }
    }

    @Test
    void aFontThePdfDoesNotCarryIsRefused() throws Exception {
        try (PDDocument d = new PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            d.addPage(page);
            org.apache.pdfbox.pdmodel.PDResources res = new org.apache.pdfbox.pdmodel.PDResources();
            res.add(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA));
            page.setResources(res);
            IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                    () -> PdfA2b.finish(d, java.awt.color.ICC_Profile.getInstance(
                            java.awt.color.ColorSpace.CS_sRGB).getData()));
            assertTrue(e.getMessage().contains("Helvetica"), e.getMessage());
        }
    }
}
