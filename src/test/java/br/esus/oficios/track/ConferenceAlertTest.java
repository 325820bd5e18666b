package br.esus.oficios.track;

import static org.junit.jupiter.api.Assertions.assertEquals;

import br.esus.oficios.model.ChecklistEntry;
import br.esus.oficios.model.ChecklistItem;
import br.esus.oficios.model.Status;
import br.esus.oficios.probe.Check;
import br.esus.oficios.probe.ConferenceLog;
import br.esus.oficios.probe.ItemResult;
import br.esus.oficios.probe.Observation;
import br.esus.oficios.probe.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The checklist's alert for an item the latest run of {@code conferir} contradicts. */
class ConferenceAlertTest {
    static final Instant D6 = Instant.parse("2026-12-06T13:00:00Z");
    static final ChecklistItem HTTPS = TrackFixture.item("https", "HTTPS", "implantação", Status.PENDENTE_ALTA);

    static ItemResult httpsExpired() {
        List<Observation> run = List.of(
                new Observation(Check.HTTPS, Outcome.FAILED, "o certificado venceu em 01/12/2026", "", "", List.of(),
                        D6),
                new Observation(Check.HTTP, Outcome.PASSED, "a porta 80 já redireciona", "", "", List.of(), D6));
        return ItemResult.of(new ConferenceLog.Run(D6, run), List.of()).get(0);
    }

    @Test
    void aFailureOfAConcludedItemIsAnAlertWithTheDayOfTheRun() {
        assertEquals(Optional.of("conferência de 06/12/2026: o YAML diz concluido, mas o certificado venceu em "
                + "01/12/2026 — corrija o servidor ou atualize para pendente-alta"),
                ChecklistMatrix.disagreement(httpsExpired(), HTTPS, new ChecklistEntry(Status.CONCLUIDO,
                        LocalDate.of(2026, 12, 6), null, null), Status.CONCLUIDO));
    }

    @Test
    void aYamlRecordOfALaterDayThanTheRunSilencesIt() {
        assertEquals(Optional.empty(), ChecklistMatrix.disagreement(httpsExpired(), HTTPS,
                new ChecklistEntry(Status.CONCLUIDO, LocalDate.of(2026, 12, 7), null, null), Status.CONCLUIDO));
    }

    @Test
    void noRunNoAlert() {
        assertEquals(Optional.empty(), ChecklistMatrix.disagreement(null, HTTPS, null, Status.CONCLUIDO));
    }
}
