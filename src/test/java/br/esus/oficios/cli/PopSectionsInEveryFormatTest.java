package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.render.MarkdownToDoc;
import br.esus.oficios.write.docx.DocxWriter;
import br.esus.oficios.write.pdf.PdfWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The POP has the form of an SOP in its three formats: on page 1, under the letterhead and the title, the
 * identification table (code, version, status, dates, author), then sections 1 to 4, the procedure (5), and 6 to 9;
 * the approvals (9) with their heading, their three signature rows and the distribution on the last page, never split.
 * The DOCX is also checked as LibreOffice paginates it ({@code soffice}, as in {@link PopCommandsCopyWholeTest}). A
 * section marked {@code {.inteira}} is also pushed across a page break on purpose, with more and more text before it,
 * to see that it moves whole to the next page where the same section without the mark is split.
 */
class PopSectionsInEveryFormatTest {

    static final List<String> SECTIONS = List.of("1. Objetivo", "2. Escopo e abrangência", "3. Definições",
            "4. Responsabilidades", "5. Procedimento", "6. Solução de problemas", "7. Referências",
            "8. Histórico de revisões", "9. Aprovações e distribuição");
    static final List<String> IDENTIFICATION = List.of("Código", "Versão", "Situação", "Criação", "Revisão",
            "Elaborado por");
    /** The identification of each example: Santo Amaro has a {@code pop:} block, Itabaiana the defaults. */
    static final Map<String, List<String>> VALUES = Map.of(
            "ba-santo-amaro", List.of("POP-TI-001", "1.1", "Vigente", "20/10/2026", "23/11/2026",
                    "Rafael Nunes Teixeira, Coordenador de Tecnologia da Informação"),
            "se-itabaiana", List.of("POP-TI-001", "1.0", "Vigente", "23/11/2026", "—", "Juliana Prado Andrade"));
    static final Map<String, String> PREFEITURA = Map.of("ba-santo-amaro", "Prefeitura Municipal de Santo Amaro",
            "se-itabaiana", "Prefeitura Municipal de Itabaiana");
    /** The signature rows; the function is kept on one line (a no-break space). */
    static final List<String> SIGNATURES = List.of("Elaborado\u00A0por", "Revisado\u00A0por", "Aprovado\u00A0por");

    /** How many filler paragraphs come before the section pushed across a page break. */
    static final List<Integer> FILLERS = List.of(20, 22, 24, 26, 28, 30, 32, 34);

    @TempDir
    static Path cwd;

    static final Map<String, String> markdown = new LinkedHashMap<>();
    static final Map<String, Path> pdf = new LinkedHashMap<>();
    static final Map<String, Path> docx = new LinkedHashMap<>();
    /** Every DOCX of the test as LibreOffice prints it, by file name without extension; empty without LibreOffice. */
    static final Map<String, Path> docxAsPdf = new LinkedHashMap<>();
    static String sofficeMissing;

    @BeforeAll
    static void render() throws Exception {
        CliRun.copyExamples(cwd);
        CliRun run = CliRun.run(cwd, Map.of(), "gerar", "-d", "pop");
        assertEquals(0, run.exit(), run.toString());
        Path docxDir = Files.createDirectories(cwd.resolve("docx"));
        List<Path> all = new ArrayList<>();
        for (String name : VALUES.keySet().stream().sorted().toList()) {
            Path folder = cwd.resolve("output").resolve(name);
            markdown.put(name, Files.readString(folder.resolve("pop.md"), StandardCharsets.UTF_8));
            pdf.put(name, folder.resolve("pop.pdf"));
            docx.put(name, folder.resolve("pop.docx"));
            all.add(Files.copy(folder.resolve("pop.docx"), docxDir.resolve(name + ".docx")));
        }
        for (int n : FILLERS) {
            for (boolean whole : List.of(true, false)) {
                Doc d = pushed(n, whole);
                Files.write(cwd.resolve(pushedName(n, whole) + ".pdf"), new PdfWriter((Path) null).write(d));
                all.add(Files.write(docxDir.resolve(pushedName(n, whole) + ".docx"), new DocxWriter().write(d)));
            }
        }

        Map<String, Path> pdfs = LibreOffice.toPdf(cwd, all, 300);
        if (pdfs.isEmpty()) {
            sofficeMissing = LibreOffice.MISSING;
            return;
        }
        docxAsPdf.putAll(pdfs);
    }

    // ------------------------------------------------------------------------------------------------ Markdown

    @Test
    void theMarkdownHasTheIdentificationUnderTheTitleThenTheNineSections() {
        for (var e : markdown.entrySet()) {
            List<String> lines = e.getValue().lines().toList();
            List<String> h2 = lines.stream().filter(l -> l.startsWith("## ")).map(l -> l.substring(3)).toList();
            assertEquals(SECTIONS, h2, e.getKey());
            int title = lines.indexOf(lines.stream().filter(l -> l.startsWith("# POP — ")).findFirst().orElseThrow());
            assertEquals("", lines.get(title + 1));
            assertEquals(cells(lines.get(title + 2)), IDENTIFICATION, e.getKey());
            assertEquals(VALUES.get(e.getKey()), cells(lines.get(title + 4)), e.getKey());
            assertEquals("", lines.get(title + 5));
            assertEquals("## 1. Objetivo", lines.get(title + 6), e.getKey());

            int approvals = lines.indexOf("## 9. Aprovações e distribuição");
            assertEquals(List.of("Função", "Nome e cargo", "Assinatura", "Data"), cells(lines.get(approvals + 2)));
            for (int i = 0; i < SIGNATURES.size(); i++) {
                List<String> row = cells(lines.get(approvals + 4 + i));
                assertEquals(SIGNATURES.get(i), row.get(0));
                assertEquals(List.of("", ""), row.subList(2, 4), "assinatura e data em branco, à mão");
            }
        }
        List<String> santoAmaro = markdown.get("ba-santo-amaro").lines().toList();
        int approvals = santoAmaro.indexOf("## 9. Aprovações e distribuição");
        assertEquals(List.of("Aprovado\u00A0por", "Ana Beatriz Conceição Lima, Secretária Municipal de Saúde", "", ""),
                cells(santoAmaro.get(approvals + 6)));
        assertEquals(List.of("Revisado\u00A0por", "Carla Menezes Souza, Diretora de Atenção Primária", "", ""),
                cells(santoAmaro.get(approvals + 5)));
        assertTrue(markdown.get("ba-santo-amaro").contains("| 1.1 | 23/11/2026 | Cópia e restauração por scripts "
                + "conferidos; backup agendado |"), "o histórico do arquivo do município");
        assertTrue(markdown.get("se-itabaiana").contains("| 1.0 | 23/11/2026 | Criação do documento |"),
                "o histórico padrão");
        assertTrue(markdown.get("se-itabaiana").contains("| Revisado\u00A0por |  |  |  |"), "revisor em branco");
    }

    // ------------------------------------------------------------------------------------------------ PDF

    @Test
    void thePdfHasTheIdentificationFirstOnPageOneAndTheApprovalsOnTheLastPage() throws IOException {
        for (var e : pdf.entrySet()) {
            checkPages("pop.pdf de " + e.getKey(), e.getKey(), pages(e.getValue()));
        }
    }

    // ------------------------------------------------------------------------------------------------ DOCX

    @Test
    void theDocxHasTheSameStructure() throws IOException {
        for (var e : docx.entrySet()) {
            String what = "pop.docx de " + e.getKey();
            try (InputStream in = Files.newInputStream(e.getValue()); XWPFDocument d = new XWPFDocument(in)) {
                List<IBodyElement> body = d.getBodyElements();
                XWPFParagraph title = (XWPFParagraph) body.get(0);
                assertEquals("Heading1", title.getStyle(), what);
                assertTrue(title.getText().startsWith("POP — Instalação"), what);
                XWPFTable id = (XWPFTable) body.get(1);
                assertEquals(IDENTIFICATION, texts(id.getRow(0)), what);
                assertEquals(VALUES.get(e.getKey()), texts(id.getRow(1)), what);
                List<String> h2 = d.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()))
                        .map(XWPFParagraph::getText).toList();
                assertEquals(SECTIONS, h2, what);
                XWPFParagraph firstSection = body.stream().filter(b -> b instanceof XWPFParagraph p
                        && "Heading2".equals(p.getStyle())).map(XWPFParagraph.class::cast).findFirst().orElseThrow();
                assertEquals(3, body.indexOf(firstSection), what + ": tabela, parágrafo de depois dela, 1. Objetivo");
                assertTrue(d.getHeaderList().stream().anyMatch(h -> h.getText().contains(PREFEITURA.get(e.getKey()))),
                        what + ": timbre da prefeitura no cabeçalho");

                // The approvals: heading, table, distribution; every paragraph keeps with the next but the last.
                int approvals = body.indexOf(d.getParagraphs().stream()
                        .filter(p -> p.getText().equals("9. Aprovações e distribuição")).findFirst().orElseThrow());
                XWPFTable signatures = (XWPFTable) body.get(approvals + 1);
                assertEquals(List.of("Função", "Nome e cargo", "Assinatura", "Data"), texts(signatures.getRow(0)));
                assertEquals(SIGNATURES, signatures.getRows().subList(1, 4).stream().map(r -> texts(r).get(0))
                        .toList(), what);
                for (XWPFTableRow row : signatures.getRows().subList(1, 4)) {
                    assertTrue(row.getHeight() >= 680, what + ": linha de assinatura com 1,2 cm");
                    assertTrue(row.isCantSplitRow(), what);
                }
                List<XWPFParagraph> section = new ArrayList<>();
                for (IBodyElement b : body.subList(approvals, body.size())) {
                    if (b instanceof XWPFParagraph p) {
                        section.add(p);
                    } else if (b instanceof XWPFTable t) {
                        t.getRows().forEach(r -> r.getTableCells().forEach(c -> section.addAll(c.getParagraphs())));
                    }
                }
                assertTrue(section.get(section.size() - 1).getText().startsWith("Coordenação da implantação"), what);
                for (XWPFParagraph p : section.subList(0, section.size() - 1)) {
                    assertTrue(p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetKeepNext()
                            || "Heading2".equals(p.getStyle()), what + ": mantém com o seguinte: " + p.getText());
                }
            }
        }
    }

    @Test
    void theDocxAsLibreOfficePrintsItHasTheIdentificationOnPageOneAndTheApprovalsOnTheLastPage() throws IOException {
        assumeLibreOffice();
        for (String name : docx.keySet()) {
            checkPages("pop.docx de " + name + " (LibreOffice)", name, pages(docxAsPdf.get(name)));
        }
    }

    // ------------------------------------------------------------------------------ a section pushed across a page

    @Test
    void aWholeSectionMovesToTheNextPageInThePdf() throws IOException {
        checkPushed("PDF", n -> cwd.resolve(pushedName(n, true) + ".pdf"),
                n -> cwd.resolve(pushedName(n, false) + ".pdf"));
    }

    @Test
    void aWholeSectionMovesToTheNextPageInTheDocxAsLibreOfficePrintsIt() throws IOException {
        assumeLibreOffice();
        checkPushed("DOCX (LibreOffice)", n -> docxAsPdf.get(pushedName(n, true)),
                n -> docxAsPdf.get(pushedName(n, false)));
    }

    private interface FileFor {
        Path of(int fillers);
    }

    /**
     * With the mark, the heading and the last line of the section are on one page for every amount of text before
     * it; without it, some amount splits the section (so the amounts do push it across a page break).
     */
    private static void checkPushed(String what, FileFor whole, FileFor plain) throws IOException {
        int splitWithout = 0;
        for (int n : FILLERS) {
            List<String> p = pages(whole.of(n));
            assertEquals(page(p, "9. Aprovações e distribuição"), page(p, "Aprovado por"), what + ", " + n);
            assertEquals(page(p, "9. Aprovações e distribuição"), page(p, "Última cópia da lista"), what + ", " + n);
            List<String> q = pages(plain.of(n));
            if (page(q, "9. Aprovações e distribuição") != page(q, "Última cópia da lista")) {
                splitWithout++;
            }
        }
        assertTrue(splitWithout > 0, what + ": nenhuma quantidade de texto empurrou a seção para a quebra de página");
    }

    /** Page 1: the letterhead, the title, the identification, then section 1; the approvals whole on the last page. */
    private static void checkPages(String what, String name, List<String> pages) {
        String first = pages.get(0);
        int prefeitura = first.indexOf(PREFEITURA.get(name));
        int title = first.indexOf("POP — Instalação");
        int objetivo = first.indexOf("1. Objetivo");
        assertTrue(prefeitura >= 0 && prefeitura < title, what + ": timbre antes do título\n" + first);
        int at = title;
        for (String s : IDENTIFICATION) {
            int i = first.indexOf(s, at);
            assertTrue(i > at, what + ": " + s + " na tabela de identificação\n" + first);
            at = i;
        }
        for (String value : VALUES.get(name)) {
            String v = value.contains(",") ? value.substring(0, value.indexOf(',')) : value;
            int i = first.indexOf(v, title);
            assertTrue(i > title && i < objetivo, what + ": " + v + " na página 1, antes de 1. Objetivo\n" + first);
        }
        assertTrue(objetivo > at, what + ": 1. Objetivo depois da identificação\n" + first);

        int last = pages.size() - 1;
        for (String s : List.of("9. Aprovações e distribuição", "Função", "Elaborado por", "Revisado por",
                "Aprovado por", "Distribuição", "Coordenação da implantação do e-SUS APS")) {
            assertEquals(last, lastPage(pages, s), what + ": " + s + " na última página");
        }
        assertFalse(pages.get(last - 1).contains("9. Aprovações"), what);
    }

    /** The last page (0-based) where {@code s} is seen, or -1. */
    private static int lastPage(List<String> pages, String s) {
        for (int i = pages.size() - 1; i >= 0; i--) {
            if (pages.get(i).contains(s)) {
                return i;
            }
        }
        return -1;
    }

    /** The first page (0-based) where {@code s} is seen. */
    private static int page(List<String> pages, String s) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(s)) {
                return i;
            }
        }
        fail("\"" + s + "\" não aparece");
        return -1;
    }

    /** The text of each page, in reading order, with runs of blanks as one space. */
    private static List<String> pages(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(file.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                out.add(s.getText(d).replaceAll("[\\s\u00A0]+", " "));
            }
        }
        return out;
    }

    /** The cells of a Markdown table row. */
    private static List<String> cells(String row) {
        String r = row.strip();
        List<String> out = new ArrayList<>();
        for (String c : r.substring(1, r.length() - 1).split("\\|", -1)) {
            out.add(c.strip());
        }
        return out;
    }

    private static List<String> texts(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).map(String::strip).toList();
    }

    private static String pushedName(int fillers, boolean whole) {
        return "empurrada-" + fillers + (whole ? "-inteira" : "-solta");
    }

    /** A page of text and then the approvals of the POP, as its template writes them, with or without the mark. */
    private static Doc pushed(int fillers, boolean whole) throws Exception {
        StringBuilder md = new StringBuilder("# Seção empurrada\n\n## 8. Antes\n\n");
        for (int i = 1; i <= fillers; i++) {
            md.append("Parágrafo de enchimento número ").append(i).append(", que ocupa uma linha.\n\n");
        }
        md.append("## 9. Aprovações e distribuição").append(whole ? " {.inteira}" : "").append("\n\n")
                .append("| Função | Nome e cargo | Assinatura {.a-assinar} | Data {.a-preencher} |\n")
                .append("|---|---|---|---|\n")
                .append("| Elaborado&nbsp;por | Rafael Nunes Teixeira, Coordenador de Tecnologia da Informação | | |\n")
                .append("| Revisado&nbsp;por | | | |\n")
                .append("| Aprovado&nbsp;por | Ana Beatriz Conceição Lima, Secretária Municipal de Saúde | | |\n\n")
                .append("Distribuição (cópias controladas):\n\n")
                .append("1. Secretaria Municipal de Saúde (original assinado)\n")
                .append("2. Técnico de TI (cópia)\n")
                .append("3. Última cópia da lista\n");
        return new MarkdownToDoc().parse(md.toString(), new DocMeta("pop", "Seção empurrada", "teste", "teste",
                List.of(), LocalDate.of(2026, 11, 23), false, List.of(), List.of(), null));
    }

    /** Without LibreOffice the DOCX tests fail on CI (CI=true) and are skipped, with a message, elsewhere. */
    private static void assumeLibreOffice() {
        LibreOffice.assumeAvailable();
    }
}
