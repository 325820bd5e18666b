package br.esus.oficios.send;

import java.nio.file.Path;
import java.util.List;

/**
 * What happened to each message, in order. The CLI prints {@link Line#format()}, then {@link #summary}, and exits
 * with the code of its {@link #verdict()}.
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
        /** One line for the terminal, e.g. {@code enviado: Santo Amaro/BA oficio-dominio: para ...}. */
        public String format() {
            String label = switch (outcome) {
                case ENVIADO -> "enviado";
                case SIMULADO -> "simulação";
                case JA_ENVIADO -> "já enviado";
                case FALHOU, NAO_TENTADO, NAO_MONTADO -> "não enviado";
                case INCERTO, INCERTO_ANTERIOR -> "envio incerto";
            };
            return label + ": " + municipio + " " + documento + ": " + mensagem;
        }
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

    /**
     * The last line of the run, e.g. {@code enviar: 2 enviados, 1 já enviado (recusado), 1 não enviado}; with
     * {@code simular}, "simulados" instead of "enviados". Unknown outcomes, of this run or of an earlier one, are
     * counted apart: {@code 1 envio incerto (confira antes de reenviar)}.
     *
     * @param naoEnviadosAntes documents that did not even get here (pending prerequisites, a file or a document
     *        that failed): counted as not sent
     */
    public String summary(boolean simular, int naoEnviadosAntes) {
        long ok = count(simular ? Outcome.SIMULADO : Outcome.ENVIADO);
        long dup = count(Outcome.JA_ENVIADO);
        long naoTentados = count(Outcome.NAO_TENTADO);
        long nao = naoEnviadosAntes + naoTentados + count(Outcome.FALHOU) + count(Outcome.NAO_MONTADO);
        long incertos = count(Outcome.INCERTO) + count(Outcome.INCERTO_ANTERIOR);
        StringBuilder sb = new StringBuilder("enviar: ");
        sb.append(plural(ok, simular ? "simulado" : "enviado", simular ? "simulados" : "enviados"));
        if (dup > 0) {
            sb.append(", ").append(plural(dup, "já enviado (recusado)", "já enviados (recusados)"));
        }
        if (incertos > 0) {
            sb.append(", ").append(plural(incertos, "envio incerto", "envios incertos"))
                    .append(" (confira antes de reenviar)");
        }
        if (nao > 0) {
            sb.append(", ").append(plural(nao, "não enviado", "não enviados"));
            if (naoTentados > 0) {
                sb.append(" (").append(plural(naoTentados, "nem tentado", "nem tentados"))
                        .append(" depois da falha do servidor ").append(servidor).append(')');
            }
        }
        return sb.toString();
    }

    private long count(Outcome o) {
        return lines.stream().filter(l -> l.outcome() == o).count();
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
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
