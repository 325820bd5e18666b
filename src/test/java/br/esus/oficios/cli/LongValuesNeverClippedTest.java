package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import br.esus.oficios.read.MunicipioNoMaximo;
import br.esus.oficios.write.PdfPages;
import br.esus.oficios.write.PdfPages.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything {@code validar} accepts is printed whole, in the PDF and in the DOCX as LibreOffice lays it out
 * (converted to PDF by {@code soffice}): two municipalities with every field at its maximum length, one with values
 * that are single words (a 400-character word, a 253-character domain, a 254-character e-mail, a 2,000-character
 * site in the footer, a 200-character path), the other with text with spaces and a domain of 78 characters (the one
 * the POP's table of ofícios cut at the page edge). Every character of every page lies on the paper, between the
 * left and right margins, and every value the Markdown of a document holds is in its text, whole (in the order the
 * text is drawn or in the order of its lines; the footer, whole on every page, is set apart).
 */
class LongValuesNeverClippedTest {

    private static final List<String> DOCUMENTOS = List.of("oficio-dominio", "ticket-prescricao", "pop", "checklist");

    @TempDir
    static Path cwd;

    /** Each municipality's values, by output folder. */
    static final Map<String, Map<String, String>> valores = new LinkedHashMap<>();
    /** Each document's Markdown, PDF and DOCX as LibreOffice prints it, by "folder/document". */
    static final Map<String, String> markdown = new LinkedHashMap<>();
    static final Map<String, Path> pdf = new LinkedHashMap<>();
    static final Map<String, Path> docxAsPdf = new LinkedHashMap<>();
    static String sofficeMissing;

    @BeforeAll
    static void render() throws Exception {
        Path municipios = Files.createDirectories(cwd.resolve("municipios"));
        MunicipioNoMaximo palavras = new MunicipioNoMaximo(false, 253, "2928604");
        MunicipioNoMaximo texto = new MunicipioNoMaximo(true, 78, "2927408");
        Files.writeString(municipios.resolve("ba-palavras.yaml"), palavras.yaml(), StandardCharsets.UTF_8);
        Files.writeString(municipios.resolve("ba-texto.yaml"), texto.yaml(), StandardCharsets.UTF_8);
        assertEquals(400, palavras.valores().get("pop.elaborado_por").length());
        assertEquals(78, texto.valores().get("instalacao.dominio").length());

        Map<String, String> env = Map.of("GOVBR_CLIENT_SECRET", "x");
        CliRun validar = CliRun.run(cwd, env, "validar");
        assertEquals(0, validar.exit(), validar.toString());
        CliRun gerar = CliRun.run(cwd, env, "gerar", "-f", "pdf,docx,md");
        assertEquals(0, gerar.exit(), gerar.toString());

        Path docxDir = Files.createDirectories(cwd.resolve("docx"));
        List<Path> docx = new ArrayList<>();
        for (MunicipioNoMaximo m : List.of(palavras, texto)) {
            String folder = folderOf(m.valores().get("municipio.nome"));
            valores.put(folder, m.valores());
            for (String d : DOCUMENTOS) {
                Path dir = cwd.resolve("output").resolve(folder);
                String key = folder + "/" + d;
                markdown.put(key, Files.readString(dir.resolve(d + ".md"), StandardCharsets.UTF_8));
                pdf.put(key, dir.resolve(d + ".pdf"));
                docx.add(Files.copy(dir.resolve(d + ".docx"), docxDir.resolve(docx.size() + ".docx")));
            }
        }

        Map<String, Path> pdfs = LibreOffice.toPdf(cwd, docx, 300);
        if (pdfs.isEmpty()) {
            sofficeMissing = LibreOffice.MISSING;
            return;
        }
        int i = 0;
        for (String key : pdf.keySet()) {
            docxAsPdf.put(key, pdfs.get(Integer.toString(i++)));
        }
    }

    /** The output folder of a municipality: the one whose name starts like the slug of its name. */
    private static String folderOf(String nome) throws IOException {
        String start = "ba-" + java.text.Normalizer.normalize(nome, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .substring(0, 20);
        try (var s = Files.list(cwd.resolve("output"))) {
            return s.map(f -> f.getFileName().toString()).filter(f -> f.startsWith(start)).findFirst()
                    .orElseThrow(() -> new AssertionError("pasta de " + start + " não encontrada"));
        }
    }

    @Test
    void everyPdfKeepsEveryCharacterOnThePageAndEveryValueWhole() throws IOException {
        for (var e : pdf.entrySet()) {
            check(e.getKey() + ".pdf", e.getValue(), e.getKey());
        }
    }

    @Test
    void everyDocxAsLibreOfficeShowsItKeepsEveryCharacterOnThePageAndEveryValueWhole() throws IOException {
        assumeLibreOffice();
        for (var e : docxAsPdf.entrySet()) {
            check(e.getKey() + ".docx (LibreOffice)", e.getValue(), e.getKey());
        }
    }

    private static void check(String what, Path file, String key) throws IOException {
        List<Page> pages = PdfPages.read(file);
        assertFalse(pages.isEmpty(), what);
        for (Page page : pages) {
            assertEquals(595.3, page.width(), 1, what + ": A4");
        }
        List<String> outside = PdfPages.outside(pages, 10);
        assertTrue(outside.isEmpty(), () -> what + ": texto fora da página ou das margens:\n  "
                + String.join("\n  ", outside));

        String folder = key.substring(0, key.indexOf('/'));
        String footer = key.endsWith("/oficio-dominio") || key.endsWith("/pop") ? footer(valores.get(folder)) : "";
        String shown = PdfPages.withoutFooters(what, pages, footer, false);
        String sorted = PdfPages.withoutFooters(what, pages, footer, true);
        String md = normal(markdown.get(key).replace("\\", ""));
        int checked = 0;
        for (var v : valores.get(folder).entrySet()) {
            String value = normal(v.getValue());
            if (!md.contains(value)) {
                continue; // not in this document
            }
            checked++;
            if (!shown.contains(value) && !sorted.contains(value)
                    && !footer.contains(value)) { // the footer is whole on every page
                fail(what + ": " + v.getKey() + " não aparece inteiro (" + v.getValue().length() + " caracteres): "
                        + v.getValue().substring(0, Math.min(80, v.getValue().length())) + "…");
            }
        }
        assertTrue(checked > 0 || key.endsWith("/ticket-prescricao"), what + ": nenhum valor conferido");
    }

    /**
     * The footer of the ofício and the POP (DocMetaFactory): the secretaria's address; the CEP (the example's, the
     * file leaves it as it is) and the city; telephone, e-mail and site.
     */
    private static String footer(Map<String, String> v) {
        return normal(v.get("secretaria.endereco") + "44200-000 " + v.get("municipio.nome") + "/BA"
                + v.get("secretaria.telefone") + " · " + v.get("secretaria.email") + " · "
                + v.get("secretaria.site"));
    }

    private static String normal(String s) {
        return PdfPages.normal(s);
    }

    /** Without LibreOffice the DOCX test fails on CI (CI=true) and is skipped, with a message, elsewhere. */
    private static void assumeLibreOffice() {
        LibreOffice.assumeAvailable();
    }
}
