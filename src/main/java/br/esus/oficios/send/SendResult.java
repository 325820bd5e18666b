package br.esus.oficios.send;

import java.nio.file.Path;
import java.util.List;

/** What happened to each message, in order. The CLI prints {@link Line#format()} and exits with {@link #exitCode()}. */
public record SendResult(List<Line> lines) {
    /** Exit code when something was not delivered (DESIGN.md). */
    public static final int EXIT_NAO_ENTREGUE = 3;

    public enum Outcome {
        /** The server accepted it; it is in envios.jsonl. */
        ENVIADO,
        /** {@code simular}: written as .eml, nothing sent. */
        SIMULADO,
        /** Refused as a duplicate: the same attachments were sent before (not a failure). */
        JA_ENVIADO,
        /** Not delivered: the server or the connection failed. */
        FALHOU,
        /** Not tried: the message could not be made (a missing address or file in the configuration or the data). */
        NAO_MONTADO
    }

    /**
     * @param municipio "Santo Amaro/BA"
     * @param mensagem the Portuguese sentence after the outcome
     * @param messageId the Message-ID sent or simulated; for JA_ENVIADO, the earlier one; null when none
     * @param eml the simulated message file; null otherwise
     */
    public record Line(String municipio, String documento, Outcome outcome, String mensagem, String messageId, Path eml) {
        /** One line for the terminal, e.g. {@code enviado: Santo Amaro/BA oficio-dominio: para ...}. */
        public String format() {
            String label = switch (outcome) {
                case ENVIADO -> "enviado";
                case SIMULADO -> "simulação";
                case JA_ENVIADO -> "já enviado";
                case FALHOU, NAO_MONTADO -> "não enviado";
            };
            return label + ": " + municipio + " " + documento + ": " + mensagem;
        }
    }

    public SendResult {
        lines = List.copyOf(lines);
    }

    /** False when any message failed; duplicates refused and simulations count as fine. */
    public boolean allDelivered() {
        return lines.stream().noneMatch(l -> l.outcome() == Outcome.FALHOU);
    }

    /** Exit code when a message could not even be made (configuration or data): the CLI's "invalid input". */
    public static final int EXIT_ENTRADA = 1;

    /**
     * {@value #EXIT_NAO_ENTREGUE} when the server or the connection failed for any message; else
     * {@value #EXIT_ENTRADA} when a message could not be made; else 0.
     */
    public int exitCode() {
        if (!allDelivered()) {
            return EXIT_NAO_ENTREGUE;
        }
        return lines.stream().anyMatch(l -> l.outcome() == Outcome.NAO_MONTADO) ? EXIT_ENTRADA : 0;
    }
}
