package br.esus.oficios.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ChecklistTracker}: what it finds and what came of writing, as values; the messages and exit codes the CLI
 * makes of them are CliChecklistTest's.
 */
class ChecklistTrackerTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void findsEveryProblemOfTheFilesAndTheSendsLogsWarningsApart(@TempDir Path dir) throws Exception {
        TrackFixture.writeSentLogs(dir);
        ChecklistTracker.Findings found = ChecklistTracker.track(TrackFixture.allFiles(), TrackFixture.catalog(),
                TrackFixture.versoes(), dir, TODAY);
        assertEquals(TrackFixture.invalidFile().problems(), found.fileProblems(), "errors and warnings, as read");
        assertEquals(List.of(TrackFixture.invalidFile().file()),
                found.matrix().invalidFiles().stream().map(r -> r.file()).toList());
        assertEquals(5, found.matrix().municipios().size());
        assertEquals(1, found.matrix().warnings().size(), found.matrix().warnings().toString());
        assertTrue(found.matrix().warnings().get(0).format().contains("se-sao-cristovao"),
                found.matrix().warnings().toString());
    }

    @Test
    void aCopyOfAnotherFilesMunicipioIsAProblemOfTheCopy() {
        var copy = new br.esus.oficios.read.ReadResult(Path.of("municipios/copia.yaml"),
                TrackFixture.santoAmaro().municipio(), List.of());
        ChecklistTracker.Findings found = ChecklistTracker.track(List.of(TrackFixture.santoAmaro(), copy),
                TrackFixture.catalog(), TrackFixture.versoes(), null, TODAY);
        assertEquals(1, found.fileProblems().size(), found.fileProblems().toString());
        assertEquals(copy.file(), found.fileProblems().get(0).file());
        assertEquals(1, found.matrix().municipios().size());
    }

    @Test
    void writesToTheStreamWhenThereIsNoFile() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChecklistTracker.WriteOutcome w = ChecklistTracker.write(matrix(), new TrackOptions(TrackFormat.MD, null,
                true, false), out);
        assertNull(assertInstanceOf(ChecklistTracker.WriteOutcome.Written.class, w).file());
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("# Acompanhamento do checklist"));
    }

    @Test
    void outputFileIsReplacedAtomicallyWithNoTemporaryLeft(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("relatorios/checklist.csv");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "antigo");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChecklistTracker.WriteOutcome w = ChecklistTracker.write(matrix(), new TrackOptions(TrackFormat.CSV, target,
                false, false), out);
        assertEquals(new ChecklistTracker.WriteOutcome.Written(target), w);
        assertEquals(0, out.size(), "nothing on the stream");
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
    }

    @Test
    void aFolderAsOutputFileIsSaidAsSuchAndNoTemporaryIsLeft(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectories(dir.resolve("e-uma-pasta/dentro")).getParent();
        ChecklistTracker.WriteOutcome w = ChecklistTracker.write(matrix(), new TrackOptions(TrackFormat.HTML, target,
                false, false), new ByteArrayOutputStream());
        assertEquals(new ChecklistTracker.WriteOutcome.IsAFolder(target), w);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeIsAFailureWithItsCause(@TempDir Path dir) throws Exception {
        Path blocker = Files.writeString(dir.resolve("relatorios"), "um arquivo");
        ChecklistTracker.WriteOutcome w = ChecklistTracker.write(matrix(), new TrackOptions(TrackFormat.HTML,
                blocker.resolve("checklist.html"), false, false), new ByteArrayOutputStream());
        assertInstanceOf(ChecklistTracker.WriteOutcome.Failed.class, w);
    }

    @Test
    void xlsxToAFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("checklist.xlsx");
        ChecklistTracker.WriteOutcome w = ChecklistTracker.write(
                ChecklistTracker.track(TrackFixture.allFiles(), TrackFixture.catalog(), TrackFixture.versoes(), dir,
                        TODAY).matrix(),
                new TrackOptions(TrackFormat.XLSX, target, false, false), new ByteArrayOutputStream());
        assertEquals(new ChecklistTracker.WriteOutcome.Written(target), w);
        byte[] head = new byte[2];
        try (var in = Files.newInputStream(target)) {
            assertEquals(2, in.read(head));
        }
        assertEquals("PK", new String(head, StandardCharsets.US_ASCII), "a zip (xlsx) file");
    }

    @Test
    void formatsByName() {
        assertEquals(TrackFormat.XLSX, TrackFormat.parse("XLSX"));
        assertEquals(TrackFormat.TABELA, TrackFormat.parse("tabela"));
        assertNull(TrackFormat.parse("pdf"));
        assertEquals(List.of("tabela", "md", "csv", "xlsx", "html"), TrackFormat.ids());
        assertEquals("txt", TrackFormat.TABELA.extension());
    }

    private static ChecklistMatrix matrix() {
        return ChecklistTracker.track(TrackFixture.validFiles(), TrackFixture.catalog(), TrackFixture.versoes(), null,
                TODAY).matrix();
    }
}
