package br.esus.oficios.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistTrackerTest {
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void onATerminalTheErrorsAreShownOnceInTheViewNotAgainOnStderr(@TempDir Path dir) throws Exception {
        int rc = ChecklistTracker.run(TrackFixture.todos(), TrackFixture.catalog(), dir,
                new TrackOptions(TrackFormat.TABELA, null, false, false, true), out, err);
        assertEquals(ChecklistTracker.INVALID, rc);
        String error = TrackFixture.invalido().problems().get(0).format();
        assertTrue(out().contains(error), out());
        List<String> errLines = err().lines().toList();
        assertFalse(errLines.contains(error), err());
        assertTrue(errLines.contains(TrackFixture.invalido().problems().get(2).format()), "os avisos, sim: " + err());
        assertEquals("1 arquivo inválido ficou fora do checklist; corrija os erros listados.",
                errLines.get(errLines.size() - 1));
    }

    @Test
    void brokenFileIsReportedListedAndMakesExitCodeOne(@TempDir Path dir) throws Exception {
        TrackFixture.writeEnvios(dir);
        int rc = ChecklistTracker.run(TrackFixture.todos(), TrackFixture.catalog(), dir, TrackOptions.padrao(), out,
                err);
        assertEquals(ChecklistTracker.INVALID, rc);
        assertTrue(out().contains("BA  Cachoeira"), out());
        assertTrue(out().contains("Arquivos inválidos (fora dos totais): 1"), out());
        List<String> errLines = err().lines().toList();
        assertTrue(errLines.contains(TrackFixture.invalido().problems().get(0).format()), err());
        assertTrue(errLines.contains(TrackFixture.invalido().problems().get(2).format()), "warnings too: " + err());
        assertTrue(errLines.stream().anyMatch(l -> l.contains("se-sao-cristovao") && l.contains("envios.jsonl:3:1: ")
                && l.contains("aviso: linha com JSON inválido")), err());
        assertEquals("1 arquivo inválido ficou fora do checklist; corrija os erros acima.",
                errLines.get(errLines.size() - 1));
    }

    @Test
    void allValidIsExitCodeZeroAndNothingOnStderr(@TempDir Path dir) {
        int rc = ChecklistTracker.run(TrackFixture.validos(), TrackFixture.catalog(), dir,
                new TrackOptions(TrackFormat.MD, null, true, false), out, err);
        assertEquals(ChecklistTracker.OK, rc);
        assertEquals("", err());
        assertTrue(out().startsWith("# Acompanhamento do checklist"));
    }

    @Test
    void xlsxNeedsAnOutputFile(@TempDir Path dir) {
        int rc = ChecklistTracker.run(TrackFixture.validos(), TrackFixture.catalog(), dir,
                new TrackOptions(TrackFormat.XLSX, null, false, false), out, err);
        assertEquals(ChecklistTracker.USAGE, rc);
        assertEquals("", out());
        assertTrue(err().contains("o formato xlsx precisa de --saida ARQ"), err());
    }

    @Test
    void outputFileIsReplacedAtomicallyWithNoTemporaryLeft(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("relatorios/checklist.csv");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "antigo");
        int rc = ChecklistTracker.run(TrackFixture.validos(), TrackFixture.catalog(), dir,
                new TrackOptions(TrackFormat.CSV, target, false, false), out, err);
        assertEquals(ChecklistTracker.OK, rc);
        String csv = Files.readString(target, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFuf;municipio;"), csv.substring(0, 20));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList(), "no temporary file left behind");
        }
        if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
            assertTrue(Files.getPosixFilePermissions(target).contains(PosixFilePermission.OTHERS_READ)
                    || Files.getPosixFilePermissions(target).contains(PosixFilePermission.GROUP_READ),
                    "an ordinary file, not owner-only: " + Files.getPosixFilePermissions(target));
        }
        assertEquals("Checklist gravado em " + target + ": 5 municípios, 53% concluído." + System.lineSeparator(),
                out());
    }

    @Test
    void unwritableOutputIsAnErrorLineNotAStackTrace(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("e-uma-pasta");
        Files.createDirectories(target.resolve("dentro"));
        int rc = ChecklistTracker.run(TrackFixture.validos(), TrackFixture.catalog(), dir,
                new TrackOptions(TrackFormat.HTML, target, false, false), out, err);
        assertEquals(ChecklistTracker.INVALID, rc);
        assertEquals("gerar-oficios checklist: não foi possível gravar " + target + ": é uma pasta; dê em --saida o"
                + " nome de um arquivo (ex.: --saida " + target.resolve("checklist.html") + ")" + System.lineSeparator(),
                err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void anEmptyFolderAsOutputIsNamedAsAFolderWithoutJavaOrTheTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectories(dir.resolve("h"));
        int rc = ChecklistTracker.run(TrackFixture.validos(), TrackFixture.catalog(), dir,
                new TrackOptions(TrackFormat.CSV, target, false, false), out, err);
        assertEquals(ChecklistTracker.INVALID, rc);
        assertEquals("gerar-oficios checklist: não foi possível gravar " + target + ": é uma pasta; dê em --saida o"
                + " nome de um arquivo (ex.: --saida " + target.resolve("checklist.csv") + ")" + System.lineSeparator(),
                err());
        assertTrue(Files.isDirectory(target), "a pasta continua lá");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeIsOnePortugueseLine(@TempDir Path dir) throws Exception {
        Path blocker = Files.writeString(dir.resolve("relatorios"), "um arquivo");
        Path target = blocker.resolve("checklist.html");
        int rc = ChecklistTracker.run(TrackFixture.validos(), TrackFixture.catalog(), dir,
                new TrackOptions(TrackFormat.HTML, target, false, false), out, err);
        assertEquals(ChecklistTracker.INVALID, rc);
        assertEquals("gerar-oficios checklist: não foi possível gravar " + target + ": no caminho há um arquivo onde"
                + " deveria haver uma pasta; escolha outro arquivo com --saida" + System.lineSeparator(), err());
    }

    @Test
    void aReadOnlyFolderIsOnePortugueseLine(@TempDir Path dir) throws Exception {
        Path ro = Files.createDirectories(dir.resolve("somente-leitura"));
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.getFileStore(ro).supportsFileAttributeView("posix"), "permissões POSIX");
        Files.setPosixFilePermissions(ro, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(ro), "o root grava mesmo assim");
            Path target = ro.resolve("checklist.md");
            int rc = ChecklistTracker.run(TrackFixture.validos(), TrackFixture.catalog(), dir,
                    new TrackOptions(TrackFormat.MD, target, false, false), out, err);
            assertEquals(ChecklistTracker.INVALID, rc);
            assertEquals("gerar-oficios checklist: não foi possível gravar " + target + ": sem permissão de escrita;"
                    + " escolha outro arquivo com --saida ou confira as permissões" + System.lineSeparator(), err());
        } finally {
            Files.setPosixFilePermissions(ro, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void xlsxToAFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("checklist.xlsx");
        int rc = ChecklistTracker.run(TrackFixture.todos(), TrackFixture.catalog(), dir,
                new TrackOptions(TrackFormat.XLSX, target, false, false), out, err);
        assertEquals(ChecklistTracker.INVALID, rc, "the invalid file still makes the exit code 1");
        byte[] head = new byte[2];
        try (var in = Files.newInputStream(target)) {
            assertEquals(2, in.read(head));
        }
        assertEquals("PK", new String(head, StandardCharsets.US_ASCII), "a zip (xlsx) file");
    }

    @Test
    void coloursOnlyOnATerminalWithoutNoColor() {
        assertTrue(TrackOptions.coloursFor(true, Map.of()));
        assertTrue(TrackOptions.coloursFor(true, Map.of("NO_COLOR", "")), "no-color.org: empty means unset");
        assertFalse(TrackOptions.coloursFor(true, Map.of("NO_COLOR", "1")));
        assertFalse(TrackOptions.coloursFor(false, Map.of()));
    }

    @Test
    void formatsByName() {
        assertEquals(TrackFormat.XLSX, TrackFormat.parse("XLSX"));
        assertEquals(TrackFormat.TABELA, TrackFormat.parse("tabela"));
        assertNull(TrackFormat.parse("pdf"));
        assertEquals(List.of("tabela", "md", "csv", "xlsx", "html"), TrackFormat.ids());
    }
}
