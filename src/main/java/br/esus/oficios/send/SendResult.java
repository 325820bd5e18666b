package br.esus.oficios.send;

import java.nio.file.Path;
import java.util.List;

/**
 * What happened to each message, in order. The CLI prints a line for each and a summary, and exits with the code
 * of its {@link #verdict()}.
 *
 * @param servidor the SMTP server as {@link MailSettings#endereco()} shows it, for the summary
 */
public record SendResult(List<Line> lines, String servidor) {
    public enum Outcome {
        /** The server accepted it; it is in envios.jsonl. */
        ENVIADO,
        /** {@code simular}: written as .eml, nothing sent. */
        SIMULADO,
        /** Refused as a duplicate: the same document was sent before (not a failure). */
        JA_ENVIADO,
        /** Not delivered: the server or the connection failed. */
        FALHOU,
        /**
         * Not delivered and not tried: the server failed for an earlier message in a way that concerns every message
         * (cannot connect, timeout, authentication, TLS), so it was not tried again.
         */
        NAO_TENTADO,
        /** Not tried: the message could not be made (a missing address or file in the configuration or the data). */
        NAO_MONTADO,
        /**
         * Unknown outcome: the message went to the server, and the connection failed or timed out before its answer.
         * It may have arrived; it was not tried again. In envios.jsonl as {@code incerto}.
         */
        INCERTO,
        /**
         * Not sent: an earlier send of the same document has an unknown outcome ({@code incerto}, or an intent left
         * by an interrupted run) and {@code reenviar} was not given.
         */
        INCERTO_ANTERIOR
    }

    /**
     * @param municipio "Santo Amaro/BA"
     * @param mensagem the Portuguese sentence after the outcome
     * @param messageId the Message-ID sent, simulated or of unknown outcome; for JA_ENVIADO and INCERTO_ANTERIOR, the
     *        earlier one; null when none
     * @param eml the simulated message file; null otherwise
     */
    public record Line(String municipio, String documento, Outcome outcome, String mensagem, String messageId, Path eml) {
    }

    public SendResult {
        lines = List.copyOf(lines);
    }

    /**
     * False when any message failed or has an unknown outcome (now or from an earlier run); duplicates refused and
     * simulations count as fine.
     */
    public boolean allDelivered() {
        return lines.stream().noneMatch(l -> switch (l.outcome()) {
            case FALHOU, NAO_TENTADO, INCERTO, INCERTO_ANTERIOR -> true;
            default -> false;
        });
    }

    /** How many messages had {@code outcome}. */
    public long count(Outcome outcome) {
        return lines.stream().filter(l -> l.outcome() == outcome).count();
    }

    /** The run as a whole, worst first. */
    public enum Verdict {
        /** The server or the connection failed for some message, or its outcome is unknown (now or earlier). */
        NOT_DELIVERED,
        /** Else: some message could not even be made (the configuration or the data). */
        NOT_MADE,
        /** Else: everything went (or was simulated, or refused as a duplicate). */
        OK
    }

    public Verdict verdict() {
        if (!allDelivered()) {
            return Verdict.NOT_DELIVERED;
        }
        return lines.stream().anyMatch(l -> l.outcome() == Outcome.NAO_MONTADO) ? Verdict.NOT_MADE : Verdict.OK;
    }
}
