package br.esus.oficios.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConferenceLogTest {
    static final Instant D1 = Instant.parse("2026-12-01T13:00:00Z");
    static final Instant D2 = Instant.parse("2026-12-02T13:00:00Z");
    static final Instant D3 = Instant.parse("2026-12-03T13:00:00Z");
    static final Instant D4 = Instant.parse("2026-12-04T13:00:00Z");
    static final Instant D6 = Instant.parse("2026-12-06T13:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aRunIsOneLineThatReadsBackAsWritten() throws Exception {
        Path f = dir.resolve("se-itabaiana").resolve(ConferenceLog.FILE);
        List<Observation> obs = FakeProbe.with(FakeProbe.allPassed(D6), FakeProbe.obs(Check.HTTPS, Outcome.FAILED,
                "o certificado venceu em 01/12/2026", D6, "o certificado vence em 12 dias (18/12/2026)"));
        ConferenceLog.append(f, new ConferenceLog.Run(D6, obs), "gerar-oficios 1.2");
        List<String> lines = Files.readAllLines(f);
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).startsWith("{\"quando\":\"2026-12-06T13:00:00Z\",\"versao\":\"gerar-oficios 1.2\","
                + "\"conferencias\":[{\"conferencia\":\"dns\",\"item\":\"dns_govbr\",\"resultado\":\"ok\","), lines.get(0));
        assertTrue(lines.get(0).contains("{\"conferencia\":\"https\",\"item\":\"https\",\"resultado\":\"falhou\","
                + "\"motivo\":\"o certificado venceu em 01/12/2026\",\"pergunta\":\"pergunta https\","
                + "\"resposta\":\"resposta https\",\"avisos\":[\"o certificado vence em 12 dias (18/12/2026)\"],"
                + "\"quando\":\"2026-12-06T13:00:00Z\"}"), lines.get(0));
        ConferenceLog.Scan scan = ConferenceLog.read(f);
        assertEquals(List.of(new ConferenceLog.Run(D6, obs)), scan.runs());
        assertEquals(List.of(), scan.warnings());
    }

    @Test
    void aHalfLastLineIsSkippedWithAWarningAndTheNextRunStartsOnItsOwnLine() throws Exception {
        Path f = dir.resolve(ConferenceLog.FILE);
        ConferenceLog.append(f, new ConferenceLog.Run(D1, FakeProbe.allPassed(D1)), "v");
        String whole = Files.readString(f);
        // A crash in the middle of the second write: half of a line, no line break.
        Files.writeString(f, whole + whole.substring(0, 40), StandardCharsets.UTF_8);
        ConferenceLog.Scan before = ConferenceLog.read(f);
        assertEquals(1, before.runs().size());
        assertEquals(List.of(f + ":2:1: aviso: linha incompleta ou com JSON inválido (uma "
                + "execução interrompida pode deixar a última linha pela metade); linha ignorada"),
                before.warnings().stream().map(Problem::format).toList());
        ConferenceLog.append(f, new ConferenceLog.Run(D2, FakeProbe.allPassed(D2)), "v");
        ConferenceLog.Scan after = ConferenceLog.read(f);
        assertEquals(List.of(D1, D2), after.runs().stream().map(ConferenceLog.Run::when).toList());
        assertEquals(1, after.warnings().size());
        assertEquals(3, Files.readAllLines(f).size());
    }

    @Test
    void aReasonTheChecksOfAnItemShareIsSaidOnce() {
        String none = "sem endereço onde conectar: o domínio esus.x.se.gov.br não existe (NXDOMAIN)";
        List<Observation> run = FakeProbe.with(FakeProbe.with(FakeProbe.allPassed(D6), FakeProbe.obs(Check.HTTPS,
                Outcome.NOT_CHECKED, none, D6)), FakeProbe.obs(Check.HTTP, Outcome.NOT_CHECKED, none, D6));
        assertEquals("não conferido em 06/12/2026 — " + none,
                ItemResult.of(new ConferenceLog.Run(D6, run), List.of()).get(1).note());
    }

    @Test
    void noFileNoRuns() {
        ConferenceLog.Scan s = ConferenceLog.read(dir.resolve("nada.jsonl"));
        assertTrue(s.runs().isEmpty() && s.warnings().isEmpty());
    }

    @Test
    void theSeriesOfPassesStartsAfterTheLatestFailureAndSkipsRunsThatCouldNotCheck() {
        List<Observation> dnsFailed = FakeProbe.with(FakeProbe.allPassed(D1), FakeProbe.obs(Check.DNS,
                Outcome.FAILED, "o registro A aponta para 200.1.2.3, não para 177.43.210.15", D1));
        List<Observation> dnsNotChecked = FakeProbe.with(FakeProbe.allPassed(D3), FakeProbe.obs(Check.DNS,
                Outcome.NOT_CHECKED, "o servidor DNS não respondeu", D3));
        List<ConferenceLog.Run> history = List.of(new ConferenceLog.Run(D1, dnsFailed),
                new ConferenceLog.Run(D2, FakeProbe.allPassed(D2)), new ConferenceLog.Run(D3, dnsNotChecked),
                new ConferenceLog.Run(D4, FakeProbe.allPassed(D4)));
        List<ItemResult> now = ItemResult.of(new ConferenceLog.Run(D6, FakeProbe.allPassed(D6)), history);
        assertEquals(List.of("dns_govbr", "https", "link_instalacao"), now.stream().map(ItemResult::item).toList());
        assertEquals(LocalDate.of(2026, 12, 2), now.get(0).sinceDay());
        // https never failed: passed since the first run.
        assertEquals(LocalDate.of(2026, 12, 1), now.get(1).sinceDay());
        // The first pass is the run itself.
        assertEquals(LocalDate.of(2026, 12, 6), ItemResult.of(new ConferenceLog.Run(D6, FakeProbe.allPassed(D6)),
                List.of(new ConferenceLog.Run(D1, dnsFailed))).get(0).sinceDay());
    }

    @Test
    void anItemPassesOnlyWhenEveryCheckThatCoversItPassed() {
        List<Observation> noHttp = FakeProbe.allPassed(D6).stream().filter(o -> o.check() != Check.HTTP).toList();
        ItemResult https = ItemResult.of(new ConferenceLog.Run(D6, noHttp), List.of()).get(1);
        assertEquals(Outcome.NOT_CHECKED, https.outcome());
        List<Observation> httpFailed = FakeProbe.with(FakeProbe.allPassed(D6), FakeProbe.obs(Check.HTTP,
                Outcome.FAILED, "a conexão foi recusada na porta 80", D6));
        ItemResult failed = ItemResult.of(new ConferenceLog.Run(D6, httpFailed), List.of()).get(1);
        assertEquals("conferido em 06/12/2026: falhou — a conexão foi recusada na porta 80", failed.note());
        assertEquals("conferido em 06/12/2026: ok",
                ItemResult.of(new ConferenceLog.Run(D6, FakeProbe.allPassed(D6)), List.of()).get(0).note());
        assertEquals("não conferido em 06/12/2026 — o servidor DNS não respondeu", ItemResult.of(
                new ConferenceLog.Run(D6, FakeProbe.with(FakeProbe.allPassed(D6), FakeProbe.obs(Check.DNS,
                        Outcome.NOT_CHECKED, "o servidor DNS não respondeu", D6))), List.of()).get(0).note());
    }
}
