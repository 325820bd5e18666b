package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gerar-oficios checklist} over a real folder, as a coordinator runs it. */
class CliChecklistTest {
    @TempDir
    Path cwd;

    @BeforeEach
    void copyExamples() throws IOException {
        CliRun.copyExamples(cwd);
    }

    @Test
    void aBrokenFileAndAStaleCopyAreListedApartAndLeftOutOfTheTotals() throws IOException {
        String santoAmaro = Files.readString(cwd.resolve("municipios/ba-santo-amaro.yaml"));
        Files.writeString(cwd.resolve("municipios/ba-quebrado.yaml"), santoAmaro
                .replace("  nome: Santo Amaro\n", "  nome: Quebrado\n")
                .replace("\"2928604\"", "\"2928605\"")
                .replace("smtp: {status: pendente-baixa", "smtp: {status: pronto"));
        // An old copy, sorted before the real file: it must not be the one counted.
        Files.writeString(cwd.resolve("municipios/antigo ba-santo-amaro.yaml"),
                santoAmaro.replace("instalacao: {status: concluido, data: 2026-10-30}", "instalacao: pendente-alta"));
        CliRun r = CliRun.run(cwd, "checklist");
        assertEquals(1, r.exit(), r.toString());
        List<String> err = r.err().lines().toList();
        assertTrue(err.stream().anyMatch(l -> l.matches(
                "municipios/ba-quebrado\\.yaml:9:16: municipio\\.codigo_ibge: dígito verificador inválido .*")), r.err());
        assertTrue(err.stream().anyMatch(l -> l.startsWith("municipios/ba-quebrado.yaml:")
                && l.contains("checklist.smtp.status: ")), r.err());
        assertTrue(err.contains("municipios/antigo ba-santo-amaro.yaml:1:1: municipio: é o mesmo município (Santo "
                + "Amaro/BA) de municipios/ba-santo-amaro.yaml, que é o arquivo usado: os dois gravariam em "
                + "ba-santo-amaro/; apague esta cópia ou corrija o nome e a UF"), r.err());
        assertTrue(err.contains("2 arquivos inválidos ficaram fora do checklist; corrija os erros acima."), r.err());
        // The example's own figures (9 concluded of 22 applicable), not the copy's 8.
        String santoAmaroRow = r.out().lines().filter(l -> l.startsWith("BA  Santo Amaro")).findFirst().orElseThrow();
        assertTrue(santoAmaroRow.matches("BA  Santo Amaro +9 +6 +7 +1 +40% .*"), santoAmaroRow);
        assertTrue(r.out().contains("Total (2 municípios)"), r.out());
        assertTrue(r.out().contains("Arquivos inválidos (fora dos totais): 2"), r.out());
        assertFalse(r.out().contains("Quebrado  "), "o arquivo inválido não tem linha na tabela\n" + r.out());
    }

    @Test
    void csvOfTheFolderIsWrittenEvenWithABrokenFile() throws IOException {
        Files.writeString(cwd.resolve("municipios/zz.yaml"), "municipio: [\n");
        CliRun r = CliRun.run(cwd, "checklist", "--formato", "csv", "--saida", "acompanhamento.csv");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("municipios/zz.yaml:")), r.err());
        String csv = Files.readString(cwd.resolve("acompanhamento.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF"), "BOM para o Excel");
        assertTrue(csv.contains(";Santo Amaro;") && csv.contains(";Itabaiana;"), csv);
        assertTrue(r.out().contains("2 municípios"), r.out());
    }

    /** A broken copy of Santo Amaro: an error (the IBGE code's check digit) in a file the view lists apart. */
    private void brokenFile() throws IOException {
        Files.writeString(cwd.resolve("municipios/ba-quebrado.yaml"),
                Files.readString(cwd.resolve("municipios/ba-santo-amaro.yaml"))
                        .replace("  nome: Santo Amaro\n", "  nome: Quebrado\n").replace("\"2928604\"", "\"2928605\""));
    }

    @Test
    void onATerminalTheErrorsAreShownOnceInTheViewNotAgainOnStderr() throws IOException {
        brokenFile();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext terminal = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("NO_COLOR", "1"), cwd, CliRun.TODAY, true);
        assertEquals(ExitCodes.INVALID, Main.run(terminal, "checklist"));
        String error = "municipios/ba-quebrado.yaml:9:16: municipio.codigo_ibge: dígito verificador inválido";
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(error), out.toString(StandardCharsets.UTF_8));
        assertEquals(List.of("1 arquivo inválido ficou fora do checklist; corrija os erros listados."),
                err.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void xlsxNeedsAnOutputFile() {
        CliRun r = CliRun.run(cwd, "checklist", "--formato", "xlsx");
        assertEquals(ExitCodes.USAGE, r.exit(), r.toString());
        assertEquals("", r.out());
        assertEquals("gerar-oficios checklist: o formato xlsx precisa de --saida ARQ (ex.: --saida checklist.xlsx)\n",
                r.err());
    }

    @Test
    void writingAFileSaysWhereAndHowFar() {
        CliRun r = CliRun.run(cwd, "checklist", "--formato", "md", "--saida", "relatorio.md");
        assertEquals(ExitCodes.OK, r.exit(), r.toString());
        assertEquals("", r.err());
        assertEquals("Checklist gravado em " + cwd.resolve("relatorio.md") + ": 2 municípios, 39% concluído.\n",
                r.out());
        assertTrue(Files.isRegularFile(cwd.resolve("relatorio.md")));
    }

    @Test
    void aFolderAsOutputIsNamedAsAFolderWithAnExample() throws IOException {
        Path target = Files.createDirectories(cwd.resolve("relatorios"));
        CliRun r = CliRun.run(cwd, "checklist", "--saida", "relatorios");
        assertEquals(ExitCodes.INVALID, r.exit(), r.toString());
        assertEquals("gerar-oficios checklist: não foi possível gravar " + target + ": é uma pasta; dê em --saida o"
                + " nome de um arquivo (ex.: --saida " + target.resolve("checklist.txt") + ")\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void aFileWhereTheFolderShouldBeIsOnePortugueseLine() throws IOException {
        Path target = Files.writeString(cwd.resolve("relatorios"), "um arquivo").resolve("checklist.html");
        CliRun r = CliRun.run(cwd, "checklist", "--formato", "html", "--saida", "relatorios/checklist.html");
        assertEquals(ExitCodes.INVALID, r.exit(), r.toString());
        assertEquals("gerar-oficios checklist: não foi possível gravar " + target + ": no caminho há um arquivo onde"
                + " deveria haver uma pasta; escolha outro arquivo com --saida\n", r.err());
    }

    @Test
    void aReadOnlyFolderIsOnePortugueseLine() throws IOException {
        Path ro = Files.createDirectories(cwd.resolve("somente-leitura"));
        Assumptions.assumeTrue(Files.getFileStore(ro).supportsFileAttributeView("posix"), "permissões POSIX");
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(ro), "o root grava mesmo assim");
            CliRun r = CliRun.run(cwd, "checklist", "--formato", "md", "--saida", "somente-leitura/checklist.md");
            assertEquals(ExitCodes.INVALID, r.exit(), r.toString());
            assertEquals("gerar-oficios checklist: não foi possível gravar " + ro.resolve("checklist.md") + ": sem"
                    + " permissão de escrita; escolha outro arquivo com --saida ou confira as permissões\n", r.err());
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void coloursOnlyOnATerminalWithoutNoColor() {
        assertTrue(ChecklistCommand.coloursFor(true, Map.of()));
        assertTrue(ChecklistCommand.coloursFor(true, Map.of("NO_COLOR", "")), "no-color.org: empty means unset");
        assertFalse(ChecklistCommand.coloursFor(true, Map.of("NO_COLOR", "1")));
        assertFalse(ChecklistCommand.coloursFor(false, Map.of()));
    }
}
