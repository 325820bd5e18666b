package br.esus.oficios.track;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One send of a document, as {@code output/<uf>-<slug>/envios.jsonl} tells it: the lines of one message (one
 * Message-ID) folded into its latest event ({@link EnviosReader}). Messages that failed are not here.
 *
 * @param quando when its latest event was written (the answer, or the intent when none came), with the offset it was
 *        written with
 * @param documento the document id, e.g. {@code oficio-dominio}
 * @param linha the line of the file its latest event came from (1-based)
 * @param incerto the server may or may not have accepted it: the connection failed or timed out after the message
 *        was handed over ({@code incerto}), or the run was interrupted after its intent ({@code intencao} with
 *        nothing after it); false when the server accepted it
 * @param messageId the message's Message-ID; empty when the line has none
 */
public record Envio(OffsetDateTime quando, String documento, List<String> para, String assunto, int linha,
        boolean incerto, String messageId) {
    public Envio {
        para = List.copyOf(para);
        messageId = messageId == null ? "" : messageId;
    }

    /** A send the server accepted. */
    public Envio(OffsetDateTime quando, String documento, List<String> para, String assunto, int linha) {
        this(quando, documento, para, assunto, linha, false, "");
    }

    /** The calendar day of the send, as written (in the offset of the log line). */
    public LocalDate dia() {
        return quando.toLocalDate();
    }
}
