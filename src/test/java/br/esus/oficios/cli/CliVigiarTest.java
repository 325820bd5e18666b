package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import br.esus.oficios.read.SyntheticIbge;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigiar} as a coordinator uses it: it generates, keeps running, and each file saved (written in place or
 * through a temporary file and a rename, as editors do) gives that municipality's documents again with what
 * {@code validar} says about it; a template saved gives all of them again; Ctrl-C (an interrupt of its thread) ends it
 * with exit code 0.
 */
class CliVigiarTest {
    /** How long a change may take to show on this (shared, busy) machine: the test waits, it does not time. */
    private static final long WAIT_MILLIS = 120_000;

    /** {@code vigiar} running on a thread of its own through the CLI's entry, as {@code main} runs it. */
    private static final class Running implements AutoCloseable {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();
        private final Thread thread;
        private volatile int exit = -1;
        private int outSeen;
        private int errSeen;

        Running(Path cwd, String... args) {
            CliContext ctx = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), cwd, CliRun.TODAY, false);
            thread = new Thread(() -> exit = Main.run(ctx, args), "vigiar-no-teste");
            thread.start();
        }

        /** Waits for a line of stdout matching {@code regex}, printed after the ones waited for before. */
        String awaitOut(String regex) throws InterruptedException {
            Pattern p = Pattern.compile("(?m)^" + regex + "$");
            long end = System.currentTimeMillis() + WAIT_MILLIS;
            while (System.currentTimeMillis() < end) {
                String text = out.toString(StandardCharsets.UTF_8);
                Matcher m = p.matcher(text);
                if (m.find(outSeen)) {
                    outSeen = m.end();
                    return m.group();
                }
                if (!thread.isAlive()) {
                    break;
                }
                Thread.sleep(20);
            }
            fail("nenhuma linha " + regex + " em:\n" + out.toString(StandardCharsets.UTF_8).substring(outSeen)
                    + "\n--- err\n" + err.toString(StandardCharsets.UTF_8));
            return null;
        }

        /** What was printed on stderr since the last call. */
        String newErr() {
            String text = err.toString(StandardCharsets.UTF_8);
            String fresh = text.substring(errSeen);
            errSeen = text.length();
            return fresh;
        }

        /** What Ctrl-C does: interrupts the thread; returns the exit code. */
        int stop() throws InterruptedException {
            thread.interrupt();
            return awaitExit();
        }

        String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        /** Waits for vigiar to end by itself; returns the exit code. */
        int awaitExit() throws InterruptedException {
            thread.join(WAIT_MILLIS);
            assertFalse(thread.isAlive(), () -> "vigiar não terminou:\n" + out());
            return exit;
        }

        @Override
        public void close() throws InterruptedException {
            if (thread.isAlive()) {
                stop();
            }
        }
    }

    private static String oficio(Path cwd) throws IOException {
        return Files.readString(cwd.resolve("output/ba-santo-amaro/oficio-dominio.md"));
    }

    /** Saves as editors do: the whole text to a temporary file beside it, then renamed over it. */
    private static void saveThroughRename(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(tmp, text);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void aSavedFileGivesItsDocumentsAgainWithWhatValidarSays(@TempDir Path cwd) throws Exception {
        CliRun.copyExamples(cwd);
        Path yaml = cwd.resolve("municipios/ba-santo-amaro.yaml");
        String original = Files.readString(yaml);
        try (Running v = new Running(cwd, "vigiar", "-f", "md")) {
            v.awaitOut("2 municípios: 14 arquivos gerados\\.");
            v.awaitOut("vigiando municipios/: cada arquivo salvo é gerado de novo; Ctrl-C termina\\.");
            assertTrue(oficio(cwd).contains("Nº 12/2026/"), oficio(cwd));
            v.newErr();

            Files.writeString(yaml, original.replace("numero: 12,", "numero: 77,"));
            v.awaitOut("municipios/ba-santo-amaro\\.yaml: válido \\(1 aviso\\); output/ba-santo-amaro/: 7 arquivos "
                    + "\\(\\d+,\\d\\d s\\)");
            assertTrue(oficio(cwd).contains("Nº 77/2026/"), oficio(cwd));
            String err = v.newErr();
            assertTrue(err.startsWith("municipios/ba-santo-amaro.yaml:40:15: instalacao.versao_pec: aviso: a versão "
                    + "5.3.21 não está na tabela"), err);
            assertTrue(err.contains("municipios/ba-santo-amaro.yaml: application-properties: aviso: variável de "
                    + "ambiente GOVBR_CLIENT_SECRET não definida"), err);
            assertFalse(err.contains("se-itabaiana"), "só o município salvo: " + err);

            saveThroughRename(yaml, original.replace("numero: 12,", "numero: 78,"));
            v.awaitOut("municipios/ba-santo-amaro\\.yaml: válido \\(1 aviso\\); output/ba-santo-amaro/: 7 arquivos .*");
            assertTrue(oficio(cwd).contains("Nº 78/2026/"), oficio(cwd));

            Path other = cwd.resolve("municipios/ba-outro.yaml");
            Files.writeString(other, SyntheticIbge.otherMunicipality(original, "2928604", "Santo Amaro", 9));
            v.awaitOut("municipios/ba-outro\\.yaml: válido \\(1 aviso\\); output/ba-santo-amaro-9/: 7 arquivos .*");

            assertEquals(0, v.stop());
            assertTrue(v.out().endsWith("vigiar: terminado.\n"), v.out());
        }
    }

    /**
     * A save that changes one document gives back the others as they were written before, without making them again
     * (RememberingWriter); a save back to an earlier text gives its earlier files. Either way, every file is the one
     * {@code gerar} makes from the same YAML, byte for byte.
     */
    @Test
    void theFilesAfterSavesAreTheOnesGerarMakes(@TempDir Path cwd) throws Exception {
        CliRun.copyExamples(cwd);
        Path yaml = cwd.resolve("municipios/ba-santo-amaro.yaml");
        String original = Files.readString(yaml);
        try (Running v = new Running(cwd, "vigiar", "-f", "pdf,md", "municipios/ba-santo-amaro.yaml")) {
            v.awaitOut("vigiando .*");
            saveThroughRename(yaml, original.replace("numero: 12,", "numero: 77,"));
            v.awaitOut("municipios/ba-santo-amaro\\.yaml: válido .*");
            assertTrue(oficio(cwd).contains("Nº 77/2026/"), oficio(cwd));
            saveThroughRename(yaml, original);
            v.awaitOut("municipios/ba-santo-amaro\\.yaml: válido .*");
            assertEquals(0, v.stop());
        }
        CliRun fresh = CliRun.run(cwd, "gerar", "-f", "pdf,md", "-o", "fresh", "municipios/ba-santo-amaro.yaml");
        assertEquals(0, fresh.exit(), fresh.toString());
        Path watched = cwd.resolve("output/ba-santo-amaro");
        try (var files = Files.list(cwd.resolve("fresh/ba-santo-amaro"))) {
            for (Path f : files.toList()) {
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(watched.resolve(f.getFileName())),
                        f.getFileName().toString());
            }
        }
    }

    @Test
    void aFileWithAnErrorSaysItAndKeepsItsDocuments(@TempDir Path cwd) throws Exception {
        CliRun.copyExamples(cwd);
        Path yaml = cwd.resolve("municipios/ba-santo-amaro.yaml");
        try (Running v = new Running(cwd, "vigiar", "-f", "md", "municipios")) {
            v.awaitOut("vigiando .*");
            String before = oficio(cwd);
            v.newErr();

            saveThroughRename(yaml, Files.readString(yaml).replace("ipv4: 200.10.20.30", "ipv4: 192.168.0.10"));
            v.awaitOut("municipios/ba-santo-amaro\\.yaml: 1 erro; os documentos não foram gerados de novo \\(os "
                    + "anteriores ficaram como estavam\\)");
            assertEquals("municipios/ba-santo-amaro.yaml:38:9: instalacao.ipv4: o IPv4 192.168.0.10 não é público: é "
                    + "rede privada (192.168.0.0/16); informe o IP público fixo do servidor, para onde o registro A do "
                    + "DNS vai apontar\n", v.newErr());
            assertEquals(before, oficio(cwd));

            Files.delete(cwd.resolve("municipios/se-itabaiana.yaml"));
            v.awaitOut("municipios/se-itabaiana\\.yaml: apagado; os documentos gerados dele ficam onde estão");
            assertTrue(Files.exists(cwd.resolve("output/se-itabaiana/oficio-dominio.md")));
            assertEquals(0, v.stop());
        }
    }

    @Test
    void aTemplateSavedGivesEveryMunicipalityAgain(@TempDir Path cwd) throws Exception {
        CliRun.copyExamples(cwd);
        Path template = cwd.resolve("templates/ticket-prescricao.md.ftl");
        Files.createDirectories(template.getParent());
        Files.copy(Path.of("templates/ticket-prescricao.md.ftl"), template);
        try (Running v = new Running(cwd, "vigiar", "-f", "md")) {
            v.awaitOut("vigiando municipios/, templates/: .*");
            saveThroughRename(template, Files.readString(template) + "\nLinha acrescentada ao modelo.\n");
            v.awaitOut("templates/ticket-prescricao\\.md\\.ftl mudou: gerando todos de novo");
            v.awaitOut("2 municípios: 14 arquivos gerados\\.");
            for (String m : new String[] {"ba-santo-amaro", "se-itabaiana"}) {
                assertTrue(Files.readString(cwd.resolve("output/" + m + "/ticket-prescricao.md"))
                        .contains("Linha acrescentada ao modelo."), m);
            }
            assertEquals(0, v.stop());
        }
    }

    /** The watched folder deleted: vigiar says it stopped watching and ends, instead of waiting for nothing. */
    @Test
    void theWatchedFolderDeletedEndsWithAMessage(@TempDir Path cwd) throws Exception {
        CliRun.copyExamples(cwd);
        Path folder = cwd.resolve("municipios");
        try (Running v = new Running(cwd, "vigiar", "-f", "md", "municipios")) {
            v.awaitOut("vigiando municipios/: .*");
            try (var files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(folder);
            int exit = v.awaitExit();
            String err = v.newErr();
            assertEquals(ExitCodes.INVALID, exit, err);
            assertTrue(err.contains("vigiar: parou de vigiar: as pastas vigiadas foram apagadas ou movidas; rode o "
                    + "vigiar de novo\n"), v.out() + "\n--- err\n" + err);
        }
    }

    @Test
    void aFolderThatDoesNotExistIsAUsageError(@TempDir Path cwd) {
        CliRun r = CliRun.run(cwd, "vigiar", "nao-existe");
        assertEquals(ExitCodes.USAGE, r.exit(), r.toString());
        assertTrue(r.err().contains("o arquivo ou pasta nao-existe não existe"), r.err());
    }
}
