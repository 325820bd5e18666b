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
        /** Not delivered. */
        FALHOU
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
                case FALHOU -> "não enviado";
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

    /** 0, or {@value #EXIT_NAO_ENTREGUE} when anything was not delivered. */
    public int exitCode() {
        return allDelivered() ? 0 : EXIT_NAO_ENTREGUE;
    }
}
