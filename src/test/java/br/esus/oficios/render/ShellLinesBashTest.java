package br.esus.oficios.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.doc.Shell;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broken lines, read by bash itself, run the same commands with the same arguments as the lines they came from.
 * bash runs nothing: with an empty PATH every command goes to a handler that prints its arguments (and
 * {@code printf}, {@code echo} and {@code cd} are replaced by the same printing), so
 * {@code printf '%s\n' <line>} shows the words bash made of the line.
 */
class ShellLinesBashTest {

    /** Prints each command's arguments, one command per line, on what was stdout (fd 3); the command's own go nowhere. */
    private static final String HARNESS = """
            exec 3>&1 >/dev/null
            mostra() { local l; builtin printf -v l '<%s>' "$@"; builtin printf '%s\\n' "$l" >&3; }
            command_not_found_handle() { mostra "$@"; return 0; }
            printf() { mostra printf "$@"; }
            echo() { mostra echo "$@"; }
            cd() { mostra cd "$@"; }
            PATH=/caminho-que-nao-existe
            """;

    private static final List<String> TRICKY = List.of(
            "printf '%s\\n' pg_restore -h localhost -p 5433 -U postgres -d esus --clean --if-exists -v "
                    + "esus-ba-santo-amaro-2026-12-06.backup",
            "gunzip -c esus-ba-santo-amaro-2026-12-06.sql.gz | psql -h localhost -p 5433 -U postgres -d esus",
            "sha256sum esus-ba-santo-amaro-2026-12-06.backup esus-ba-santo-amaro-2026-12-06.sql.gz "
                    + "> esus-ba-santo-amaro-2026-12-06.sha256 && cat esus-ba-santo-amaro-2026-12-06.sha256",
            "java -jar eSUS-AB-PEC-5.3.21-Linux64.jar -console -cert-domain=esus.santoamaro.ba.gov.br "
                    + "-url=\"jdbc:postgresql://localhost:5433/esus\" -username=\"postgres\" -password=\"SENHA-DO-BANCO\"",
            "cp /opt/e-SUS/webserver/standalone/configuration/application.properties "
                    + "/opt/e-SUS/webserver/standalone/configuration/application.properties.bak-2026-12-06",
            "printf '%s\\n' \"uma frase entre aspas duplas,   com espaços repetidos, 'aspas simples' e um $HOME, "
                    + "longa o bastante para ser cortada\" fim",
            "printf '%s\\n' 'uma frase entre aspas simples com \"aspas duplas\", $HOME sem expandir e \\ barra, "
                    + "longa o bastante para ser cortada' fim",
            "printf '%s\\n' 'it'\\''s'\" mixed \"'quotes'$'\\t'\"tab\" a\\ b\\ c\\ d\\ e\\ f\\ g\\ h\\ i\\ j\\ k\\ l\\ m\\ n\\ o\\ p"
                    + "\\ q\\ r\\ s\\ t\\ u\\ v\\ w\\ x\\ y\\ z",
            "printf '%s\\n' \"C:\\\\caminho\\\\muito\\\\longo\\\\com\\\\barras\\\\invertidas\\\\que\\\\nunca\\\\acaba\\\\mesmo\" "
                    + "\"$HOME/dir/${USER:-ninguem com espaço}/$(date +%Y-%m-%d)\" \"$(printf '%s' \"aspas dentro\")\"",
            "mkdir -p backup-esus-ba-santo-amaro && cd backup-esus-ba-santo-amaro   "
                    + "# cria a pasta de trabalho onde ficam as cópias do banco e os resumos",
            "  # um comentário longo: não pode virar comando, nem mesmo quando tem \\ no fim ou aspas ' soltas \\\n"
                    + "printf '%s\\n' a linha depois do comentário roda sozinha",
            "for f in *.backup *.sql.gz; do sha256sum \"$f\" >> resumo-de-todos-os-arquivos-de-backup.sha256; done",
            "curl -fsS https://esus.santoamaro.ba.gov.br/esus/pagina#ancora-bem-comprida-que-segue?x=1&y=2 -o pagina.html",
            "sudo systemctl restart e-SUS-PEC.service || journalctl -u e-SUS-PEC.service --since \"10 minutes ago\" "
                    + "--no-pager",
            "ARQ=esus-$(date +%F).backup VAR=\"valor com espaço\" printf '%s\\n' \"$ARQ\" \"$VAR\" ~/backup-esus "
                    + "~root/x {a,b}c $((1 + 2)) \"$#\" \"$@\"",
            "printf '%s\\n' " + "/pasta".repeat(25) + " '" + "sim-".repeat(30) + "' \"" + "dup ".repeat(30) + "\"",
            "cat <<'FIM' > nota.txt\numa linha de dados longa demais que não é um comando e não pode ganhar barra\n"
                    + "FIM\nprintf '%s\\n' depois do documento vem um comando longo que deve ser quebrado normalmente",
            "sudo ufw allow 80/tcp\nsudo ufw allow 443/tcp   # HTTPS; o certificado é renovado sozinho a cada 90 dias "
                    + "pelo PEC");

    @TempDir
    Path dir;

    @Test
    void everyBrokenCommandGivesBashTheSameWordsAsTheOriginalLine() throws Exception {
        for (String original : TRICKY) {
            Run expected = bash(original);
            assertTrue(expected.stderr().isEmpty(), original + "\n" + expected.stderr());
            assertTrue(!expected.stdout().isEmpty(), original);
            for (int columns : new int[] {24, 36, 50, 72}) {
                String wrapped = new ShellLines(Shell.BASH, columns).wrap(original);
                Run actual = bash(wrapped);
                String where = "largura " + columns + ":\n" + wrapped + "\n";
                assertEquals(expected, actual, where);
                if (columns >= 36) {
                    for (String line : wrapped.split("\n")) {
                        boolean data = line.startsWith("uma linha de dados"); // the here-document's line
                        assertTrue(data || ShellLines.width(line) <= columns, where + "linha longa: " + line);
                    }
                }
            }
        }
    }

    @Test
    void aLineLongerThanAnyBrokenLineStillRuns() throws Exception {
        String original = "printf '%s\\n' " + "x".repeat(200) + " '" + "y".repeat(200) + "' \"" + "z".repeat(200) + "\"";
        String wrapped = new ShellLines(Shell.BASH, 30).wrap(original);
        assertTrue(wrapped.lines().allMatch(l -> l.length() <= 30), wrapped);
        assertEquals(bash(original), bash(wrapped));
    }

    private record Run(List<String> stdout, String stderr) {
    }

    /** The arguments of every command bash runs for {@code code} (sorted: a pipeline's stages run together). */
    private Run bash(String code) throws IOException, InterruptedException {
        Path script = Files.writeString(dir.resolve("script.sh"), HARNESS + code + "\n");
        ProcessBuilder pb = new ProcessBuilder("bash", "--noprofile", "--norc", script.toString()).directory(dir.toFile());
        pb.environment().put("HOME", "/home/coordenador");
        pb.environment().put("USER", "coordenador");
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.redirectError(dir.resolve("stderr.txt").toFile());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "bash terminou");
        String err = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
        List<String> lines = new String(out, StandardCharsets.UTF_8).lines().sorted().toList();
        return new Run(lines, err);
    }
}
