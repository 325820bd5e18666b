package br.esus.oficios.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentLogTest {
    @TempDir
    Path dir;

    private static SentLog.Entry entry(String quando, String doc, String sha) {
        return entry(quando, doc, "c0", sha);
    }

    private static SentLog.Entry entry(String quando, String doc, String conteudo, String sha) {
        // As written before the states existed: no estado, read as sent.
        return new SentLog.Entry(quando, null, doc, List.of("a@x.gov.br"), List.of("b@y.gov.br"),
                "Ofício nº 12 — Santo Amaro/BA", "<1@x>", conteudo, List.of(new SentLog.Anexo(doc + ".pdf", sha)), null);
    }

    private static Optional<SentLog.Match> findSame(SentLog log, String documento, String conteudoSha256,
            List<SentLog.Anexo> anexos) throws SentLog.SentLogException {
        return SentLog.findSame(log.attempts(), documento, conteudoSha256, anexos);
    }

    private static Optional<SentLog.Attempt> findUncertain(SentLog log, String documento)
            throws SentLog.SentLogException {
        return SentLog.findUncertain(log.attempts(), documento);
    }

    @Test
    void writesExactlyTheAgreedShapeOneObjectPerLine() throws Exception {
        SentLog log = new SentLog(dir);
        log.append(entry("2026-11-23T18:30:00-03:00", "oficio-dominio", "ab12"));
        log.append(entry("2026-11-24T09:00:00-03:00", "ticket-prescricao", "cd34"));
        List<String> lines = Files.readAllLines(dir.resolve("envios.jsonl"), StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        assertEquals("{\"quando\":\"2026-11-23T18:30:00-03:00\",\"documento\":\"oficio-dominio\",\"para\":[\"a@x.gov.br\"],"
                + "\"cc\":[\"b@y.gov.br\"],\"assunto\":\"Ofício nº 12 — Santo Amaro/BA\",\"message_id\":\"<1@x>\","
                + "\"conteudo_sha256\":\"c0\",\"anexos\":[{\"arquivo\":\"oficio-dominio.pdf\",\"sha256\":\"ab12\"}]}", lines.get(0));
        assertEquals(2, log.read().size());
        assertEquals("<1@x>", log.read().get(1).messageId());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("envios.jsonl"), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void theSameContentIsTheSameDocumentEvenWithOtherBytes() throws Exception {
        SentLog log = new SentLog(dir);
        log.append(entry("2026-11-23T18:30:00-03:00", "oficio-dominio", "c1", "aaa"));
        var regenerated = List.of(new SentLog.Anexo("oficio-dominio.pdf", "bbb"));
        SentLog.Match m = findSame(log, "oficio-dominio", "c1", regenerated).orElseThrow();
        assertTrue(m.sameContent());
        assertEquals("2026-11-23T18:30:00-03:00", m.entry().quando());
        assertTrue(findSame(log, "oficio-dominio", "c2", regenerated).isEmpty(), "changed content, changed bytes");
        assertTrue(findSame(log, "ticket-prescricao", "c1", regenerated).isEmpty(), "another document");
        // Byte for byte the same files are the same document whatever the content hash says.
        assertTrue(findSame(log, "oficio-dominio", "c2", List.of(new SentLog.Anexo("oficio-dominio.pdf", "aaa")))
                .isPresent());
    }

    @Test
    void linesWithoutTheContentHashFallBackToTheAttachments() throws Exception {
        Files.writeString(dir.resolve("envios.jsonl"), "{\"quando\":\"2026-11-23T18:30:00-03:00\","
                + "\"documento\":\"oficio-dominio\",\"para\":[\"a@x.gov.br\"],\"cc\":[],\"assunto\":\"x\","
                + "\"message_id\":\"<1@x>\",\"anexos\":[{\"arquivo\":\"oficio-dominio.pdf\",\"sha256\":\"aaa\"}]}\n");
        SentLog log = new SentLog(dir);
        assertEquals(null, log.read().get(0).conteudoSha256());
        var same = List.of(new SentLog.Anexo("oficio-dominio.pdf", "aaa"));
        SentLog.Match m = findSame(log, "oficio-dominio", "c1", same).orElseThrow();
        assertFalse(m.sameContent());
        assertTrue(findSame(log, "ticket-prescricao", "c1", same).isEmpty());
        assertTrue(findSame(log, "oficio-dominio", "c1", List.of(new SentLog.Anexo("oficio-dominio.pdf", "bbb")))
                .isEmpty());
        // A DOCX never sent before makes it a new send.
        assertTrue(findSame(log, "oficio-dominio", "c1", List.of(new SentLog.Anexo("oficio-dominio.pdf", "aaa"),
                new SentLog.Anexo("oficio-dominio.docx", "ccc"))).isEmpty());
    }

    @Test
    void aDamagedLogStopsInsteadOfRiskingADuplicate() throws Exception {
        Files.writeString(dir.resolve("envios.jsonl"), "{\"quando\":\"x\",\"documento\":\"oficio-dominio\"}\n{quebrado\n");
        SentLog.SentLogException e = assertThrows(SentLog.SentLogException.class, () -> new SentLog(dir).read());
        assertTrue(e.getMessage().contains("envios.jsonl:2: linha ilegível"), e.getMessage());
    }

    private static SentLog.Entry event(String quando, String estado, String doc, String id, String conteudo) {
        return new SentLog.Entry(quando, estado, doc, List.of("a@x.gov.br"), List.of(), "Ofício nº 12", id, conteudo,
                List.of(new SentLog.Anexo(doc + ".pdf", "ab")), estado.equals("incerto") ? "sem resposta" : null);
    }

    @Test
    void eventLinesCarryTheirStateAndOnlyTheLatestLineOfAMessageCounts() throws Exception {
        SentLog log = new SentLog(dir);
        log.append(event("2026-11-23T18:30:00-03:00", "intencao", "oficio-dominio", "<1@x>", "c1"));
        log.append(event("2026-11-23T18:30:05-03:00", "incerto", "oficio-dominio", "<1@x>", "c1"));
        List<String> lines = Files.readAllLines(dir.resolve("envios.jsonl"), StandardCharsets.UTF_8);
        assertEquals("{\"quando\":\"2026-11-23T18:30:05-03:00\",\"estado\":\"incerto\",\"documento\":\"oficio-dominio\","
                + "\"para\":[\"a@x.gov.br\"],\"cc\":[],\"assunto\":\"Ofício nº 12\",\"message_id\":\"<1@x>\","
                + "\"conteudo_sha256\":\"c1\",\"anexos\":[{\"arquivo\":\"oficio-dominio.pdf\",\"sha256\":\"ab\"}],"
                + "\"detalhe\":\"sem resposta\"}", lines.get(1));
        assertTrue(lines.get(0).contains("\"estado\":\"intencao\"") && !lines.get(0).contains("detalhe"), lines.get(0));

        List<SentLog.Attempt> a = log.attempts();
        assertEquals(1, a.size(), "one message");
        assertEquals(SentLog.Estado.INCERTO, a.get(0).estado());
        assertEquals("2026-11-23T18:30:00-03:00", a.get(0).first().quando());
        assertEquals("sem resposta", a.get(0).why());
        assertTrue(findSame(log, "oficio-dominio", "c1", List.of()).isEmpty(), "an uncertain send is not a send");
        assertEquals("<1@x>", findUncertain(log, "oficio-dominio").orElseThrow().last().messageId());
        assertTrue(findUncertain(log, "ticket-prescricao").isEmpty());

        // A failed --reenviar changes nothing; a successful one settles the document.
        log.append(event("2026-11-24T09:00:00-03:00", "intencao", "oficio-dominio", "<2@x>", "c1"));
        log.append(event("2026-11-24T09:00:01-03:00", "falhou", "oficio-dominio", "<2@x>", "c1"));
        assertEquals("<1@x>", findUncertain(log, "oficio-dominio").orElseThrow().last().messageId());
        log.append(event("2026-11-24T10:00:00-03:00", "intencao", "oficio-dominio", "<3@x>", "c1"));
        log.append(event("2026-11-24T10:00:01-03:00", "enviado", "oficio-dominio", "<3@x>", "c1"));
        assertTrue(findUncertain(log, "oficio-dominio").isEmpty());
        assertEquals("<3@x>", findSame(log, "oficio-dominio", "c1", List.of()).orElseThrow().entry().messageId());
        assertEquals(List.of("<1@x>", "<2@x>", "<3@x>"), log.attempts().stream().map(x -> x.last().messageId())
                .toList());
    }

    @Test
    void anIntentWithNothingAfterItIsAnInterruptedSendAndBlocksTheDocument() throws Exception {
        SentLog log = new SentLog(dir);
        log.append(event("2026-11-23T18:30:00-03:00", "enviado", "oficio-dominio", "<0@x>", "c0"));
        log.append(event("2026-11-24T18:30:00-03:00", "intencao", "oficio-dominio", "<1@x>", "c1"));
        SentLog.Attempt a = findUncertain(log, "oficio-dominio").orElseThrow();
        assertEquals(SentLog.Estado.INTENCAO, a.estado());
        assertTrue(a.uncertain());
        assertTrue(a.why().startsWith("a execução foi interrompida"), a.why());
        assertTrue(findSame(log, "oficio-dominio", "c1", List.of()).isEmpty());
        assertTrue(findSame(log, "oficio-dominio", "c0", List.of()).isPresent(), "the earlier one was sent");
    }

    @Test
    void oldLinesWithoutStateAreSentAndAnUnknownStateIsUncertain() throws Exception {
        Files.writeString(dir.resolve("envios.jsonl"), "{\"quando\":\"2026-11-23T18:30:00-03:00\","
                + "\"documento\":\"oficio-dominio\",\"message_id\":\"<1@x>\",\"conteudo_sha256\":\"c1\"}\n"
                + "{\"quando\":\"2026-11-24T18:30:00-03:00\",\"estado\":\"adiado\","
                + "\"documento\":\"ticket-prescricao\",\"message_id\":\"<2@x>\"}\n");
        SentLog log = new SentLog(dir);
        assertTrue(log.attempts().get(0).sent());
        assertTrue(findUncertain(log, "oficio-dominio").isEmpty());
        assertTrue(findSame(log, "oficio-dominio", "c1", List.of()).isPresent());
        assertEquals(SentLog.Estado.INCERTO, log.attempts().get(1).estado(), "written by a later version: careful");
        assertTrue(findUncertain(log, "ticket-prescricao").isPresent());
    }
}
