package br.esus.oficios.track;

import static br.esus.oficios.track.TrackFixture.d;
import static br.esus.oficios.track.TrackFixture.e;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.ChecklistEntry;
import br.esus.oficios.model.Status;
import br.esus.oficios.model.Uf;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistMatrixTest {

    private static ChecklistMatrix matrix() {
        return TrackFixture.matrix(TrackFixture.allFiles(), TrackFixture.catalog(), null);
    }

    private static MunicipioProgress find(ChecklistMatrix m, String nome) {
        return m.municipios().stream().filter(p -> p.name().equals(nome)).findFirst().orElseThrow();
    }

    @Test
    void aRestoreDrillWithoutADateOrOlderThan35DaysIsFlagged() {
        br.esus.oficios.model.ChecklistItem drill = new br.esus.oficios.model.ChecklistItem("teste_restauracao",
                "Teste de restauração", "Ensaio", "POP 5.12", "segurança e backup", Status.PENDENTE_ALTA, 35);
        br.esus.oficios.model.ChecklistCatalog catalog = new br.esus.oficios.model.ChecklistCatalog(List.of(drill));
        java.time.LocalDate hoje = d(2026, 12, 6);
        ChecklistMatrix m = TrackFixture.matrix(List.of(
                TrackFixture.valid("Irecê", Uf.BA, Map.of()),
                TrackFixture.valid("Jequié", Uf.BA, Map.of("teste_restauracao", e(Status.CONCLUIDO, d(2026, 11, 1),
                        null, null))),
                TrackFixture.valid("Lapão", Uf.BA, Map.of("teste_restauracao", e(Status.CONCLUIDO, d(2026, 10, 31),
                        null, null))),
                TrackFixture.valid("Maraú", Uf.BA, Map.of("teste_restauracao", e(Status.NAO_SE_APLICA, null, null,
                        "sem servidor próprio")))), catalog, null, hoje);
        assertEquals("Teste de restauração sem data: registre a data da última vez (vale 35 dias)",
                find(m, "Irecê").flagged().get(0).alert());
        assertTrue(find(m, "Jequié").flagged().isEmpty(), "35 dias ainda valem");
        assertEquals("Teste de restauração feito em 31/10/2026, há 36 dias (vale 35): faça de novo e atualize a data",
                find(m, "Lapão").flagged().get(0).alert());
        assertTrue(find(m, "Maraú").flagged().isEmpty(), "não se aplica: nada a refazer");
    }

    @Test
    void mostUrgentFirstByHighPendingThenPercentageThenName() {
        assertEquals(List.of("Cachoeira", "São Cristóvão", "Olinda", "Santo Amaro", "Aracaju"),
                matrix().municipios().stream().map(MunicipioProgress::name).toList());
    }

    @Test
    void aSecondFileOfTheSameMunicipalityIsNotCountedTwice() {
        br.esus.oficios.read.ReadResult first = TrackFixture.santoAmaro();
        br.esus.oficios.read.ReadResult copy = new br.esus.oficios.read.ReadResult(Path.of("municipios/copia.yaml"),
                first.municipio(), java.util.List.of());
        ChecklistMatrix m = TrackFixture.matrix(java.util.List.of(first, copy), TrackFixture.catalog(), null);
        assertEquals(1, m.municipios().size());
        assertEquals(1, m.invalidFiles().size());
        assertEquals("municipios/copia.yaml:1:1: municipio: é o mesmo município (Santo Amaro/BA) de " + first.file()
                + ", que é o arquivo usado: os dois gravariam em ba-santo-amaro/; apague esta cópia ou corrija o nome e "
                + "a UF", m.invalidFiles().get(0).errors().get(0).format());
    }

    @Test
    void countsPerStatusWithCatalogDefaultsForUnmentionedItems() {
        ChecklistMatrix m = matrix();
        MunicipioProgress cachoeira = find(m, "Cachoeira");
        assertEquals(Map.of(Status.CONCLUIDO, 0, Status.PENDENTE_BAIXA, 5, Status.PENDENTE_ALTA, 6,
                Status.NAO_SE_APLICA, 0), counts(cachoeira));
        assertFalse(cachoeira.items().get(0).mentioned());
        MunicipioProgress sa = find(m, "Santo Amaro");
        assertEquals(Map.of(Status.CONCLUIDO, 5, Status.PENDENTE_BAIXA, 2, Status.PENDENTE_ALTA, 2,
                Status.NAO_SE_APLICA, 2), counts(sa));
        MunicipioProgress sc = find(m, "São Cristóvão");
        assertEquals(Status.PENDENTE_ALTA, sc.items().get(9).status(), "backup_diario unmentioned → catalog default");
        assertEquals(Status.PENDENTE_BAIXA, sc.items().get(10).status(), "firewall unmentioned → catalog default");
    }

    @Test
    void percentageExcludesNotApplicableAndRoundsDown() {
        ChecklistMatrix m = matrix();
        assertEquals(55, find(m, "Santo Amaro").percentDone(), "5 / (11 − 2) = 55.5 → 55");
        assertEquals(100, find(m, "Aracaju").percentDone(), "10 / (11 − 1)");
        assertEquals(72, find(m, "Olinda").percentDone(), "8 / 11 = 72.7 → 72");
        assertEquals(0, find(m, "Cachoeira").percentDone());
    }

    @Test
    void allNotApplicableIsHundredPercentNothingLeft() {
        Map<String, ChecklistEntry> c = new java.util.HashMap<>();
        TrackFixture.catalog().ids().forEach(id -> c.put(id, e(Status.NAO_SE_APLICA, null, null, null)));
        ChecklistMatrix m = TrackFixture.matrix(List.of(TrackFixture.valid("Ilha", Uf.BA, c)),
                TrackFixture.catalog(), null);
        assertEquals(100, m.municipios().get(0).percentDone());
    }

    @Test
    void oldestHighPendingIsEarliestDatedThenUndatedThenCatalogOrder() {
        ChecklistMatrix m = matrix();
        assertEquals("backup_diario", find(m, "Santo Amaro").oldestHighPending().orElseThrow().item().id());
        ItemState sc = find(m, "São Cristóvão").oldestHighPending().orElseThrow();
        assertEquals("dns_govbr", sc.item().id(), "dated items come before the undated backup_diario");
        assertEquals(d(2026, 10, 1), sc.date());
        assertEquals("dump_banco", find(m, "Olinda").oldestHighPending().orElseThrow().item().id(),
                "same date as prescricao_digital: catalog order");
        ItemState cach = find(m, "Cachoeira").oldestHighPending().orElseThrow();
        assertEquals("instalacao_pec", cach.item().id(), "no dates at all: first in catalog order");
        assertNull(cach.date());
        assertTrue(find(m, "Aracaju").oldestHighPending().isEmpty());
    }

    @Test
    void invalidFilesAreListedApartAndLeftOutOfTotals() {
        ChecklistMatrix m = matrix();
        assertEquals(5, m.municipios().size());
        assertEquals(1, m.invalidFiles().size());
        assertEquals(Path.of("municipios", "feira-de-santana.yaml"), m.invalidFiles().get(0).file());
        int itens = TrackFixture.catalog().itens().size();
        int somados = m.totals().values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(5 * itens, somados, "the invalid file adds no items");
        assertEquals(Map.of(Status.CONCLUIDO, 28, Status.PENDENTE_BAIXA, 10, Status.PENDENTE_ALTA, 14,
                Status.NAO_SE_APLICA, 3), m.totals());
        assertEquals(28 * 100 / (55 - 3), m.overallPercent());
    }

    @Test
    void nameTiesUsePortugueseCollation() {
        ChecklistMatrix m = TrackFixture.matrix(List.of(
                TrackFixture.valid("Ubaíra", Uf.BA, Map.of()),
                TrackFixture.valid("Água Fria", Uf.BA, Map.of()),
                TrackFixture.valid("Abaré", Uf.BA, Map.of())), TrackFixture.catalog(), null);
        assertEquals(List.of("Abaré", "Água Fria", "Ubaíra"),
                m.municipios().stream().map(MunicipioProgress::name).toList());
    }

    @Test
    void groupsInCatalogOrder() {
        assertEquals(List.of("implantação", "migração", "integrações", "segurança e backup"), matrix().groups());
    }

    @Test
    void sendsShowDateAndFlagOnlyWhenYamlStillPendingAfterTheSend(@TempDir Path out) throws Exception {
        TrackFixture.writeSentLogs(out);
        ChecklistMatrix m = TrackFixture.matrix(TrackFixture.allFiles(), TrackFixture.catalog(), out);
        ItemState dnsSa = find(m, "Santo Amaro").items().get(2);
        assertEquals("dns_govbr", dnsSa.item().id());
        assertEquals(d(2026, 11, 23), dnsSa.sentOn());
        assertTrue(dnsSa.flagged());
        assertEquals("ofício enviado em 23/11/2026 mas o YAML ainda diz pendente: atualize o status ou registre a "
                + "resposta", dnsSa.alert());
        assertEquals(Status.PENDENTE_BAIXA, dnsSa.status(), "flagged, never changed");

        MunicipioProgress sc = find(m, "São Cristóvão");
        ItemState dnsSc = sc.items().get(2);
        assertEquals(d(2026, 9, 20), dnsSc.sentOn());
        assertFalse(dnsSc.flagged(), "status recorded on 01/10, after the send on 20/09");
        ItemState presc = sc.items().get(7);
        assertEquals(d(2026, 9, 1), presc.sentOn());
        assertFalse(presc.flagged(), "concluded");
        assertEquals(List.of(), sc.flagged());

        assertEquals(1, m.warnings().size(), m.warnings().toString());
        assertTrue(m.warnings().get(0).warning());
        assertTrue(m.warnings().get(0).format().contains("envios.jsonl:3:1: "), m.warnings().get(0).format());
        assertNull(find(m, "Cachoeira").items().get(2).send(), "no log, no send");
    }

    @Test
    void sameDayRecordIsNotFlaggedEarlierRecordIs() {
        Send envio = new Send(java.time.OffsetDateTime.parse("2026-11-23T18:30:00-03:00"), "oficio-dominio", false,
                "");
        Map<String, ChecklistEntry> mesmoDia = Map.of("dns_govbr", e(Status.PENDENTE_BAIXA, d(2026, 11, 23), null,
                "aguardando resposta"));
        Map<String, ChecklistEntry> antes = Map.of("dns_govbr", e(Status.PENDENTE_ALTA, d(2026, 11, 22), null, null));
        assertFalse(ChecklistMatrix.progress(TrackFixture.valid("A", Uf.BA, mesmoDia).municipio(),
                TrackFixture.catalog(), TrackFixture.versoes(), List.of(envio), d(2026, 12, 6)).items().get(2).flagged());
        assertTrue(ChecklistMatrix.progress(TrackFixture.valid("A", Uf.BA, antes).municipio(),
                TrackFixture.catalog(), TrackFixture.versoes(), List.of(envio), d(2026, 12, 6)).items().get(2).flagged());
        assertTrue(ChecklistMatrix.progress(TrackFixture.valid("A", Uf.BA, Map.of()).municipio(),
                TrackFixture.catalog(), TrackFixture.versoes(), List.of(envio), d(2026, 12, 6)).items().get(2).flagged(), "unmentioned → pending default");
    }

    @Test
    void latestSendWins() {
        Send velho = new Send(java.time.OffsetDateTime.parse("2026-10-01T10:00:00-03:00"), "ticket-prescricao",
                false, "");
        Send novo = new Send(java.time.OffsetDateTime.parse("2026-11-02T10:00:00-03:00"), "ticket-prescricao",
                false, "");
        MunicipioProgress p = ChecklistMatrix.progress(TrackFixture.valid("A", Uf.BA, Map.of()).municipio(),
                TrackFixture.catalog(), TrackFixture.versoes(), List.of(novo, velho), d(2026, 12, 6));
        assertEquals(d(2026, 11, 2), p.items().get(7).sentOn());
        assertEquals("ticket enviado em 02/11/2026 mas o YAML ainda diz pendente: atualize o status ou registre a "
                + "resposta", p.items().get(7).alert());
    }

    /** How many items have each status; every status is a key. */
    private static Map<Status, Integer> counts(MunicipioProgress p) {
        Map<Status, Integer> c = new java.util.EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            c.put(s, p.count(s));
        }
        return c;
    }
}
