package br.esus.oficios.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.api.Test;

class MailSenderTest {
    private final MailSettings settings = MailFixtures.settings("smtp.x.gov.br", 587, Seguranca.STARTTLS, "eu");
    private final MailFixtures.RecordingSleeper sleeper = new MailFixtures.RecordingSleeper();
    private final MimeMessage msg = new MimeMessage(Session.getInstance(new Properties()));

    private final RecordingJournal journal = new RecordingJournal();

    /** Records the lines the sender would write in envios.jsonl. */
    static final class RecordingJournal implements MailSender.Journal {
        final List<String> events = new ArrayList<>();
        IOException failIntent;

        @Override
        public void intent() throws IOException {
            if (failIntent != null) {
                throw failIntent;
            }
            events.add("intencao");
        }

        @Override
        public void outcome(SentLog.Estado estado, String detalhe) {
            events.add(estado.json());
        }
    }

    /** One try as the SMTP dialogue goes: what it does with the handover, and how it ends. */
    @FunctionalInterface
    interface Step {
        void run(MailSender.Handover h) throws MessagingException;
    }

    /** Fails before DATA with the given exceptions, in order, then goes through DATA and accepts. */
    private MailSender sender(Deque<MessagingException> failures, int[] calls) {
        Deque<Step> steps = new ArrayDeque<>();
        for (MessagingException e : failures) {
            steps.add(h -> {
                throw e;
            });
        }
        return scripted(steps, calls);
    }

    /** Runs the steps, one per try; once they are used up, each try goes through DATA and succeeds. */
    private MailSender scripted(Deque<Step> steps, int[] calls) {
        return new MailSender(settings, (m, h) -> {
            calls[0]++;
            if (!steps.isEmpty()) {
                steps.pop().run(h);
                return;
            }
            h.beforeData();
            h.bodyStarted();
        }, sleeper);
    }

    /** The server said 354 and then: {@code after}. */
    private static Step afterBody(MessagingException after) {
        return h -> {
            h.beforeData();
            h.bodyStarted();
            throw after;
        };
    }

    private static SMTPSendFailedException smtp(int code, String text) {
        return new SMTPSendFailedException("DATA", code, code + " " + text, null, null, null, null);
    }

    @Test
    void transient4xxIsTriedAgainWithBackoff() {
        int[] calls = {0};
        var d = sender(new ArrayDeque<>(List.of(smtp(451, "4.7.1 tente mais tarde"), smtp(421, "ocupado"))), calls)
                .deliver(msg, journal);
        assertTrue(d.delivered());
        assertEquals(3, calls[0]);
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(3)), sleeper.waits);
    }

    @Test
    void threeTransientFailuresGiveUp() throws Exception {
        int[] calls = {0};
        MessagingException refused = new MailConnectException(
                new SocketConnectException("refused", new ConnectException("Connection refused"), "smtp.x.gov.br",
                        587, 5000));
        var d = sender(new ArrayDeque<>(List.of(refused, refused, refused, refused)), calls).deliver(msg, journal);
        assertFalse(d.delivered());
        assertEquals(3, calls[0]);
        assertTrue(d.failure().server());
        assertEquals("não foi possível conectar a smtp.x.gov.br:587 (servidor fora do ar, porta errada ou bloqueada)"
                + " (3 tentativas)", d.failure().mensagem());
    }

    @Test
    void permanent5xxIsReportedAtOnce() throws Exception {
        int[] calls = {0};
        SendFailedException rcpt = new SendFailedException("Invalid Addresses");
        rcpt.setNextException(new SMTPAddressFailedException(new InternetAddress("x@y.gov.br"), "RCPT TO", 550,
                "550 5.1.1 usuário desconhecido"));
        var d = sender(new ArrayDeque<>(List.of(rcpt)), calls).deliver(msg, journal);
        assertEquals(1, calls[0]);
        assertTrue(sleeper.waits.isEmpty());
        assertFalse(d.failure().server());
        assertEquals("o servidor recusou o destinatário x@y.gov.br: 550 5.1.1 usuário desconhecido",
                d.failure().mensagem());
    }

    @Test
    void authenticationFailureIsPermanentAndConcernsTheServer() {
        int[] calls = {0};
        var d = sender(new ArrayDeque<>(List.of(new AuthenticationFailedException("535 5.7.8 credenciais inválidas"))),
                calls).deliver(msg, journal);
        assertEquals(1, calls[0]);
        assertTrue(d.failure().server());
        assertTrue(d.failure().mensagem().startsWith("o servidor smtp.x.gov.br:587 recusou o usuário ou a senha"),
                d.failure().mensagem());
    }

    @Test
    void startTlsMissingIsExplained() {
        int[] calls = {0};
        var d = sender(new ArrayDeque<>(List.of(
                new MessagingException("STARTTLS is required but host does not support STARTTLS"))), calls)
                .deliver(msg, journal);
        assertEquals(1, calls[0]);
        assertTrue(d.failure().mensagem().startsWith("o servidor smtp.x.gov.br:587 não oferece STARTTLS"));
    }

    private static MessagingException refused() {
        return new MailConnectException(new SocketConnectException("refused",
                new ConnectException("Connection refused"), "smtp.x.gov.br", 587, 5000));
    }

    @Test
    void connectionRefusedBeforeDataIsTriedAgainAndOnlyTheTryThatReachedDataIsLogged() {
        int[] calls = {0};
        var d = sender(new ArrayDeque<>(List.of(refused())), calls).deliver(msg, journal);
        assertTrue(d.delivered());
        assertEquals(MailSender.Result.ENTREGUE, d.result());
        assertEquals(2, calls[0]);
        assertEquals(List.of(Duration.ofSeconds(1)), sleeper.waits);
        assertEquals(List.of("intencao", "enviado"), journal.events, "the refused try never reached DATA");
    }

    @Test
    void aRefusalOfTheDataCommandItselfIsBeforeTheMessageAndIsTriedAgain() {
        int[] calls = {0};
        Deque<Step> steps = new ArrayDeque<>(List.of(h -> {
            h.beforeData();
            throw smtp(451, "4.3.0 fila cheia");
        }));
        var d = scripted(steps, calls).deliver(msg, journal);
        assertTrue(d.delivered());
        assertEquals(2, calls[0]);
        assertEquals(List.of("intencao", "falhou", "intencao", "enviado"), journal.events);
    }

    @Test
    void aTimeOutAfterTheMessageWentIsAnUnknownOutcomeNeverRetried() {
        int[] calls = {0};
        MessagingException timeout = new MessagingException("Exception reading response",
                new SocketTimeoutException("Read timed out"));
        var d = scripted(new ArrayDeque<>(List.of(afterBody(timeout))), calls).deliver(msg, journal);
        assertEquals(MailSender.Result.INCERTO, d.result());
        assertFalse(d.delivered());
        assertEquals(1, calls[0], "never sent again");
        assertTrue(sleeper.waits.isEmpty());
        assertEquals(List.of("intencao", "incerto"), journal.events);
        assertEquals("o servidor smtp.x.gov.br:587 não respondeu em 5 s", d.failure().mensagem());
    }

    @Test
    void aConnectionClosedAfterTheMessageWentIsAnUnknownOutcomeToo() {
        int[] calls = {0};
        // What Angus throws when the server hangs up instead of answering the final dot: the reply code is -1.
        var eof = new SMTPSendFailedException(".", -1, "[EOF]", null, null, null, null);
        var d = scripted(new ArrayDeque<>(List.of(afterBody(eof))), calls).deliver(msg, journal);
        assertEquals(MailSender.Result.INCERTO, d.result());
        assertEquals(1, calls[0]);
        assertEquals(List.of("intencao", "incerto"), journal.events);
    }

    @Test
    void anAnswerRefusingTheMessageIsAFailureButNotRetriedAfterData() {
        int[] calls = {0};
        var d = scripted(new ArrayDeque<>(List.of(afterBody(smtp(451, "4.7.1 verificação adiada")))), calls)
                .deliver(msg, journal);
        assertEquals(MailSender.Result.FALHOU, d.result());
        assertEquals(1, calls[0]);
        assertTrue(sleeper.waits.isEmpty());
        assertEquals(List.of("intencao", "falhou"), journal.events);
        assertEquals("o servidor adiou a mensagem: 451 4.7.1 verificação adiada; rode de novo mais tarde",
                d.failure().mensagem());
    }

    @Test
    void whenTheIntentCannotBeWrittenNothingIsSent() {
        int[] calls = {0};
        boolean[] bodySent = {false};
        journal.failIntent = new IOException("No space left on device");
        var d = new MailSender(settings, (m, h) -> {
            calls[0]++;
            h.beforeData();
            bodySent[0] = true;
        }, sleeper).deliver(msg, journal);
        assertEquals(MailSender.Result.FALHOU, d.result());
        assertFalse(bodySent[0]);
        assertEquals(1, calls[0]);
        assertEquals("não foi possível registrar o envio antes de passar a mensagem ao servidor (No space left on "
                + "device); nada foi enviado", d.failure().mensagem());
        assertEquals(List.of(), journal.events);
    }
}
