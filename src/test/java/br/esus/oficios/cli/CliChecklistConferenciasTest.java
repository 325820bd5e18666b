package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.probe.Check;
import br.esus.oficios.probe.ConferenceLog;
import br.esus.oficios.probe.Observation;
import br.esus.oficios.probe.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code checklist} with the evidence of {@code conferir}: the latest result beside each item and the alerts. */
class CliChecklistConferenciasTest {
    static final Instant D3 = Instant.parse("2026-12-03T13:00:00Z");
    static final Instant D6 = Instant.parse("2026-12-06T13:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @TempDir
    Path cwd;

    static Observation obs(Check c, Outcome o, String reason, Instant when) {
        return new Observation(c, o, reason, "pergunta", "resposta", List.of(), when);
    }

    static List<Observation> run(Instant when, Outcome https, String httpsReason) {
        return List.of(obs(Check.DNS, Outcome.PASSED, "o registro A já aponta para o servidor (177.43.210.15)", when),
                obs(Check.HTTPS, https, httpsReason, when),
                obs(Check.HTTP, Outcome.PASSED, "a porta 80 já redireciona para HTTPS", when),
                obs(Check.PEC, Outcome.PASSED, "a página do PEC já responde", when));
    }

    /** Itabaiana's YAML says dns_govbr and https pendente-alta, link_instalacao nao-se-aplica. */
    private Path itabaianaLog() throws Exception {
        if (!Files.exists(cwd.resolve("municipios"))) {
            CliRun.copyExamples(cwd);
        }
        Path log = cwd.resolve("output/se-itabaiana").resolve(ConferenceLog.FILE);
        ConferenceLog.append(log, new ConferenceLog.Run(D3, run(D3, Outcome.PASSED, "o certificado é válido")), "v");
        ConferenceLog.append(log, new ConferenceLog.Run(D6, run(D6, Outcome.FAILED,
                "o certificado venceu em 01/12/2026")), "v");
        return log;
    }

    @Test
    void theLatestResultIsBesideEachItemAndADisagreementIsAnAlert() throws Exception {
        itabaianaLog();
        CliRun r = CliRun.run(cwd, Map.of(), TODAY, "checklist", "--detalhes");
        assertEquals(ExitCodes.OK, r.exit(), r.toString());
        assertTrue(r.out().contains("  SE Itabaiana — dns_govbr: conferência de 06/12/2026: o YAML diz pendente-alta, "
                + "mas o registro A já aponta para o servidor (177.43.210.15) desde 03/12/2026 — atualize para "
                + "concluido\n"), r.out());
        assertTrue(r.out().endsWith("\nConferências registradas\n"
                + "  SE Itabaiana — dns_govbr: conferido em 06/12/2026: ok\n"
                + "  SE Itabaiana — link_instalacao: conferido em 06/12/2026: ok\n"
                + "  SE Itabaiana — https: conferido em 06/12/2026: falhou — o certificado venceu em 01/12/2026\n"),
                r.out());
        assertTrue(r.out().contains("dns_govbr               🚩!  🚩\n"), r.out());
        assertTrue(r.out().contains("servidor não confirmou)\n" + "          ! também quando a última conferência "
                + "diverge do YAML\n"), r.out());
        // https failed and the YAML says pending: they agree, no alert.
        assertTrue(!r.out().contains("SE Itabaiana — https: conferência"), r.out());
        CliRun csv = CliRun.run(cwd, Map.of(), TODAY, "checklist", "--formato", "csv");
        String header = csv.out().lines().findFirst().orElseThrow();
        assertTrue(header.endsWith(";versao_situacao;conferencia"), header);
        assertTrue(csv.out().contains(";conferido em 06/12/2026: falhou — o certificado venceu em 01/12/2026\r\n"),
                csv.out());
        CliRun md = CliRun.run(cwd, Map.of(), TODAY, "checklist", "--formato", "md", "--detalhes");
        assertTrue(md.out().contains("<br>conferido em 06/12/2026: ok"), md.out());
        assertTrue(md.out().contains(" ⚠️ também quando a última conferência diverge do YAML.\n"), md.out());
    }

    @Test
    void theSpreadsheetHasTheColumnOnlyWhenThereAreChecks() throws Exception {
        CliRun.copyExamples(cwd);
        assertEquals(List.of(), checkColumn("antes.xlsx"));
        itabaianaLog();
        assertEquals(List.of("Conferência", "conferido em 06/12/2026: falhou — o certificado venceu em 01/12/2026"),
                checkColumn("depois.xlsx"));
    }

    /** The header of the last column of the sheet with Itabaiana's https item, and that item's cell in it. */
    private List<String> checkColumn(String name) throws Exception {
        CliRun r = CliRun.run(cwd, Map.of(), TODAY, "checklist", "--formato", "xlsx", "--saida", name);
        assertEquals(ExitCodes.OK, r.exit(), r.toString());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(cwd.resolve(name)))) {
            for (org.apache.poi.ss.usermodel.Sheet sh : wb) {
                org.apache.poi.ss.usermodel.Row header = sh.getRow(0);
                int last = header.getLastCellNum() - 1;
                for (org.apache.poi.ss.usermodel.Row row : sh) {
                    if (row.getRowNum() > 0 && row.getLastCellNum() > 2 && "Itabaiana".equals(text(row, 1))
                            && "https".equals(text(row, 2))) {
                        return "Conferência".equals(text(header, last)) ? List.of(text(header, last),
                                text(row, last)) : List.of();
                    }
                }
            }
        }
        throw new AssertionError("item https de Itabaiana não encontrado");
    }

    private static String text(org.apache.poi.ss.usermodel.Row row, int c) {
        org.apache.poi.ss.usermodel.Cell cell = row.getCell(c);
        return cell == null || cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING ? ""
                : cell.getStringCellValue();
    }

    @Test
    void withoutEvidenceTheChecklistIsAsBefore() throws Exception {
        CliRun.copyExamples(cwd);
        CliRun before = CliRun.run(cwd, Map.of(), TODAY, "checklist", "--formato", "csv");
        assertTrue(before.out().lines().findFirst().orElseThrow().endsWith(";versao_situacao"), before.out());
        assertTrue(!CliRun.run(cwd, Map.of(), TODAY, "checklist", "--detalhes").out().contains("Conferências"));
    }

    @Test
    void aCutLastLineIsAWarningAndTheRunsBeforeItStillCount() throws Exception {
        Path log = itabaianaLog();
        Files.writeString(log, Files.readString(log) + "{\"quando\":\"2026-12-07T", StandardCharsets.UTF_8);
        CliRun r = CliRun.run(cwd, Map.of(), TODAY, "checklist");
        assertEquals("output/se-itabaiana/conferencias.jsonl:3:1: aviso: linha incompleta ou com JSON inválido (uma "
                + "execução interrompida pode deixar a última linha pela metade); linha ignorada\n",
                r.err().replace(cwd + "/", ""));
        assertTrue(r.out().contains("SE Itabaiana — dns_govbr: conferência de 06/12/2026"), r.out());
    }
}
