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
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayDeque;
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

    /** Fails with the given exceptions, in order, then accepts. */
    private MailSender sender(Deque<MessagingException> failures, int[] calls) {
        return new MailSender(settings, m -> {
            calls[0]++;
            if (!failures.isEmpty()) {
                throw failures.pop();
            }
        }, sleeper);
    }

    private static SMTPSendFailedException smtp(int code, String text) {
        return new SMTPSendFailedException("DATA", code, code + " " + text, null, null, null, null);
    }

    @Test
    void transient4xxIsTriedAgainWithBackoff() {
        int[] calls = {0};
        var d = sender(new ArrayDeque<>(List.of(smtp(451, "4.7.1 tente mais tarde"), smtp(421, "ocupado"))), calls)
                .deliver(msg);
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
        var d = sender(new ArrayDeque<>(List.of(refused, refused, refused, refused)), calls).deliver(msg);
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
        var d = sender(new ArrayDeque<>(List.of(rcpt)), calls).deliver(msg);
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
                calls).deliver(msg);
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
                .deliver(msg);
        assertEquals(1, calls[0]);
        assertTrue(d.failure().mensagem().startsWith("o servidor smtp.x.gov.br:587 não oferece STARTTLS"));
    }
}
