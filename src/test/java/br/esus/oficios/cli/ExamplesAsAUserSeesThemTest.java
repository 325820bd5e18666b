package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import br.esus.oficios.write.pdf.VeraPdf;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

/**
 * The example municipalities through the real command line, checked as a coordinator would: every PDF is PDF/A-2b,
 * carries the municipality's data and embeds its fonts, every DOCX opens, and a run in its own JVM prints nothing but
 * the tool's own lines.
 */
class ExamplesAsAUserSeesThemTest {
    @TempDir
    static Path cwd;

    static CliRun run;

    @BeforeAll
    static void generateEverything() throws IOException {
        VeraGreenfieldFoundryProvider.initialise();
        Path municipios = Files.createDirectories(cwd.resolve("municipios"));
        try (Stream<Path> s = Files.list(Path.of("municipios"))) {
            for (Path p : s.toList()) {
                Files.copy(p, municipios.resolve(p.getFileName()));
            }
        }
        run = CliRun.run(cwd, Map.of("GOVBR_CLIENT_SECRET", "x", "GOVBR_CLIENT_SECRET_ITABAIANA", "y"));
    }

    private static List<Path> files(String ext) throws IOException {
        try (Stream<Path> s = Files.walk(cwd.resolve("output"))) {
            return s.filter(p -> p.toString().endsWith(ext)).sorted().toList();
        }
    }

    @Test
    void everyPdfOfEveryExampleIsPdfA2aAndUa1WithItsDataAndEmbeddedFonts() throws Exception {
        assertEquals(0, run.exit(), run.toString());
        List<Path> pdfs = files(".pdf");
        assertEquals(8, pdfs.size(), pdfs.toString());
        for (Path pdf : pdfs) {
            byte[] bytes = Files.readAllBytes(pdf);
            String failures = VeraPdf.failures(bytes);
            assertTrue(failures.isEmpty(), () -> pdf + " não é PDF/A-2a e PDF/UA-1:\n" + failures);
            try (PDDocument d = Loader.loadPDF(bytes)) {
                String text = new PDFTextStripper().getText(d);
                boolean santoAmaro = pdf.toString().contains("ba-santo-amaro");
                assertTrue(text.contains(santoAmaro ? "Santo Amaro" : "Itabaiana"), pdf::toString);
                for (var page : d.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        PDFont f = page.getResources().getFont(name);
                        assertTrue(f.isEmbedded(), pdf + ": fonte não embutida " + f.getName());
                    }
                }
                if (pdf.getFileName().toString().equals("oficio-dominio.pdf")) {
                    assertEquals(1, d.getNumberOfPages(), "o ofício cabe numa página: " + pdf);
                    assertTrue(text.contains("OFÍCIO Nº"), pdf::toString);
                }
            }
        }
    }

    @Test
    void everyDocxOpensWithTheSameTextAsTheMarkdown() throws Exception {
        for (Path docx : files(".docx")) {
            try (XWPFDocument d = new XWPFDocument(Files.newInputStream(docx))) {
                assertTrue(d.getParagraphs().size() > 3, docx::toString);
                String md = Files.readString(Path.of(docx.toString().replace(".docx", ".md")));
                String firstLine = md.lines().filter(l -> !l.isBlank()).findFirst().orElseThrow()
                        .replace("**", "").replace("\\", "").replaceFirst("^# ", "");
                String all = String.join("\n", d.getParagraphs().stream().map(p -> p.getText()).toList())
                        + d.getHeaderList().stream().map(h -> h.getText()).reduce("", String::concat);
                assertTrue(all.contains(firstLine), docx + " sem \"" + firstLine + "\"");
            }
        }
    }

    @Test
    void aRunInItsOwnJvmPrintsOnlyTheToolsOwnLines() throws Exception {
        Path out = cwd.resolve("saida-processo");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "gerar", "-o", out.toString(),
                cwd.resolve("municipios").toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.environment().put("GOVBR_CLIENT_SECRET", "x");
        pb.environment().put("GOVBR_CLIENT_SECRET_ITABAIANA", "y");
        pb.redirectOutput(cwd.resolve("stdout.txt").toFile()).redirectError(cwd.resolve("stderr.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "o processo terminou");
        String stdout = Files.readString(cwd.resolve("stdout.txt"), StandardCharsets.UTF_8);
        String stderr = Files.readString(cwd.resolve("stderr.txt"), StandardCharsets.UTF_8);
        for (String line : stdout.lines().toList()) {
            assertTrue(line.matches(".*/: \\d+ arquivos?|\\d+ municípios?: .*"), "linha estranha na saída: " + line);
        }
        for (String line : stderr.lines().toList()) {
            // Only our own warnings: the ticket's prerequisites, Itabaiana's missing client_id, the font fallback.
            assertTrue(line.contains(": aviso: ") || line.startsWith("aviso: fonte"), "linha estranha em stderr: "
                    + line + "\n" + stderr);
        }
        assertEquals(0, p.exitValue(), stdout + stderr);

        Path xlsx = cwd.resolve("checklist.xlsx");
        Process q = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "checklist", "--formato", "xlsx",
                "--saida", xlsx.toString(), cwd.resolve("municipios").toString())
                .directory(cwd.toFile()).redirectErrorStream(true).start();
        String both = new String(q.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(q.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, q.exitValue(), both);
        assertTrue(both.lines().allMatch(l -> l.startsWith("Checklist gravado em ")), "só a linha do programa: " + both);
        assertTrue(Files.size(xlsx) > 0);
    }

    @Test
    void thePopAndTheChecklistHaveAnOutlineOfTheirHeadingsOnTheirPagesAndTheOficioNone() throws Exception {
        Path folder = cwd.resolve("output/ba-santo-amaro");
        try (PDDocument oficio = Loader.loadPDF(folder.resolve("oficio-dominio.pdf").toFile())) {
            PDDocumentOutline none = oficio.getDocumentCatalog().getDocumentOutline();
            assertTrue(none == null || none.getFirstChild() == null, "o ofício não tem títulos para marcar");
        }
        for (String name : List.of("pop.pdf", "checklist.pdf")) {
            try (PDDocument pdf = Loader.loadPDF(folder.resolve(name).toFile())) {
                PDDocumentOutline outline = pdf.getDocumentCatalog().getDocumentOutline();
                assertTrue(outline != null, name + ": sem marcadores (outline)");
                List<String> titles = new ArrayList<>();
                collect(pdf, outline, "", titles);
                assertTrue(titles.size() >= 3, name + ": " + titles);
                if (name.equals("pop.pdf")) {
                    assertTrue(titles.contains("  5. Procedimento"), titles.toString());
                    assertTrue(titles.contains("    5.12 Backup agendado e teste de restauração"), titles.toString());
                    assertTrue(titles.indexOf("  5. Procedimento") < titles.indexOf("  6. Solução de problemas"));
                }
            }
        }
    }

    /** Each entry's title, indented by depth, after checking that its page shows that title. */
    private static void collect(PDDocument pdf, PDOutlineNode node, String indent, List<String> titles)
            throws IOException {
        for (PDOutlineItem item : node.children()) {
            PDPage page = item.findDestinationPage(pdf);
            assertTrue(page != null, item.getTitle() + ": sem página de destino");
            PDFTextStripper text = new PDFTextStripper();
            int n = pdf.getPages().indexOf(page) + 1;
            text.setStartPage(n);
            text.setEndPage(n);
            String onPage = text.getText(pdf).replaceAll("\\s+", " ");
            String title = item.getTitle();
            assertTrue(onPage.contains(title.replaceAll("\\s+", " ")), title + " não está na página " + n);
            titles.add(indent + title);
            collect(pdf, item, indent + "  ", titles);
        }
    }
}
