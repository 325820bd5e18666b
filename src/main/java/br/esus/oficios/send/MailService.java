package br.esus.oficios.send;

import br.esus.oficios.model.BrazilianDate;
import br.esus.oficios.send.SendResult.Line;
import br.esus.oficios.send.SendResult.Outcome;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends municipalities' documents by e-mail, once: for each {@link Outgoing}, builds the message, refuses it when
 * an earlier send of the document has an unknown outcome ({@link SentLog#findUncertain}) or a document with the same
 * content was already sent ({@link SentLog#findSame}), unless {@code reenviar}; then sends it (or writes an .eml
 * with {@code simular}), recording in {@code envios.jsonl} the intent right before {@code DATA} and the outcome
 * after it ({@link MailSender}, {@link SentLog}). A failure for one message does not stop the others; a failure of
 * the server itself (cannot connect after the retries, authentication, TLS, no answer) marks the remaining messages
 * as not sent without trying them again.
 */
public final class MailService {

    private final MailSettings settings;
    private final Map<String, String> env;
    private final Clock clock;
    private final Function<Session, MailSender> senders;

    /**
     * @param env the process environment ({@code System.getenv()}); only {@value MailSettings#SENHA_ENV} is read
     * @param clock gives {@code quando}, the Date header and the .eml names
     */
    public MailService(MailSettings settings, Map<String, String> env, Clock clock, Sleeper sleeper) {
        this(settings, session -> MailSender.smtp(settings, session, env.get(MailSettings.SENHA_ENV), sleeper), env,
                clock);
    }

    /** For tests: {@code senders} makes the sender for the session (e.g. with a fake transmitter). */
    MailService(MailSettings settings, Function<Session, MailSender> senders, Map<String, String> env, Clock clock) {
        this.settings = settings;
        this.env = Map.copyOf(env);
        this.clock = clock;
        this.senders = senders;
    }

    public SendResult send(List<Outgoing> outgoing, SendOptions options) {
        Session session = Session.getInstance(settings.sessionProperties());
        session.setDebug(false);
        session.setDebugOut(new PrintStream(OutputStream.nullOutputStream()));
        MessageFactory factory = new MessageFactory(settings, clock);
        String notTried = null;
        String noPassword = options.simular() ? null : missingPassword(settings, env);
        if (noPassword != null) {
            // The CLI says it once, before generating anything; here it only guards other callers.
            List<Line> lines = outgoing.stream().map(o -> new Line(o.municipioUf(), o.documento(),
                    Outcome.NAO_MONTADO, noPassword, null, null)).toList();
            return new SendResult(lines, settings.endereco());
        }
        MailSender sender = options.simular() ? null : senders.apply(session);
        List<Line> lines = new ArrayList<>();
        for (Outgoing o : outgoing) {
            String mun = o.municipioUf();
            PreparedMessage pm;
            try {
                pm = factory.build(session, o);
            } catch (OutgoingException e) {
                lines.add(new Line(mun, o.documento(), Outcome.NAO_MONTADO, e.getMessage(), null, null));
                continue;
            }
            SentLog log = new SentLog(o.pasta());
            try (SentLog.Lock lock = log.lock()) {
                lock.ensureHeld();
                // The log read once, under the lock: both questions are asked of the same lines.
                List<SentLog.Attempt> attempts = log.attempts();
                Optional<SentLog.Attempt> uncertain = SentLog.findUncertain(attempts, o.documento());
                Optional<SentLog.Match> same = SentLog.findSame(attempts, o.documento(), pm.conteudoSha256(),
                        pm.anexos());
                if (uncertain.isPresent() && !options.reenviar()) {
                    SentLog.Entry e = uncertain.get().last();
                    lines.add(new Line(mun, o.documento(), Outcome.INCERTO_ANTERIOR, "o envio de "
                            + human(uncertain.get().first().quando()) + " (Message-ID " + e.messageId()
                            + ") ficou incerto: " + uncertain.get().why() + ". Ele pode ter chegado, e por isso nada "
                            + "foi enviado agora. " + lookFor(e.messageId(), e.para())
                            + "; se não chegou, envie de novo com --reenviar", e.messageId(), null));
                } else if (same.isPresent() && !options.reenviar()) {
                    SentLog.Entry e = same.get().entry();
                    lines.add(new Line(mun, o.documento(), Outcome.JA_ENVIADO, "já foi enviado em " + human(e.quando())
                            + " (Message-ID " + e.messageId() + ") com "
                            + (same.get().sameContent() ? "o mesmo conteúdo" : "os mesmos anexos")
                            + "; nada foi enviado agora. Use --reenviar para enviar de novo", e.messageId(), null));
                } else if (options.simular()) {
                    var eml = Simulation.write(pm, clock);
                    lines.add(new Line(mun, o.documento(), Outcome.SIMULADO, "iria " + who(pm)
                            + (same.isPresent() ? " (reenvio)" : "") + "; assunto: " + pm.assunto()
                            + "; mensagem salva em " + eml,
                            pm.messageId(), eml));
                } else if (notTried != null) {
                    lines.add(new Line(mun, o.documento(), Outcome.NAO_TENTADO, notTried, null, null));
                } else {
                    LogJournal journal = new LogJournal(log, pm);
                    MailSender.Delivery d = sender.deliver(pm.message(), journal);
                    lines.add(line(d, journal, pm, mun));
                    if (!d.delivered()) {
                        if (d.failure().server()) {
                            notTried = "não tentado: o servidor falhou logo antes, com " + mun + " " + o.documento()
                                    + ", e a falha vale para todas as mensagens: " + d.failure().mensagem()
                                    + "; corrija e rode de novo (o que já foi enviado não vai outra vez)";
                        }
                    }
                }
            } catch (SentLog.SentLogException e) {
                lines.add(new Line(mun, o.documento(), Outcome.FALHOU, e.getMessage(), null, null));
            } catch (IOException e) {
                lines.add(new Line(mun, o.documento(), Outcome.FALHOU, "erro de arquivo em " + o.pasta() + ": "
                        + br.esus.oficios.output.IoMessages.reason(e, "confira a pasta do município"), null, null));
            } catch (MessagingException e) {
                lines.add(new Line(mun, o.documento(), Outcome.FALHOU,
                        "erro de arquivo em " + o.pasta() + ": " + SmtpFailure.oneLine(e.getMessage()), null, null));
            }
        }
        return new SendResult(lines, settings.endereco());
    }

    /**
     * What to tell the user when the server needs a login ({@code smtp.usuario}) and
     * {@value MailSettings#SENHA_ENV} is not set (or empty): a configuration error, said once before anything is
     * sent. Null when there is no login or the password is there. A simulation needs no password.
     */
    public static String missingPassword(MailSettings settings, Map<String, String> env) {
        if (settings.usuario() == null) {
            return null;
        }
        String senha = env.get(MailSettings.SENHA_ENV);
        if (senha != null && !senha.isEmpty()) {
            return null;
        }
        String v = MailSettings.SENHA_ENV;
        return "falta a senha do usuário SMTP " + settings.usuario() + ": defina a variável de ambiente " + v
                + " antes de enviar (Linux/macOS: export " + v + "='a senha'; Windows, no Prompt de Comando: set " + v
                + "=a senha; no PowerShell: $env:" + v + "='a senha'). A senha nunca vai no arquivo nem na linha de "
                + "comando; --simular não precisa dela";
    }

    /** What to tell the user about one message handed to the server. */
    private Line line(MailSender.Delivery d, LogJournal journal, PreparedMessage pm, String mun) {
        String doc = pm.outgoing().documento();
        String msg = switch (d.result()) {
            case ENTREGUE -> who(pm) + "; Message-ID " + pm.messageId();
            case INCERTO -> "a mensagem foi passada ao servidor, mas a resposta dele não veio (" + d.failure().mensagem()
                    + "): não se sabe se ele a aceitou, e ela não foi enviada de novo para não chegar em dobro. "
                    + lookFor(pm.messageId(), pm.para()) + "; se não chegou, envie de novo com --reenviar"
                    + (d.failure().mensagem().contains("não respondeu em")
                            ? " (se o servidor costuma demorar, aumente smtp.tempo_limite_segundos)" : "");
            case FALHOU -> d.failure().mensagem();
        };
        if (journal.failed != null) {
            msg += "; aviso: não foi possível registrar o resultado em " + journal.log.file() + " ("
                    + SmtpFailure.oneLine(journal.failed.getMessage()) + "): "
                    + (journal.intentWritten ? "a próxima execução vai tratar este envio como incerto"
                            : "um novo envio não será bloqueado");
        }
        return switch (d.result()) {
            case ENTREGUE -> new Line(mun, doc, Outcome.ENVIADO, msg, pm.messageId(), null);
            case INCERTO -> new Line(mun, doc, Outcome.INCERTO, msg, pm.messageId(), null);
            case FALHOU -> new Line(mun, doc, Outcome.FALHOU, msg, null, null);
        };
    }

    /** Where the coordinator can find out whether the message arrived. */
    private String lookFor(String messageId, List<String> para) {
        return "Para saber se chegou, procure a Message-ID " + messageId + " na pasta de enviados de "
                + settings.remetenteEmail() + " ou na resposta " + (para.isEmpty() ? "do destinatário"
                        : "de " + String.join(", ", para));
    }

    /**
     * Writes one message's lines in envios.jsonl for {@link MailSender}: each line is the message's description
     * with the event's time and {@code estado}. A failure to write the intent stops the try before DATA; a failure
     * to write an outcome is kept here and reported with the result (the intent already on disk then makes the
     * next run treat the message as uncertain, which is the safe side).
     */
    private final class LogJournal implements MailSender.Journal {
        final SentLog log;
        final SentLog.Entry entry;
        boolean intentWritten;
        IOException failed;

        LogJournal(SentLog log, PreparedMessage pm) {
            this.log = log;
            this.entry = new SentLog.Entry(null, null, pm.outgoing().documento(), pm.para(), pm.cc(), pm.assunto(),
                    pm.messageId(), pm.conteudoSha256(), pm.anexos(), null);
        }

        @Override
        public void intent() throws IOException {
            log.append(entry.with(now(), SentLog.Estado.INTENCAO, null));
            intentWritten = true;
        }

        @Override
        public void outcome(SentLog.Estado estado, String detalhe) {
            try {
                log.append(entry.with(now(), estado, detalhe));
            } catch (IOException e) {
                failed = e;
            }
        }
    }

    private String now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String who(PreparedMessage pm) {
        String anexos = pm.anexos().stream().map(SentLog.Anexo::arquivo).collect(Collectors.joining(", "));
        return "para " + String.join(", ", pm.para()) + (pm.cc().isEmpty() ? "" : ", cc " + String.join(", ", pm.cc()))
                + ", com " + anexos;
    }

    private static String human(String iso) {
        try {
            return BrazilianDate.dateTime(OffsetDateTime.parse(iso).toZonedDateTime());
        } catch (RuntimeException e) {
            return iso;
        }
    }
}
