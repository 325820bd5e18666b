package br.esus.oficios.send;

import static br.esus.oficios.send.MailFixtures.CLOCK;
import static br.esus.oficios.send.MailFixtures.ORGAO_EMAIL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.cli.SendReport;
import br.esus.oficios.send.SendResult.Outcome;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Once and only once against a real SMTP exchange that goes wrong after the message was handed over: a {@code 250}
 * that comes after the client's time limit, a server that hangs up, a refusal; and the run killed after its intent.
 * The client's time limit is 1 s; the late server answers after 2.5 s.
 */
class MailServiceLateAnswerTest {
    @TempDir
    Path tmp;

    private LoopbackSmtpServer server;
    private final MailFixtures.RecordingSleeper sleeper = new MailFixtures.RecordingSleeper();

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackSmtpServer();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private Path folder() {
        return tmp.resolve("output").resolve(MailFixtures.santoAmaro().outputFolderName());
    }

    private MailSettings settings() {
        return new MailSettings("127.0.0.1", server.port(), Seguranca.NENHUMA, null, "coordenacao@localhost",
                "Coordenação", List.of(), MailFixtures.SUPORTE, Duration.ofSeconds(1), false, false, false);
    }

    private SendResult send(SendOptions o, Outgoing... out) {
        return new MailService(settings(), Map.of(), CLOCK, sleeper).send(List.of(out), o);
    }

    private Outgoing oficio() throws Exception {
        Path pdf = MailFixtures.pdf(folder(), "oficio-dominio.pdf", "v1");
        return Outgoing.of(MailFixtures.santoAmaro(), Outgoing.OFICIO_DOMINIO, MailFixtures.realOficio(), List.of(pdf),
                folder());
    }

    private Outgoing ticket() throws Exception {
        Path pdf = MailFixtures.pdf(folder(), "ticket-prescricao.pdf", "t1");
        return Outgoing.of(MailFixtures.santoAmaro(), Outgoing.TICKET_PRESCRICAO, MailFixtures.realTicket(),
                List.of(pdf), folder());
    }

    private List<JsonNode> log() throws Exception {
        Path f = folder().resolve("envios.jsonl");
        List<JsonNode> out = new ArrayList<>();
        if (Files.exists(f)) {
            for (String line : Files.readAllLines(f)) {
                out.add(new ObjectMapper().readTree(line));
            }
        }
        return out;
    }

    private List<String> states() throws Exception {
        return log().stream().map(l -> l.get("documento").asText() + " " + l.get("estado").asText()).toList();
    }

    @Test
    void a250AfterTheTimeLimitDeliversOneCopyReportsAnUnknownOutcomeAndBlocksTheNextRun() throws Exception {
        server.afterMessage(new LoopbackSmtpServer.Late(Duration.ofMillis(2500)));
        SendResult r = send(new SendOptions(false, false), oficio(), ticket());

        assertEquals(1, server.messages(), "exactly one copy reached the server");
        assertEquals(1, server.connections(), "and it was not tried again");
        assertTrue(sleeper.waits.isEmpty());
        SendResult.Line l = r.lines().get(0);
        assertEquals(Outcome.INCERTO, l.outcome());
        String id = server.messageIds().get(0);
        assertNotNull(id);
        assertEquals(id, l.messageId());
        assertEquals("envio incerto: Santo Amaro/BA oficio-dominio: a mensagem foi passada ao servidor, mas a resposta "
                + "dele não veio (o servidor 127.0.0.1:" + server.port() + " não respondeu em 1 s): não se sabe se ele a "
                + "aceitou, e ela não foi enviada de novo para não chegar em dobro. Para saber se chegou, procure a "
                + "Message-ID " + id + " na pasta de enviados de coordenacao@localhost ou na resposta de " + ORGAO_EMAIL
                + "; se não chegou, envie de novo com --reenviar (se o servidor costuma demorar, aumente "
                + "smtp.tempo_limite_segundos)", SendReport.line(l));
        assertEquals(Outcome.NAO_TENTADO, r.lines().get(1).outcome(), "the same slow server: the ticket waits");
        assertEquals(SendResult.Verdict.NOT_DELIVERED, r.verdict());
        assertEquals("enviar: 0 enviados, 1 envio incerto (confira antes de reenviar), 1 não enviado (1 nem tentado "
                + "depois da falha do servidor 127.0.0.1:" + server.port() + ")", SendReport.summary(r, false, 0));

        // The log: the intent, written before DATA, then the unknown outcome.
        assertEquals(List.of("oficio-dominio intencao", "oficio-dominio incerto"), states());
        assertEquals(id, log().get(0).get("message_id").asText());
        assertEquals(id, log().get(1).get("message_id").asText());
        assertEquals("a mensagem foi passada ao servidor e a resposta não veio (o servidor 127.0.0.1:" + server.port()
                + " não respondeu em 1 s)", log().get(1).get("detalhe").asText());

        // The next run, with a server that answers at once: the ofício is refused, saying why; the ticket goes.
        Thread.sleep(1700); // let the late 250 of the first run come and go
        server.afterMessage(new LoopbackSmtpServer.Ok());
        SendResult next = send(new SendOptions(false, false), oficio(), ticket());
        SendResult.Line refused = next.lines().get(0);
        assertEquals(Outcome.INCERTO_ANTERIOR, refused.outcome());
        assertEquals("envio incerto: Santo Amaro/BA oficio-dominio: o envio de 23/11/2026 18:30 (Message-ID " + id
                + ") ficou incerto: a mensagem foi passada ao servidor e a resposta não veio (o servidor 127.0.0.1:"
                + server.port() + " não respondeu em 1 s). Ele pode ter chegado, e por isso nada foi enviado agora. "
                + "Para saber se chegou, procure a Message-ID " + id + " na pasta de enviados de coordenacao@localhost ou "
                + "na resposta de " + ORGAO_EMAIL + "; se não chegou, envie de novo com --reenviar", SendReport.line(refused));
        assertEquals(id, refused.messageId());
        assertEquals(Outcome.ENVIADO, next.lines().get(1).outcome());
        assertEquals(SendResult.Verdict.NOT_DELIVERED, next.verdict());
        assertEquals("enviar: 1 enviado, 1 envio incerto (confira antes de reenviar)", SendReport.summary(next, false, 0));
        assertEquals(2, server.messages(), "only the ticket");
        assertTrue(server.messageIds().stream().filter(id::equals).count() == 1);

        // --reenviar sends it; after that it is sent, and the usual duplicate check is back.
        SendResult forced = send(new SendOptions(false, true), oficio());
        assertEquals(Outcome.ENVIADO, forced.lines().get(0).outcome(), forced.lines().toString());
        assertEquals(SendResult.Verdict.OK, forced.verdict());
        assertEquals(3, server.messages());
        assertFalse(forced.lines().get(0).messageId().equals(id), "a new message, with its own Message-ID");
        SendResult after = send(new SendOptions(false, false), oficio());
        assertEquals(Outcome.JA_ENVIADO, after.lines().get(0).outcome());
        assertEquals(SendResult.Verdict.OK, after.verdict());
        assertEquals(List.of("oficio-dominio intencao", "oficio-dominio incerto", "ticket-prescricao intencao",
                "ticket-prescricao enviado", "oficio-dominio intencao", "oficio-dominio enviado"), states());
    }

    @Test
    void anIntentWithoutOutcomeLeftByAKilledRunBlocksTheDocumentUntilReenviar() throws Exception {
        // What SIGKILL (or a power loss) during DATA leaves: the intent, synced before DATA, and nothing after it.
        Outgoing o = oficio();
        new SentLog(folder()).append(new SentLog.Entry("2026-11-22T10:15:00-03:00", "intencao", "oficio-dominio",
                List.of(ORGAO_EMAIL), List.of(), "Ofício nº 12/2026/SMS/PMSA", "<morto@localhost>", "c0ffee",
                List.of(new SentLog.Anexo("oficio-dominio.pdf", "ab")), null));
        SendResult r = send(new SendOptions(false, false), o);
        SendResult.Line l = r.lines().get(0);
        assertEquals(Outcome.INCERTO_ANTERIOR, l.outcome());
        assertEquals("envio incerto: Santo Amaro/BA oficio-dominio: o envio de 22/11/2026 10:15 (Message-ID "
                + "<morto@localhost>) ficou incerto: a execução foi interrompida (encerrada à força, queda de "
                + "energia...) depois de começar a passar a mensagem ao servidor, sem registrar a resposta dele. Ele "
                + "pode ter chegado, e por isso nada foi enviado agora. Para saber se chegou, procure a Message-ID "
                + "<morto@localhost> na pasta de enviados de coordenacao@localhost ou na resposta de " + ORGAO_EMAIL
                + "; se não chegou, envie de novo com --reenviar", SendReport.line(l));
        assertEquals(SendResult.Verdict.NOT_DELIVERED, r.verdict());
        assertEquals(0, server.connections(), "nothing was even tried");
        assertEquals(1, log().size(), "a refusal writes nothing");

        SendResult forced = send(new SendOptions(false, true), oficio());
        assertEquals(Outcome.ENVIADO, forced.lines().get(0).outcome());
        assertEquals(1, server.messages());
        assertEquals(Outcome.JA_ENVIADO, send(new SendOptions(false, false), oficio()).lines().get(0).outcome());
    }

    @Test
    void aServerThatHangsUpAfterTheMessageIsAnUnknownOutcomeToo() throws Exception {
        server.afterMessage(new LoopbackSmtpServer.HangUp());
        SendResult r = send(new SendOptions(false, false), oficio());
        assertEquals(Outcome.INCERTO, r.lines().get(0).outcome(), r.lines().toString());
        assertTrue(r.lines().get(0).mensagem().startsWith("a mensagem foi passada ao servidor, mas a resposta dele "
                + "não veio (o servidor 127.0.0.1:" + server.port() + " encerrou a conexão sem responder): não se sabe"),
                r.lines().get(0).mensagem());
        assertEquals(1, server.messages());
        assertEquals(1, server.connections());
        assertEquals(List.of("oficio-dominio intencao", "oficio-dominio incerto"), states());
        assertEquals(SendResult.Verdict.NOT_DELIVERED, r.verdict());
    }

    @Test
    void aRefusalOfTheMessageIsAFailureNotRetriedThatDoesNotBlockTheNextRun() throws Exception {
        server.afterMessage(new LoopbackSmtpServer.Reply("554 5.7.1 anexo recusado pelo antivirus"));
        SendResult r = send(new SendOptions(false, false), oficio());
        assertEquals(Outcome.FALHOU, r.lines().get(0).outcome());
        assertEquals("não enviado: Santo Amaro/BA oficio-dominio: o servidor recusou a mensagem: 554 5.7.1 anexo "
                + "recusado pelo antivirus", SendReport.line(r.lines().get(0)));
        assertEquals(1, server.connections(), "not tried again");
        assertEquals(List.of("oficio-dominio intencao", "oficio-dominio falhou"), states());
        assertEquals(SendResult.Verdict.NOT_DELIVERED, r.verdict());

        server.afterMessage(new LoopbackSmtpServer.Ok());
        SendResult again = send(new SendOptions(false, false), oficio());
        assertEquals(Outcome.ENVIADO, again.lines().get(0).outcome(), "a definite failure blocks nothing");
        assertEquals(SendResult.Verdict.OK, again.verdict());
    }

    @Test
    void aTemporaryRefusalOfDataComesBeforeTheMessageAndIsTriedAgain() throws Exception {
        server.refuseData(1);
        SendResult r = send(new SendOptions(false, false), oficio());
        assertEquals(Outcome.ENVIADO, r.lines().get(0).outcome(), r.lines().toString());
        assertEquals(List.of(Duration.ofSeconds(1)), sleeper.waits);
        assertEquals(2, server.connections());
        assertEquals(1, server.messages());
        assertEquals(List.of("oficio-dominio intencao", "oficio-dominio falhou", "oficio-dominio intencao",
                "oficio-dominio enviado"), states());
        assertEquals(1, log().stream().map(n -> n.get("message_id").asText()).distinct().count(),
                "one message, tried twice");
    }
}
