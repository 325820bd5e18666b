package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user sees when the output is piped ({@code gerar-oficios validar 2>&1 | less}): the real process, with its
 * real standard output and error on one pipe. Each file's problems (stderr) come before its summary line (stdout),
 * nothing of a file comes after the next file's, and the total is last. And the file {@code novo} writes ends with a
 * line break.
 */
class OutputOrderTest {
    @TempDir
    Path cwd;

    private record Run(int exit, List<String> lines) {
    }

    /** Runs {@code Main} in its own JVM, with stderr on the same pipe as stdout. */
    private Run run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "o processo terminou");
        return new Run(p.exitValue(), out.lines().toList());
    }

    @Test
    void problemsAndSummariesOfEachFileStayTogetherOnOnePipe() throws Exception {
        CliRun.copyExamples(cwd);
        Run novo = run("novo", "BA", "Cachoeira");
        assertEquals(0, novo.exit(), novo.lines().toString());
        String text = Files.readString(cwd.resolve("municipios/ba-cachoeira.yaml"));
        assertTrue(text.endsWith("\n") && !text.endsWith("\n\n"), "o arquivo termina com uma quebra de linha");

        Run r = run("validar");
        assertEquals(1, r.exit(), r.lines().toString());
        List<String> files = List.of("municipios/ba-cachoeira.yaml", "municipios/ba-santo-amaro.yaml",
                "municipios/se-itabaiana.yaml");
        int at = 0;
        for (String file : files) {
            // This file's problems, then its summary, before anything of the next file.
            int summary = -1;
            for (int i = at; i < r.lines().size(); i++) {
                String l = r.lines().get(i);
                if (l.equals(file + ": válido") || l.startsWith(file + ": válido (") || l.startsWith(file + ": ")
                        && l.matches(".*: \\d+ erros?$")) {
                    summary = i;
                    break;
                }
                assertTrue(l.startsWith(file + ":"), "linha fora de ordem antes do resumo de " + file + ": " + l
                        + "\n" + String.join("\n", r.lines()));
            }
            assertTrue(summary >= 0, "resumo de " + file + "\n" + String.join("\n", r.lines()));
            at = summary + 1;
        }
        assertEquals(List.of("1 de 3 arquivos com erros."), r.lines().subList(at, r.lines().size()));
        assertFalse(r.lines().stream().anyMatch(l -> l.contains("Exception")), r.lines().toString());
    }
}
