package br.esus.oficios.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.read.ChecklistCatalogReader;
import br.esus.oficios.read.MunicipioReader;
import br.esus.oficios.read.ReadResult;
import br.esus.oficios.read.TemplateFiles;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disagreements of {@code conferir} with the YAML, with a fake probe and a fixed clock. */
class ProbeRunTest {
    static final Instant NOW = Instant.parse("2026-12-06T14:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String DOMAIN = "esus.itabaiana.se.gov.br";

    @TempDir
    Path dir;

    /** Itabaiana as the example has it, with its checklist lines for the three items replaced. */
    Municipio itabaiana(String dns, String https, String link) throws Exception {
        String yaml = Files.readString(Path.of("municipios/se-itabaiana.yaml"))
                .replaceAll("(?m)^  dns_govbr: .*$", dns.isEmpty() ? "" : "  dns_govbr: " + dns)
                .replaceAll("(?m)^  https: .*$", https.isEmpty() ? "" : "  https: " + https)
                .replaceAll("(?m)^  link_instalacao: .*$", link.isEmpty() ? "" : "  link_instalacao: " + link);
        Path f = dir.resolve("se-itabaiana.yaml");
        Files.writeString(f, yaml);
        ReadResult r = new MunicipioReader(catalog(), LocalDate.of(2026, 12, 6)).read(f, Path.of("se-itabaiana.yaml"));
        assertTrue(r.ok(), r.problems().toString());
        return r.municipio();
    }

    static ChecklistCatalog catalog() throws Exception {
        return new ChecklistCatalogReader().load(TemplateFiles.of(null, Path.of(".")));
    }

    ProbeRun.Result.Done run(Municipio m, List<Observation> seen) throws Exception {
        return (ProbeRun.Result.Done) ProbeRun.run(List.of(m), catalog(), FakeProbe.byDomain(Map.of(DOMAIN, seen),
                NOW), dir.resolve("output"), CLOCK, "gerar-oficios teste");
    }

    List<String> disagreements(ProbeRun.Result.Done d) {
        return d.disagreements().stream().map(ProbeRun.Line::toString).toList();
    }

    @Test
    void aProbeThatBreaksLeavesEveryCheckOfThatMunicipalityNotCheckedInPortuguese() {
        Probe broken = new Probe() {
            @Override
            public List<Observation> probe(Target target) {
                throw new IllegalStateException("java.lang.NullPointerException in some library");
            }

            @Override
            public java.util.Optional<String> networkProblem() {
                return java.util.Optional.empty();
            }
        };
        List<Observation> seen = ProbeRun.observe(broken, new Target(DOMAIN, "177.43.210.15", null, null), NOW);
        assertEquals(List.of(Check.values()), seen.stream().map(Observation::check).toList());
        for (Observation o : seen) {
            assertEquals(Outcome.NOT_CHECKED, o.outcome());
            assertEquals("erro inesperado do gerar-oficios ao conferir este município; os outros foram conferidos",
                    o.reason());
        }
    }

    @Test
    void theTargetComesFromInstalacao() throws Exception {
        Target t = ProbeRun.target(itabaiana("pendente-alta", "pendente-alta", "nao-se-aplica"));
        assertEquals(new Target(DOMAIN, "177.43.210.15", URI.create("https://esus.itabaiana.se.gov.br"), "5.2.8"), t);
    }

    @Test
    void passedButPendingSaysSinceWhenAndToUpdate() throws Exception {
        Path log = dir.resolve("output/se-itabaiana").resolve(ConferenceLog.FILE);
        Instant d1 = Instant.parse("2026-12-01T13:00:00Z");
        Instant d3 = Instant.parse("2026-12-03T13:00:00Z");
        ConferenceLog.append(log, new ConferenceLog.Run(d1, FakeProbe.with(FakeProbe.allPassed(d1),
                FakeProbe.obs(Check.DNS, Outcome.FAILED, "o registro A aponta para 200.1.2.3, não para 177.43.210.15",
                        d1))), "v");
        ConferenceLog.append(log, new ConferenceLog.Run(d3, FakeProbe.allPassed(d3)), "v");
        ProbeRun.Result.Done d = run(itabaiana("{status: pendente-alta, observacao: \"ofício enviado\"}",
                "concluido", "nao-se-aplica"), FakeProbe.allPassed(NOW));
        assertEquals(List.of("SE Itabaiana — dns_govbr: o YAML diz pendente-alta, mas o registro A já aponta para o "
                + "servidor (177.43.210.15) desde 03/12/2026 — atualize para concluido"), disagreements(d));
        assertEquals(3, ConferenceLog.read(log).runs().size());
        assertEquals(0, d.notChecked());
    }

    @Test
    void anItemTheYamlDoesNotMentionIsPendingByTheCatalog() throws Exception {
        ProbeRun.Result.Done d = run(itabaiana("concluido", "", "concluido"), FakeProbe.allPassed(NOW));
        assertEquals(List.of("SE Itabaiana — https: o YAML não menciona o item (pendente-alta pelo catálogo), mas o "
                + "certificado é válido até 01/03/2027 e a porta 80 já redireciona para HTTPS desde 06/12/2026 — "
                + "atualize para concluido"), disagreements(d));
    }

    @Test
    void failedButConcluidoSaysWhatWasSeenAndWhatToDo() throws Exception {
        ProbeRun.Result.Done d = run(itabaiana("concluido", "{status: concluido, data: 2026-11-30}", "concluido"),
                FakeProbe.with(FakeProbe.with(FakeProbe.allPassed(NOW), FakeProbe.obs(Check.HTTPS, Outcome.FAILED,
                        "o certificado venceu em 01/12/2026", NOW)), FakeProbe.obs(Check.PEC, Outcome.FAILED,
                        "a página não é a do PEC (título \"It works!\")", NOW)));
        assertEquals(List.of("SE Itabaiana — https: o YAML diz concluido, mas o certificado venceu em 01/12/2026 — "
                + "corrija o servidor ou atualize para pendente-alta",
                "SE Itabaiana — link_instalacao: o YAML diz concluido, mas a página não é a do PEC (título \"It "
                + "works!\") — corrija o servidor ou atualize para pendente-baixa"), disagreements(d));
    }

    @Test
    void aFailureOfAPendingItemAgreesAndNaoSeAplicaNeverDisagrees() throws Exception {
        ProbeRun.Result.Done d = run(itabaiana("pendente-baixa", "pendente-alta", "nao-se-aplica"),
                FakeProbe.with(FakeProbe.with(FakeProbe.allPassed(NOW), FakeProbe.obs(Check.DNS, Outcome.FAILED,
                        "o domínio esus.itabaiana.se.gov.br não existe", NOW)), FakeProbe.obs(Check.HTTP,
                        Outcome.FAILED, "a conexão foi recusada na porta 80", NOW)));
        assertEquals(List.of(), disagreements(d));
        ProbeRun.Result.Done failedNa = run(itabaiana("concluido", "concluido", "nao-se-aplica"),
                FakeProbe.with(FakeProbe.allPassed(NOW), FakeProbe.obs(Check.PEC, Outcome.FAILED,
                        "a página respondeu 404", NOW)));
        assertEquals(List.of(), disagreements(failedNa));
    }

    @Test
    void notCheckedNeverDisagreesButIsCounted() throws Exception {
        ProbeRun.Result.Done d = run(itabaiana("concluido", "pendente-alta", "concluido"),
                FakeProbe.with(FakeProbe.allPassed(NOW), FakeProbe.obs(Check.DNS, Outcome.NOT_CHECKED,
                        "o servidor DNS 127.0.0.1:5353 não respondeu em 5 segundos", NOW)));
        assertEquals(List.of("SE Itabaiana — https: o YAML diz pendente-alta, mas o certificado é válido até "
                + "01/03/2027 e a porta 80 já redireciona para HTTPS desde 06/12/2026 — atualize para concluido"),
                disagreements(d));
        assertEquals(1, d.notChecked());
    }

    @Test
    void withoutNetworkNothingIsAskedNorWritten() throws Exception {
        FakeProbe offline = FakeProbe.offline("sem rede: nenhuma rota para 8.8.8.8");
        ProbeRun.Result r = ProbeRun.run(List.of(itabaiana("concluido", "concluido", "concluido")), catalog(),
                offline, dir.resolve("output"), CLOCK, "v");
        assertEquals(new ProbeRun.Result.NoNetwork("sem rede: nenhuma rota para 8.8.8.8"), r);
        assertTrue(offline.asked.isEmpty());
        assertFalse(Files.exists(dir.resolve("output")));
    }

    @Test
    void theReportShowsTheTableTheReasonsTheWarningsAndTheDisagreements() throws Exception {
        ProbeRun.Result.Done d = run(itabaiana("concluido", "concluido", "nao-se-aplica"), FakeProbe.with(
                FakeProbe.with(FakeProbe.allPassed(NOW), FakeProbe.obs(Check.HTTPS, Outcome.FAILED,
                        "o certificado venceu em 01/12/2026", NOW)), FakeProbe.obs(Check.PEC, Outcome.NOT_CHECKED,
                        "a conexão foi recusada na porta 443", NOW, "a página mostra a versão 5.3.21, o YAML diz "
                                + "5.2.8")));
        assertInstanceOf(ProbeRun.Result.Done.class, d);
        assertEquals(List.of(
                "Município     dns  https   http  pec",
                "──────────────────────────────────────────────",
                "SE Itabaiana  ok   falhou  ok    não conferido",
                "",
                "Motivos",
                "  SE Itabaiana — https: falhou: o certificado venceu em 01/12/2026",
                "  SE Itabaiana — pec: não conferido: a conexão foi recusada na porta 443",
                "",
                "Avisos",
                "  SE Itabaiana — pec: a página mostra a versão 5.3.21, o YAML diz 5.2.8",
                "",
                "Divergências com o YAML (1)",
                "  SE Itabaiana — https: o YAML diz concluido, mas o certificado venceu em 01/12/2026 — corrija o "
                        + "servidor ou atualize para pendente-alta"), ProbeReport.lines(d));
        assertEquals("1 município conferido: 1 divergência com o YAML; 1 verificação não conferida.",
                ProbeReport.summary(d));
    }
}
