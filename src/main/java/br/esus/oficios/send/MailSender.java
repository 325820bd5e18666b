package br.esus.oficios.send;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Hands one message to the SMTP server, at most once. Failures before the message itself starts to go (connection
 * refused, timeout, SMTP 4xx to the envelope or to {@code DATA}) are tried again: three tries in all, waiting
 * {@link #BACKOFF} between them; permanent ones (5xx, authentication, TLS) are reported at once. Once the server
 * has answered {@code DATA} with {@code 354}, nothing is ever tried again automatically: a 4xx/5xx answer to the
 * message is a failure, and a lost connection or a time-out is an unknown outcome ({@link Result#INCERTO}), since a
 * server may receive the whole message and answer {@code 250} after our time limit (a slow virus scan does that),
 * and each new try would deliver another copy.
 *
 * <p>Around {@code DATA} the sender writes, through a {@link Journal}, the intent (before the command) and the
 * outcome (after it), so that a run killed in between leaves an intent that the next run sees: see {@link SentLog}.
 */
public final class MailSender {
    /** Waits before the 2nd and the 3rd try. */
    public static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(1), Duration.ofSeconds(3));

    /** Where the sender says what it is about to do and what came of it ({@code envios.jsonl}). */
    interface Journal {
        /** Right before {@code DATA}: records the intent; it must be on disk when this returns. */
        void intent() throws IOException;

        /**
         * What came of a try: {@link SentLog.Estado#ENVIADO} after every success, {@code INCERTO} or
         * {@code FALHOU} after a try that recorded its intent. Never throws: the journal keeps a failure to write
         * for whoever reports the result.
         */
        void outcome(SentLog.Estado estado, String detalhe);
    }

    /**
     * One try's view of the SMTP dialogue: the transmitter calls {@link #beforeData()} right before the {@code DATA}
     * command and {@link #bodyStarted()} once the server answered it with {@code 354}.
     */
    static final class Handover {
        private final Journal journal;
        private boolean intentWritten;
        private boolean bodyStarted;

        Handover(Journal journal) {
            this.journal = journal;
        }

        /** Records the intent; when that fails, the try stops before {@code DATA} (nothing has left). */
        void beforeData() throws MessagingException {
            if (intentWritten) {
                return;
            }
            try {
                journal.intent();
            } catch (IOException e) {
                throw new JournalException(e);
            }
            intentWritten = true;
        }

        /** From here on the message may reach the recipient whatever happens to the connection. */
        void bodyStarted() {
            bodyStarted = true;
        }

        boolean intentWritten() {
            return intentWritten;
        }

        boolean isBodyStarted() {
            return bodyStarted;
        }
    }

    /** The intent could not be written: the try stopped before {@code DATA}. */
    static final class JournalException extends MessagingException {
        private static final long serialVersionUID = 1L;

        JournalException(IOException cause) {
            super("intenção não registrada", cause);
        }

        IOException io() {
            return (IOException) getNextException();
        }
    }

    /** One attempt to hand the message over; returns normally only when the server accepted it. */
    @FunctionalInterface
    interface Transmitter {
        void transmit(MimeMessage message, Handover handover) throws MessagingException;
    }

    /** What came of handing a message over. */
    enum Result {
        /** The server answered {@code 250} to the message. */
        ENTREGUE,
        /** Not delivered: refused, or failed before the message itself left. */
        FALHOU,
        /** The message (or part of it) went to the server and no answer came: it may have been accepted. */
        INCERTO
    }

    /**
     * What happened.
     *
     * @param failure null when delivered; for INCERTO, what went wrong after the message left
     * @param tries how many attempts were made
     */
    record Delivery(Result result, SmtpFailure failure, int tries) {
        boolean delivered() {
            return result == Result.ENTREGUE;
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

    /** Sends through Jakarta Mail (Angus): one connection per try, closed afterwards. */
    static MailSender smtp(MailSettings settings, Session session, String password, Sleeper sleeper) {
        return new MailSender(settings, (message, handover) -> {
            String protocol = settings.seguranca().protocol();
            SMTPTransport t = new HandoverTransport(session, protocol, handover);
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

    /**
     * Angus's SMTP transport, told where {@code DATA} starts. Why a subclass: after a failure, Angus's own state
     * cannot tell whether the server had answered {@code DATA} with {@code 354} ({@code getLastReturnCode()} is
     * reset to 0 by a time-out and to -1 by a closed connection while reading the answer to the message, the very
     * cases that matter), while {@code data()} is the one place, documented for subclasses, through which
     * {@code sendMessage} passes after {@code MAIL FROM} and {@code RCPT TO} and before the body: right before it we
     * write the intent, right after it returns the server has said {@code 354}. Driving MAIL/RCPT/DATA by hand would
     * lose what Angus does around them (8BITMIME, SMTPUTF8, partial failures). {@code bdat()} (CHUNKING, used only
     * with {@code mail.smtp.chunksize}, which we do not set) gets the same treatment: BDAT sends the body with no
     * preliminary answer.
     */
    private static final class HandoverTransport extends SMTPTransport {
        private final Handover handover;

        HandoverTransport(Session session, String protocol, Handover handover) {
            super(session, new URLName(protocol, null, -1, null, null, null), protocol, "smtps".equals(protocol));
            this.handover = handover;
        }

        @Override
        protected OutputStream data() throws MessagingException {
            handover.beforeData();
            OutputStream body = super.data();
            handover.bodyStarted();
            return body;
        }

        @Override
        protected OutputStream bdat() throws MessagingException {
            handover.beforeData();
            handover.bodyStarted();
            return super.bdat();
        }
    }

    Delivery deliver(MimeMessage message, Journal journal) {
        int tries = 0;
        while (true) {
            tries++;
            Handover h = new Handover(journal);
            try {
                transmitter.transmit(message, h);
                journal.outcome(SentLog.Estado.ENVIADO, null);
                return new Delivery(Result.ENTREGUE, null, tries);
            } catch (MessagingException e) {
                JournalException j = find(e, JournalException.class);
                if (j != null) {
                    return new Delivery(Result.FALHOU, new SmtpFailure(false, false,
                            "não foi possível registrar o envio antes de passar a mensagem ao servidor ("
                                    + SmtpFailure.oneLine(j.io().getMessage()) + "); nada foi enviado"), tries);
                }
                SmtpFailure f = SmtpFailure.classify(e, settings);
                if (h.isBodyStarted() && !answered(e)) {
                    journal.outcome(SentLog.Estado.INCERTO,
                            "a mensagem foi passada ao servidor e a resposta não veio (" + f.mensagem() + ")");
                    return new Delivery(Result.INCERTO, f, tries);
                }
                if (h.intentWritten()) {
                    journal.outcome(SentLog.Estado.FALHOU, f.mensagem());
                }
                if (h.isBodyStarted()) {
                    // The server received the message and refused it: a definite answer, but no retry after DATA.
                    String again = f.transientFailure() ? "; rode de novo mais tarde" : "";
                    return new Delivery(Result.FALHOU, new SmtpFailure(false, f.server(), f.mensagem() + again),
                            tries);
                }
                if (!f.transientFailure() || tries > BACKOFF.size()) {
                    String after = f.transientFailure() ? " (" + tries + " tentativas)" : "";
                    return new Delivery(Result.FALHOU,
                            new SmtpFailure(f.transientFailure(), f.server(), f.mensagem() + after), tries);
                }
                try {
                    sleeper.sleep(BACKOFF.get(tries - 1));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return new Delivery(Result.FALHOU,
                            new SmtpFailure(false, true, "envio interrompido: " + f.mensagem()), tries);
                }
            }
        }
    }

    /**
     * The server answered the message with a reply code (4xx/5xx): it refused it. A closed connection is reported
     * by Angus as the same exception with the code -1, and a time-out as a plain one: those are no answer.
     */
    private static boolean answered(MessagingException e) {
        SMTPSendFailedException sf = find(e, SMTPSendFailedException.class);
        return sf != null && sf.getReturnCode() >= 400 && sf.getReturnCode() < 600;
    }

    /** The first exception of that type among {@code e}, its causes and Jakarta Mail's "next" exceptions. */
    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        Throwable t = e;
        for (int i = 0; t != null && i < 20; i++) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            t = t.getCause() != null ? t.getCause() : t instanceof MessagingException me ? me.getNextException() : null;
        }
        return null;
    }
}
