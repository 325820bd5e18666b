package br.esus.oficios.send;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;

/**
 * Hands one message to the SMTP server, trying again after transient failures (connection refused, timeout,
 * SMTP 4xx): three tries in all, waiting {@link #BACKOFF} between them. Permanent failures (5xx, authentication,
 * TLS) are reported at once.
 */
public final class MailSender {
    /** Waits before the 2nd and the 3rd try. */
    public static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(1), Duration.ofSeconds(3));

    /** One attempt to hand the message over; returns normally only when the server accepted it. */
    @FunctionalInterface
    interface Transmitter {
        void transmit(MimeMessage message) throws MessagingException;
    }

    /**
     * What happened.
     *
     * @param failure null when delivered
     * @param tries how many attempts were made
     */
    record Delivery(SmtpFailure failure, int tries) {
        boolean delivered() {
            return failure == null;
        }
    }

    private final MailSettings settings;
    private final Transmitter transmitter;
    private final Sleeper sleeper;

    MailSender(MailSettings settings, Transmitter transmitter, Sleeper sleeper) {
        this.settings = settings;
        this.transmitter = transmitter;
        this.sleeper = sleeper;
    }

    /** Sends through Jakarta Mail: one connection per message, closed afterwards. */
    static MailSender smtp(MailSettings settings, Session session, String password, Sleeper sleeper) {
        return new MailSender(settings, message -> {
            Transport t = session.getTransport(settings.seguranca().protocol());
            try {
                t.connect(settings.servidor(), settings.porta(), settings.usuario(),
                        settings.usuario() == null ? null : password);
                t.sendMessage(message, message.getAllRecipients());
            } finally {
                try {
                    t.close();
                } catch (MessagingException ignored) {
                    // The server has already accepted the message (or the failure above is what counts); a failed
                    // QUIT must not turn a delivered message into a failure that would be sent again.
                }
            }
        }, sleeper);
    }

    Delivery deliver(MimeMessage message) {
        int tries = 0;
        while (true) {
            tries++;
            try {
                transmitter.transmit(message);
                return new Delivery(null, tries);
            } catch (MessagingException e) {
                SmtpFailure f = SmtpFailure.classify(e, settings);
                if (!f.transientFailure() || tries > BACKOFF.size()) {
                    String after = f.transientFailure() ? " (" + tries + " tentativas)" : "";
                    return new Delivery(new SmtpFailure(f.transientFailure(), f.server(), f.mensagem() + after),
                            tries);
                }
                try {
                    sleeper.sleep(BACKOFF.get(tries - 1));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return new Delivery(new SmtpFailure(false, true, "envio interrompido: " + f.mensagem()), tries);
                }
            }
        }
    }
}
