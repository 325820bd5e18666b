package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.render.CodeColumns;
import br.esus.oficios.render.MarkdownToDoc;
import br.esus.oficios.write.docx.DocxWriter;
import br.esus.oficios.write.pdf.PdfWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands of the POP copy from the PDF and from the DOCX as they are in the Markdown: no command line is
 * wrapped on screen (a pasted half would run alone), and each line of a code box is a line of the Markdown. The
 * DOCX is checked as LibreOffice lays it out (converted to PDF by {@code soffice}, in one call for every file).
 * The same call renders a line of 100 characters at every depth a code block may sit at, to check that the
 * columns {@link CodeColumns} allows still fit, with its margin, in both formats.
 */
class PopCommandsCopyWholeTest {

    /** Where a test code block sits, for the measurement: lists around it, quotations around it. */
    private record Place(int lists, int quotes) {
    }

    private static final List<Place> PLACES = List.of(new Place(0, 0), new Place(1, 0), new Place(2, 0),
            new Place(3, 0), new Place(0, 1));
    /** 100 characters; only the first visual line of it starts with x. */
    private static final String DIGITS = "x" + "1234567890".repeat(10).substring(1);

    @TempDir
    static Path cwd;

    /** The Markdown of each municipality's POP, by municipality folder. */
    static final Map<String, String> markdown = new LinkedHashMap<>();
    static final Map<String, Path> pdf = new LinkedHashMap<>();
    /** The POP's DOCX as LibreOffice prints it, by municipality folder; empty without LibreOffice. */
    static final Map<String, Path> docxAsPdf = new LinkedHashMap<>();
    static Path medidaPdf;
    static Path medidaDocxAsPdf;
    static String sofficeMissing;

    @BeforeAll
    static void render() throws Exception {
        CliRun.copyExamples(cwd);
        CliRun run = CliRun.run(cwd, Map.of("GOVBR_CLIENT_SECRET", "x", "GOVBR_CLIENT_SECRET_ITABAIANA", "y"),
                "gerar", "-d", "pop");
        assertEquals(0, run.exit(), run.toString());
        Path docxDir = Files.createDirectories(cwd.resolve("docx"));
        List<Path> docx = new ArrayList<>();
        try (Stream<Path> s = Files.list(cwd.resolve("output"))) {
            for (Path folder : s.sorted().toList()) {
                String name = folder.getFileName().toString();
                markdown.put(name, Files.readString(folder.resolve("pop.md"), StandardCharsets.UTF_8));
                pdf.put(name, folder.resolve("pop.pdf"));
                docx.add(Files.copy(folder.resolve("pop.docx"), docxDir.resolve(name + ".docx")));
            }
        }
        assertEquals(2, markdown.size(), markdown.keySet().toString());

        Doc medida = new MarkdownToDoc().parse(measurementMarkdown(), new DocMeta("pop", "Medida", "teste", "medida",
                List.of(), LocalDate.of(2026, 11, 23), false, List.of(), List.of(), null));
        medidaPdf = Files.write(cwd.resolve("medida.pdf"), new PdfWriter((Path) null).write(medida));
        docx.add(Files.write(docxDir.resolve("medida.docx"), new DocxWriter().write(medida)));

        Map<String, Path> pdfs = LibreOffice.toPdf(cwd, docx, 180);
        if (pdfs.isEmpty()) {
            sofficeMissing = LibreOffice.MISSING;
            return;
        }
        for (String name : markdown.keySet()) {
            docxAsPdf.put(name, pdfs.get(name));
        }
        medidaDocxAsPdf = pdfs.get("medida");
    }

    @Test
    void thePdfShowsEveryCommandLineOfTheMarkdownWhole() throws IOException {
        for (var e : markdown.entrySet()) {
            checkWholeLines(e.getKey() + "/pop.pdf", e.getValue(), pdf.get(e.getKey()));
        }
    }

    @Test
    void theDocxAsLibreOfficeShowsItShowsEveryCommandLineWhole() throws IOException {
        assumeLibreOffice();
        for (var e : markdown.entrySet()) {
            checkWholeLines(e.getKey() + "/pop.docx (LibreOffice)", e.getValue(), docxAsPdf.get(e.getKey()));
        }
    }

    @Test
    void theColumnsAllowedFitInThePdfWithTheirMargin() throws IOException {
        checkColumns("PDF", medidaPdf);
    }

    @Test
    void theColumnsAllowedFitInTheDocxAsLibreOfficeShowsIt() throws IOException {
        assumeLibreOffice();
        checkColumns("DOCX (LibreOffice)", medidaDocxAsPdf);
    }

    /**
     * Every line of every bash or PowerShell block of the Markdown is a whole line of the PDF; every line the PDF
     * shows in a code box is a line of the Markdown's code, or ends with its shell's continuation.
     */
    private static void checkWholeLines(String what, String md, Path file) throws IOException {
        List<CodeLine> shown = codeLines(file);
        Set<String> shownText = shown.stream().map(CodeLine::text).collect(Collectors.toSet());
        Set<String> shell = new TreeSet<>();
        Set<String> anyCode = new TreeSet<>();
        for (Fenced f : fencedBlocks(md)) {
            for (String line : f.lines()) {
                String n = normal(line);
                if (!n.isEmpty()) {
                    anyCode.add(n);
                    if (f.shell()) {
                        shell.add(n);
                    }
                }
            }
        }
        assertFalse(shell.isEmpty(), what + ": o POP não tem comandos");
        List<String> missing = shell.stream().filter(l -> !shownText.contains(l)).toList();
        assertTrue(missing.isEmpty(), () -> what + ": linhas de comando do .md que não aparecem inteiras (foram "
                + "quebradas na tela?):\n  " + String.join("\n  ", missing) + "\nno documento:\n  "
                + shown.stream().map(CodeLine::text).collect(Collectors.joining("\n  ")));
        List<String> strange = shown.stream().map(CodeLine::text)
                .filter(l -> !anyCode.contains(l) && !l.endsWith(" \\") && !l.endsWith(" `")).toList();
        assertTrue(strange.isEmpty(), () -> what + ": linhas de código que não são linhas do .md:\n  "
                + String.join("\n  ", strange));
    }

    /** How much of each 100-character line the first visual line held, at least the columns allowed plus 2. */
    private static void checkColumns(String what, Path file) throws IOException {
        List<String> firsts = codeLines(file).stream().map(CodeLine::text).filter(l -> l.startsWith("x")).toList();
        assertEquals(PLACES.size(), firsts.size(), what + ": " + firsts);
        for (int i = 0; i < PLACES.size(); i++) {
            Place p = PLACES.get(i);
            int allowed = CodeColumns.at(p.lists(), p.quotes());
            int fits = firsts.get(i).length();
            assertTrue(fits < DIGITS.length(), what + ": a linha de 100 caracteres não quebrou: " + p);
            assertTrue(fits >= allowed + CodeColumns.MARGIN, what + ", " + p + ": cabem " + fits
                    + " caracteres, e o programa usa até " + allowed + " mais a margem de " + CodeColumns.MARGIN);
        }
    }

    /** Code blocks of 100 characters (not a shell: they wrap on screen) at each {@link #PLACES place}. */
    private static String measurementMarkdown() {
        StringBuilder md = new StringBuilder("# Medida\n\n");
        for (Place p : PLACES) {
            String indent = "";
            for (int level = 0; level < p.lists(); level++) {
                md.append(indent).append("1. Nível ").append(level + 1).append("\n\n");
                indent += "   ";
            }
            String q = p.quotes() > 0 ? "> " : "";
            md.append(indent).append(q).append("```text\n").append(indent).append(q).append(DIGITS).append('\n')
                    .append(indent).append(q).append("```\n\n");
            md.append("Separador.\n\n");
        }
        return md.toString();
    }

    /** A line of a code box: monospace at 9.5 pt (the inline code and the tables' code are bigger or smaller). */
    private record CodeLine(String text) {
    }

    private static List<CodeLine> codeLines(Path file) throws IOException {
        List<CodeLine> out = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                private final StringBuilder line = new StringBuilder();
                private boolean code = true;

                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    line.append(text);
                    for (TextPosition t : positions) {
                        String font = t.getFont().getName() == null ? "" : t.getFont().getName();
                        boolean mono = font.contains("Mono") || font.contains("Consolas") || font.contains("Courier");
                        code &= mono && Math.abs(t.getFontSize() - 9.5) < 0.3;
                    }
                    super.writeString(text, positions);
                }

                @Override
                protected void writeWordSeparator() throws IOException {
                    line.append(' ');
                    super.writeWordSeparator();
                }

                @Override
                protected void writeLineSeparator() throws IOException {
                    finish();
                    super.writeLineSeparator();
                }

                @Override
                protected void writePageEnd() throws IOException {
                    finish();
                    super.writePageEnd();
                }

                private void finish() {
                    String n = normal(line.toString());
                    if (code && !n.isEmpty()) {
                        out.add(new CodeLine(n));
                    }
                    line.setLength(0);
                    code = true;
                }
            };
            stripper.getText(d);
        }
        return out;
    }

    private record Fenced(boolean shell, List<String> lines) {
    }

    /** The fenced code blocks of a Markdown text (at the top level or indented in a list), with their language. */
    private static List<Fenced> fencedBlocks(String md) {
        List<Fenced> out = new ArrayList<>();
        List<String> lines = md.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            String t = l.stripLeading();
            if (!t.startsWith("```")) {
                continue;
            }
            String fence = t.substring(0, t.length() - t.replaceFirst("^`+", "").length());
            String language = t.substring(fence.length()).strip();
            boolean shell = Set.of("bash", "sh", "shell", "powershell", "ps1", "pwsh").contains(language);
            List<String> body = new ArrayList<>();
            for (i++; i < lines.size() && !lines.get(i).strip().equals(fence); i++) {
                body.add(lines.get(i));
            }
            out.add(new Fenced(shell, body));
        }
        return out;
    }

    /** A line as compared: trimmed, with runs of blanks as one space (text extraction does not keep them). */
    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static void assumeLibreOffice() {
        LibreOffice.assumeAvailable();
    }
}
