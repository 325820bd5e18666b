package br.esus.oficios.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SentLogScan}: the sends log as a report reads it, a line it cannot use never stopping it. */
class SentLogScanTest {
    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }


    @Test
    void readsLinesIgnoringUnknownFields(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ba-santo-amaro/envios.jsonl");
        write(f, "\uFEFF{\"quando\":\"2026-11-23T18:30:00-03:00\",\"documento\":\"oficio-dominio\","
                + "\"para\":[\"dominios@prodeb.ba.gov.br\"],\"cc\":[],\"assunto\":\"Ofício nº 12/2026\","
                + "\"message_id\":\"<a@b>\",\"anexos\":[{\"arquivo\":\"oficio-dominio.pdf\",\"sha256\":\"ab\"}],"
                + "\"campo_novo\":{\"x\":1}}\n");
        SentLogScan.Result log = SentLogScan.read(f);
        assertEquals(List.of(), log.warnings());
        assertEquals(1, log.messages().size());
        SentLogScan.Message m = log.messages().get(0);
        assertEquals("oficio-dominio", m.documento());
        assertEquals(OffsetDateTime.parse("2026-11-23T18:30:00-03:00"), m.when());
        assertEquals(List.of("dominios@prodeb.ba.gov.br"), m.attempt().last().para());
        assertEquals("Ofício nº 12/2026", m.attempt().last().assunto());
        assertEquals("<a@b>", m.messageId());
        assertTrue(m.attempt().sent(), "a line without estado was written before the states: sent");
    }

    @Test
    void brokenLinesBecomeWarningsWithTheirLineNumber(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("envios.jsonl");
        write(f, "{\"quando\":\"2026-09-01T09:00:00-03:00\",\"documento\":\"ticket-prescricao\"}\n"
                + "isto não é json\n"
                + "{\"quando\":\"ontem\",\"documento\":\"oficio-dominio\"}\n"
                + "[1,2]\n"
                + "{\"quando\":\"2026-09-02T09:00:00-03:00\"}\n"
                + "{\"quando\":\"2026-09-03T09:00:00Z\",\"documento\":\"oficio-dominio\"}\n");
        SentLogScan.Result log = SentLogScan.read(f);
        assertEquals(List.of(1, 6), log.messages().stream().map(SentLogScan.Message::line).toList());
        assertEquals(List.of(2, 3, 4, 5), log.warnings().stream().map(Problem::line).toList());
        assertTrue(log.warnings().stream().allMatch(Problem::warning));
        assertTrue(log.warnings().get(1).format().contains("quando: aviso: \"ontem\" não é data e hora"),
                log.warnings().get(1).format());
    }

    @Test
    void missingFileIsAnEmptyLog(@TempDir Path dir) {
        SentLogScan.Result log = SentLogScan.read(dir.resolve("nada/envios.jsonl"));
        assertEquals(List.of(), log.messages());
        assertEquals(List.of(), log.warnings());
    }

    @Test
    void theLinesOfOneMessageFoldIntoItsLatestEventAndFailuresAreNoSend(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("envios.jsonl");
        write(f,
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
        SentLogScan.Result log = SentLogScan.read(f);
        assertEquals(List.of("oficio-dominio <0@x> enviado 1", "ticket-prescricao <1@x> enviado 3",
                "oficio-dominio <2@x> incerto 5", "ticket-prescricao <4@x> incerto 8", "pop <5@x> incerto 9"),
                log.messages().stream().filter(m -> m.attempt().estado() != SentLog.Estado.FALHOU)
                        .map(m -> m.documento() + " " + m.messageId() + " "
                        + (m.attempt().sent() ? "enviado" : "incerto") + " " + m.line()).toList());
        assertEquals(List.of("<0@x>", "<1@x>", "<2@x>", "<3@x>", "<4@x>", "<5@x>"),
                log.messages().stream().map(SentLogScan.Message::messageId).toList(), "the failed one too, in order");
        assertEquals("intencao", log.messages().get(3).attempt().first().estado());
        assertEquals(SentLog.Estado.FALHOU, log.messages().get(3).attempt().estado(), "the refusal decides");
        assertEquals(OffsetDateTime.parse("2026-11-20T10:00:02-03:00"), log.messages().get(1).when(), "the answer's time");
        assertEquals(1, log.warnings().size());
        assertTrue(log.warnings().get(0).format().contains("estado: aviso: \"adiado\" desconhecido"),
                log.warnings().get(0).format());
    }
}
