package br.esus.oficios.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.Problem;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnviosReaderTest {

    @Test
    void readsLinesIgnoringUnknownFields(@TempDir Path dir) throws Exception {
        TrackFixture.writeEnvios(dir);
        EnviosReader.Log log = new EnviosReader().read(dir.resolve("ba-santo-amaro/envios.jsonl"));
        assertEquals(List.of(), log.avisos());
        assertEquals(1, log.envios().size());
        Envio e = log.envios().get(0);
        assertEquals("oficio-dominio", e.documento());
        assertEquals(OffsetDateTime.parse("2026-11-23T18:30:00-03:00"), e.quando());
        assertEquals(List.of("dominios@prodeb.ba.gov.br"), e.para());
        assertEquals("Ofício nº 12/2026", e.assunto());
    }

    @Test
    void brokenLinesBecomeWarningsWithTheirLineNumber(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("envios.jsonl");
        TrackFixture.write(f, "{\"quando\":\"2026-09-01T09:00:00-03:00\",\"documento\":\"ticket-prescricao\"}\n"
                + "isto não é json\n"
                + "{\"quando\":\"ontem\",\"documento\":\"oficio-dominio\"}\n"
                + "[1,2]\n"
                + "{\"quando\":\"2026-09-02T09:00:00-03:00\"}\n"
                + "{\"quando\":\"2026-09-03T09:00:00Z\",\"documento\":\"oficio-dominio\"}\n");
        EnviosReader.Log log = new EnviosReader().read(f);
        assertEquals(List.of(1, 6), log.envios().stream().map(Envio::linha).toList());
        assertEquals(List.of(2, 3, 4, 5), log.avisos().stream().map(Problem::line).toList());
        assertTrue(log.avisos().stream().allMatch(Problem::warning));
        assertTrue(log.avisos().get(1).format().contains("quando: aviso: \"ontem\" não é data e hora"),
                log.avisos().get(1).format());
    }

    @Test
    void missingFileIsAnEmptyLog(@TempDir Path dir) {
        EnviosReader.Log log = new EnviosReader().read(dir.resolve("nada/envios.jsonl"));
        assertEquals(List.of(), log.envios());
        assertEquals(List.of(), log.avisos());
    }

    @Test
    void theLinesOfOneMessageFoldIntoItsLatestEventAndFailuresAreNoSend(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("envios.jsonl");
        TrackFixture.write(f,
                // written before the states existed: a send
                "{\"quando\":\"2026-09-01T09:00:00-03:00\",\"documento\":\"oficio-dominio\",\"message_id\":\"<0@x>\"}\n"
                // intent then 250
                + "{\"quando\":\"2026-11-20T10:00:00-03:00\",\"estado\":\"intencao\",\"documento\":\"ticket-prescricao\","
                + "\"message_id\":\"<1@x>\"}\n"
                + "{\"quando\":\"2026-11-20T10:00:02-03:00\",\"estado\":\"enviado\",\"documento\":\"ticket-prescricao\","
                + "\"message_id\":\"<1@x>\"}\n"
                // intent then no answer in time
                + "{\"quando\":\"2026-11-23T18:30:00-03:00\",\"estado\":\"intencao\",\"documento\":\"oficio-dominio\","
                + "\"message_id\":\"<2@x>\"}\n"
                + "{\"quando\":\"2026-11-23T18:30:05-03:00\",\"estado\":\"incerto\",\"documento\":\"oficio-dominio\","
                + "\"message_id\":\"<2@x>\",\"detalhe\":\"sem resposta\"}\n"
                // intent then a refusal: nothing
                + "{\"quando\":\"2026-11-24T08:00:00-03:00\",\"estado\":\"intencao\",\"documento\":\"ticket-prescricao\","
                + "\"message_id\":\"<3@x>\"}\n"
                + "{\"quando\":\"2026-11-24T08:00:01-03:00\",\"estado\":\"falhou\",\"documento\":\"ticket-prescricao\","
                + "\"message_id\":\"<3@x>\"}\n"
                // intent and nothing after it: the run was killed
                + "{\"quando\":\"2026-11-25T08:00:00-03:00\",\"estado\":\"intencao\",\"documento\":\"ticket-prescricao\","
                + "\"message_id\":\"<4@x>\"}\n"
                // a state this version does not know
                + "{\"quando\":\"2026-11-26T08:00:00-03:00\",\"estado\":\"adiado\",\"documento\":\"pop\","
                + "\"message_id\":\"<5@x>\"}\n");
        EnviosReader.Log log = new EnviosReader().read(f);
        assertEquals(List.of("oficio-dominio <0@x> enviado 1", "ticket-prescricao <1@x> enviado 3",
                "oficio-dominio <2@x> incerto 5", "ticket-prescricao <4@x> incerto 8", "pop <5@x> incerto 9"),
                log.envios().stream().map(e -> e.documento() + " " + e.messageId() + " "
                        + (e.incerto() ? "incerto" : "enviado") + " " + e.linha()).toList());
        assertEquals(OffsetDateTime.parse("2026-11-20T10:00:02-03:00"), log.envios().get(1).quando(), "the answer's time");
        assertEquals(1, log.avisos().size());
        assertTrue(log.avisos().get(0).format().contains("estado: aviso: \"adiado\" desconhecido"),
                log.avisos().get(0).format());
    }
}
