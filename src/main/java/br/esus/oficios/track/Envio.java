package br.esus.oficios.track;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One line of {@code output/<uf>-<slug>/envios.jsonl}: a document the e-mail feature sent.
 *
 * @param quando when it was sent, with the offset it was written with
 * @param documento the document id, e.g. {@code oficio-dominio}
 * @param linha the line of the file it came from (1-based)
 */
public record Envio(OffsetDateTime quando, String documento, List<String> para, String assunto, int linha) {
    public Envio {
        para = List.copyOf(para);
    }

    /** The calendar day of the send, as written (in the offset of the log line). */
    public LocalDate dia() {
        return quando.toLocalDate();
    }
}
