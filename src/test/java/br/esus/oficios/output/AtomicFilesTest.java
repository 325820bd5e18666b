package br.esus.oficios.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void replacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path f = dir.resolve("sub/oficio-dominio.md");
        AtomicFiles.write(f, "um".getBytes(), false);
        AtomicFiles.write(f, "dois".getBytes(), false);
        assertArrayEquals("dois".getBytes(), Files.readAllBytes(f));
        try (Stream<Path> s = Files.list(f.getParent())) {
            assertEquals(List.of("oficio-dominio.md"), s.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void secretFilesAreOwnerOnly() throws IOException {
        Path f = dir.resolve("application.properties");
        AtomicFiles.write(f, "x=1".getBytes(), true);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void aFailedWriteKeepsTheOldFile() throws IOException {
        Path f = dir.resolve("pop.md");
        AtomicFiles.write(f, "antigo".getBytes(), false);
        Path blocker = dir.resolve("pasta-que-e-arquivo");
        Files.writeString(blocker, "x");
        assertThrows(IOException.class, () -> AtomicFiles.write(blocker.resolve("pop.md"), "novo".getBytes(), false));
        assertArrayEquals("antigo".getBytes(), Files.readAllBytes(f));
    }
}
