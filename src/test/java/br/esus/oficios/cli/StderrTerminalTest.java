package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The test runner sends standard error to a file or a pipe: no terminal, so no progress bar there. */
class StderrTerminalTest {

    @Test
    void stderrRedirectedIsNotATerminal() throws Exception {
        assertFalse(StderrTerminal.check());
        assertFalse(StderrTerminal.isatty(), "the C library's answer (macOS), asked here too");
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.exists(fd)) {
            // What Linux itself says of the same descriptor.
            String target = Files.readSymbolicLink(fd).toString();
            assertEquals(false, target.startsWith("/dev/pts/") || target.startsWith("/dev/tty"), target);
        }
    }
}
