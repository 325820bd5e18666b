package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
