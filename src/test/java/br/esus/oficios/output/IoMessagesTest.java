package br.esus.oficios.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The system's failures in Portuguese, without Java's names or the temporary file's. */
class IoMessagesTest {
    @TempDir
    Path dir;

    @Test
    void aFolderWhereTheFileShouldBeIsRefusedBeforeAnyTemporaryFile() throws IOException {
        Path target = Files.createDirectories(dir.resolve("h"));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, "x".getBytes(), false));
        assertEquals("há uma pasta com esse nome; apague-a ou escolha outra pasta com -o", IoMessages.reason(e));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(target), s.toList(), "nenhum arquivo temporário");
        }
    }

    @Test
    void theRenameOfTheTemporaryFileIsNotShown() {
        IOException e = new FileSystemException("/tmp/.h123.tmp", "/tmp/h", "Is a directory");
        String msg = IoMessages.reason(e, "escolha outro arquivo com --saida");
        assertEquals("há uma pasta com esse nome; apague-a ou escolha outro arquivo com --saida", msg);
        IOException other = new FileSystemException("/tmp/.h123.tmp", "/tmp/h", "Something new");
        assertEquals("erro de gravação (Something new)", IoMessages.reason(other));
    }

    @Test
    void theSystemsTextInEnglishOrPortuguese() {
        for (String full : List.of("No space left on device", "Não há espaço disponível no dispositivo",
                "There is not enough space on the disk")) {
            IOException e = new IOException(full);
            assertTrue(IoMessages.diskFull(e), full);
            assertEquals("disco cheio; libere espaço e rode de novo", IoMessages.reason(e));
        }
        for (String ro : List.of("Read-only file system", "Sistema de arquivos somente para leitura")) {
            IOException e = new FileSystemException("/x/.a.tmp", null, ro);
            assertTrue(IoMessages.readOnlyDisk(e), ro);
            assertFalse(IoMessages.diskFull(e), ro);
        }
        assertEquals("sem permissão de escrita; escolha outra pasta com -o ou confira as permissões",
                IoMessages.reason(new AccessDeniedException("/x/.pop.md123.tmp")));
        assertEquals("sem permissão de escrita; escolha outra pasta com -o ou confira as permissões",
                IoMessages.reason(new FileSystemException("/x", null, "Permissão negada")));
        assertFalse(IoMessages.diskFull(new AccessDeniedException("/x")));
    }
}
