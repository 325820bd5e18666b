package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.read.SyntheticIbge;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PEC version against the SIAPS deadlines, as a coordinator reads it: a table of invented versions passed with
 * {@code --modelos}, and municipalities on each side of each boundary on a fixed day, read from {@code checklist}'s CSV
 * and terminal output and from {@code validar}.
 */
class CliVersoesPecTest {
    private static final LocalDate HOJE = LocalDate.of(2027, 3, 10);

    private static final String TABELA = """
            versoes:
              - {versao: "7.0.1", publicada: 2026-09-10}
              - {versao: "7.0.0", publicada: 2026-09-09}
              - {versao: "6.9.0", publicada: 2026-03-10}
              - {versao: "6.8.0", publicada: 2026-03-09}
              - {versao: "6.7.0", publicada: 2026-05-08}
              - {versao: "6.6.0", publicada: 2026-05-09}
              - {versao: "6.1.0", publicada: 2024-06-01}
              - {versao: "8.0.0", publicada: 2027-01-20, nota: "Exige Java 21"}
            """;

    /** Municipality name → version, one per side of each boundary on {@link #HOJE}. */
    private static final Map<String, String> VERSOES = new LinkedHashMap<>();

    static {
        VERSOES.put("Santo Amaro 1", "7.0.1"); // exactly 6 months: em dia
        VERSOES.put("Santo Amaro 2", "7.0.0"); // 6 months and a day: sem suporte
        VERSOES.put("Santo Amaro 3", "6.9.0"); // exactly 12 months: rejected tomorrow
        VERSOES.put("Santo Amaro 4", "6.8.0"); // 12 months and a day: rejected today
        VERSOES.put("Santo Amaro 5", "6.7.0"); // rejected in 60 days: warned
        VERSOES.put("Santo Amaro 6", "6.6.0"); // rejected in 61 days: only sem suporte
        VERSOES.put("Santo Amaro 7", "6.5.5"); // not in the table
    }

    @TempDir
    Path cwd;

    @BeforeEach
    void municipalities() throws IOException {
        Files.createDirectories(cwd.resolve("municipios"));
        Files.createDirectories(cwd.resolve("tabela"));
        Files.writeString(cwd.resolve("tabela/versoes-pec.yaml"), TABELA);
        String example = Files.readString(Path.of("municipios/ba-santo-amaro.yaml"));
        int n = 1;
        for (Map.Entry<String, String> e : VERSOES.entrySet()) {
            String yaml = SyntheticIbge.otherMunicipality(example, "2928604", "Santo Amaro", n++)
                    .replace("versao_pec: \"5.3.21\"", "versao_pec: \"" + e.getValue() + "\"");
            Files.writeString(cwd.resolve("municipios/" + e.getKey().toLowerCase().replace(' ', '-') + ".yaml"), yaml);
        }
    }

    @Test
    void theCsvGivesEachMunicipalitysVersionAgeAndSituation() throws IOException {
        CliRun r = CliRun.run(cwd, Map.of(), HOJE, "checklist", "--modelos", "tabela", "--formato", "csv", "--saida",
                "c.csv");
        assertEquals(0, r.exit(), r.toString());
        List<String> lines = Files.readAllLines(cwd.resolve("c.csv"), StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).substring(1).split(";", -1));
        int nome = header.indexOf("municipio");
        int versao = header.indexOf("versao_pec");
        Map<String, String> seen = new LinkedHashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(";", -1);
            String row = String.join(" | ", f[versao], f[versao + 1], f[versao + 2], f[versao + 3]);
            String before = seen.put(f[nome], row);
            assertTrue(before == null || before.equals(row), "the same on every row of " + f[nome]);
        }
        assertEquals(Map.of(
                "Santo Amaro 1", "7.0.1 | 10/09/2026 | 6 meses | em dia",
                "Santo Amaro 2", "7.0.0 | 09/09/2026 | 6 meses | sem suporte desde 10/03/2027",
                "Santo Amaro 3", "6.9.0 | 10/03/2026 | 1 ano | dados rejeitados a partir de 11/03/2027",
                "Santo Amaro 4", "6.8.0 | 09/03/2026 | 1 ano | dados rejeitados desde 10/03/2027",
                "Santo Amaro 5", "6.7.0 | 08/05/2026 | 10 meses | dados rejeitados a partir de 09/05/2027",
                "Santo Amaro 6", "6.6.0 | 09/05/2026 | 10 meses | sem suporte desde 10/11/2026",
                "Santo Amaro 7", "6.5.5 |  |  | fora da tabela de versões"), seen);
    }

    @Test
    void theTerminalListsTheVersionsMostUrgentFirstWithTheTotalsAndTheAlerts() {
        CliRun r = CliRun.run(cwd, Map.of("NO_COLOR", "1"), HOJE, "checklist", "--modelos", "tabela");
        assertEquals(0, r.exit(), r.toString());
        String out = r.out();
        String table = out.substring(out.indexOf("Versões do PEC em 10/03/2027"), out.indexOf("Alertas"));
        List<String> rows = table.lines().filter(l -> l.startsWith("BA ")).map(l -> l.replaceAll(" {2,}", " | "))
                .toList();
        assertEquals(List.of(
                "BA | Santo Amaro 4 | 6.8.0 | 09/03/2026 | 1 ano | dados rejeitados desde 10/03/2027",
                "BA | Santo Amaro 3 | 6.9.0 | 10/03/2026 | 1 ano | dados rejeitados a partir de 11/03/2027",
                "BA | Santo Amaro 5 | 6.7.0 | 08/05/2026 | 10 meses | dados rejeitados a partir de 09/05/2027",
                "BA | Santo Amaro 7 | 6.5.5 | — | — | fora da tabela de versões",
                "BA | Santo Amaro 6 | 6.6.0 | 09/05/2026 | 10 meses | sem suporte desde 10/11/2026",
                "BA | Santo Amaro 2 | 7.0.0 | 09/09/2026 | 6 meses | sem suporte desde 10/03/2027",
                "BA | Santo Amaro 1 | 7.0.1 | 10/09/2026 | 6 meses | em dia"), rows, table);
        assertTrue(table.contains("Municípios por situação: dados rejeitados 1 · rejeição em até 60 dias 2 · fora da "
                + "tabela 1 · sem suporte 2 · em dia 1"), table);
        List<String> alerts = out.substring(out.indexOf("Alertas")).lines().filter(l -> l.contains("versão do PEC"))
                .map(String::strip).toList();
        assertEquals(List.of(
                "BA Santo Amaro 4 — versão do PEC 6.8.0: dados rejeitados desde 10/03/2027 (publicada em 09/03/2026): "
                        + "atualize o PEC já",
                "BA Santo Amaro 3 — versão do PEC 6.9.0: dados rejeitados a partir de 11/03/2027 (publicada em "
                        + "10/03/2026): atualize o PEC antes disso",
                "BA Santo Amaro 5 — versão do PEC 6.7.0: dados rejeitados a partir de 09/05/2027 (publicada em "
                        + "08/05/2026): atualize o PEC antes disso",
                // 6.6.0, the next version in the table, is still accepted: nothing can be said of 6.5.5's data.
                "BA Santo Amaro 7 — versão do PEC 6.5.5: fora da tabela de versões; acrescente-a ao versoes-pec.yaml "
                        + "com a data de publicação",
                "BA Santo Amaro 6 — versão do PEC 6.6.0: sem suporte desde 10/11/2026: atualize o PEC antes de "
                        + "10/05/2027, quando os dados passam a ser rejeitados",
                "BA Santo Amaro 2 — versão do PEC 7.0.0: sem suporte desde 10/03/2027: atualize o PEC antes de "
                        + "10/09/2027, quando os dados passam a ser rejeitados"), alerts, out);
        assertTrue(out.contains("Alertas (" + (alerts.size() + 7) + ")"), "6 versions and the 7 restore drills");
    }

    @Test
    void aVersionOlderThanOneWhoseDataAreRejectedIsSaidToBeRejectedToo() {
        CliRun r = CliRun.run(cwd, Map.of("NO_COLOR", "1"), HOJE.plusMonths(2), "checklist", "--modelos", "tabela");
        assertTrue(r.out().contains("BA Santo Amaro 7 — versão do PEC 6.5.5: fora da tabela de versões; acrescente-a "
                + "ao versoes-pec.yaml com a data de publicação; é anterior à 6.6.0, cujos dados são rejeitados desde "
                + "10/05/2027, então os dela também: atualize o PEC já"), r.out());
    }

    @Test
    void beforeTheFirstOfJanuary2026NothingIsRejectedAndFromThenOnTheOldVersionsAre() throws IOException {
        Path f = cwd.resolve("municipios/santo-amaro-1.yaml");
        Files.writeString(f, Files.readString(f).replace("\"7.0.1\"", "\"6.1.0\""));
        CliRun antes = CliRun.run(cwd, Map.of("NO_COLOR", "1"), LocalDate.of(2025, 12, 31), "checklist", "--modelos",
                "tabela");
        assertTrue(row(antes, "Santo Amaro 1").equals("BA | Santo Amaro 1 | 6.1.0 | 01/06/2024 | 1 ano e 6 meses | "
                + "dados rejeitados a partir de 01/01/2026"), antes.out());
        CliRun depois = CliRun.run(cwd, Map.of("NO_COLOR", "1"), LocalDate.of(2026, 1, 1), "checklist", "--modelos",
                "tabela");
        assertTrue(row(depois, "Santo Amaro 1").equals("BA | Santo Amaro 1 | 6.1.0 | 01/06/2024 | 1 ano e 7 meses | "
                + "dados rejeitados desde 01/01/2026"), depois.out());
    }

    /** The line of {@code nome} in the versions table, its columns split by " | ". */
    private static String row(CliRun r, String nome) {
        String table = r.out().substring(r.out().indexOf("Versões do PEC em"));
        return table.lines().filter(l -> l.startsWith("BA  " + nome + " ")).findFirst().orElse("")
                .replaceAll(" {2,}", " | ");
    }

    @Test
    void validarWarnsOnTheVersionLineNamingTheNewestVersion() {
        CliRun r = CliRun.run(cwd, Map.of(), HOJE, "validar", "--modelos", "tabela");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("municipios/santo-amaro-4.yaml:40:15: instalacao.versao_pec: aviso: os dados "
                + "enviados pela versão 6.8.0 (publicada em 09/03/2026) são rejeitados no SIAPS desde 10/03/2027 (mais "
                + "de 12 meses, Nota Técnica nº 12/2025); atualize para a 8.0.0, a mais recente da tabela"), r.err());
        assertTrue(r.err().contains("municipios/santo-amaro-2.yaml:40:15: instalacao.versao_pec: aviso: a versão 7.0.0 "
                + "(publicada em 09/09/2026) está sem suporte técnico desde 10/03/2027 (6 meses, Nota Informativa nº "
                + "12/2025) e os dados dela são rejeitados no SIAPS a partir de 10/09/2027; atualize para a 8.0.0, a "
                + "mais recente da tabela"), r.err());
        assertTrue(r.err().contains("municipios/santo-amaro-7.yaml:40:15: instalacao.versao_pec: aviso: a versão 6.5.5 "
                + "não está na tabela de versões do PEC (versoes-pec.yaml); acrescente-a com a data de publicação"),
                r.err());
        assertTrue(!r.err().contains("santo-amaro-1.yaml"), "em dia: nothing to say\n" + r.err());
        assertTrue(r.out().contains("municipios/santo-amaro-1.yaml: válido\n"), r.out());
        assertTrue(r.out().contains("municipios/santo-amaro-4.yaml: válido (1 aviso)"), r.out());
        assertTrue(r.out().contains("7 arquivos válidos, com 6 avisos."), r.out());
    }

    @Test
    void aBrokenTableStopsTheCommandWithTheLineAndColumn() throws IOException {
        Files.writeString(cwd.resolve("tabela/versoes-pec.yaml"), "versoes:\n  - {versao: \"7.0.1\", publicada: ontem}\n");
        CliRun r = CliRun.run(cwd, Map.of(), HOJE, "checklist", "--modelos", "tabela");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("tabela/versoes-pec.yaml:2:34: versoes[0].publicada: data inválida \"ontem\""),
                r.err());
    }
}
