package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.read.SyntheticIbge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch where every municipality has the same warning prints it in full for the first three files and then once,
 * with the number of files; errors print for every file.
 */
class CliRepeatedWarningsTest {
    static final String VERSAO = "instalacao.versao_pec: aviso: a versão 5.3.21 não está na tabela de versões do PEC";

    /** Ten municipalities made from Santo Amaro (same PEC version, same pending prerequisites), each its own. */
    private static void tenCopies(Path cwd, String from, String to) throws IOException {
        String example = Files.readString(Path.of("municipios", "ba-santo-amaro.yaml"));
        Files.createDirectories(cwd.resolve("municipios"));
        for (int i = 1; i <= 10; i++) {
            Files.writeString(cwd.resolve("municipios").resolve(String.format("ba-copia-%02d.yaml", i)),
                    SyntheticIbge.otherMunicipality(example, "2928604", "Santo Amaro", i).replace(from, to));
        }
    }

    private static List<String> lines(String text, String containing) {
        return text.lines().filter(l -> l.contains(containing)).toList();
    }

    @Test
    void validarSaysARepeatedWarningOnceThenItsCount(@TempDir Path cwd) throws IOException {
        tenCopies(cwd, "", "");
        CliRun r = CliRun.run(cwd, "validar");
        assertEquals(0, r.exit(), r.toString());
        List<String> versao = lines(r.err(), VERSAO);
        assertEquals(2, versao.size(), r.err());
        assertTrue(versao.get(0).startsWith("municipios/ba-copia-01.yaml:40:15: " + VERSAO), versao.get(0));
        assertTrue(versao.get(1).startsWith(VERSAO), "a linha do resumo não aponta um arquivo: " + versao.get(1));
        assertTrue(versao.get(1).endsWith("a mais recente da tabela (em 10 arquivos; o primeiro está acima)"),
                versao.get(1));
        assertEquals(10, lines(r.out(), ": válido (1 aviso)").size(), r.out());
        assertTrue(r.out().endsWith("10 arquivos válidos, com 10 avisos.\n"), r.out());
    }

    @Test
    void gerarSaysEachRepeatedWarningOnceWithItsCountAndEveryFolder(@TempDir Path cwd) throws IOException {
        tenCopies(cwd, "", "");
        CliRun r = CliRun.run(cwd, "gerar", "-f", "md");
        assertEquals(0, r.exit(), r.toString());
        String secret = "application-properties: aviso: variável de ambiente GOVBR_CLIENT_SECRET não definida";
        List<String> lines = lines(r.err(), secret);
        assertEquals(2, lines.size(), r.err());
        assertTrue(lines.get(1).startsWith(secret) && lines.get(1).endsWith("(em 10 arquivos; o primeiro está acima)"),
                lines.get(1));
        assertEquals(2, lines(r.err(), "ticket-prescricao: aviso: pré-requisitos").size(), r.err());
        assertEquals(4, r.err().lines().count(), "1 + 1 linhas de cada um dos 2 avisos:\n" + r.err());
        assertEquals(10, lines(r.out(), "/: 7 arquivos").size(), r.out());
    }

    @Test
    void errorsPrintForEveryFile(@TempDir Path cwd) throws IOException {
        tenCopies(cwd, "ipv4: 200.10.20.30", "ipv4: 192.168.0.10");
        CliRun r = CliRun.run(cwd, "validar");
        assertEquals(1, r.exit(), r.toString());
        assertEquals(10, lines(r.err(), "instalacao.ipv4: o IPv4 192.168.0.10 não é público").size(), r.err());
    }
}
