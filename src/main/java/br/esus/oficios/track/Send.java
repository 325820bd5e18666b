package br.esus.oficios.track;

import br.esus.oficios.send.SentLog;
import br.esus.oficios.send.SentLogScan;
import br.esus.oficios.sign.SignedCopies;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One send of a document, as the sends log tells it ({@link SentLogScan}): a message that did not fail, by its latest
 * event.
 *
 * @param when when its latest event was written (the answer, or the intent when none came), with the offset it was
 *        written with
 * @param document the document id, e.g. {@code oficio-dominio}
 * @param uncertain the server may or may not have accepted it: the connection failed or timed out after the message
 *        was handed over ({@code incerto}), or the run was interrupted after its intent ({@code intencao} with
 *        nothing after it); false when the server accepted it
 * @param messageId the message's Message-ID; empty when the line has none
 * @param signed the PDF attached was a signed copy ({@code enviar} attaches one, under any name other than the
 *        tool's own {@code oficio-dominio.pdf}, when the folder holds a valid one of the current ofício)
 */
public record Send(OffsetDateTime when, String document, boolean uncertain, String messageId, boolean signed) {
    public Send {
        messageId = messageId == null ? "" : messageId;
    }

    /** A send of an unsigned document. */
    public Send(OffsetDateTime when, String document, boolean uncertain, String messageId) {
        this(when, document, uncertain, messageId, false);
    }

    /** The send a message of the log stands for; empty when the message failed (it counts for nothing). */
    static Optional<Send> of(SentLogScan.Message m) {
        if (m.attempt().estado() == SentLog.Estado.FALHOU) {
            return Optional.empty();
        }
        boolean signed = m.attempt().last().anexos().stream().map(SentLog.Anexo::arquivo)
                .anyMatch(SignedCopies::isSignedCopyName);
        return Optional.of(new Send(m.when(), m.documento(), !m.attempt().sent(), m.messageId(), signed));
    }

    /** The calendar day of the send, as written (in the offset of the log line). */
    public LocalDate day() {
        return when.toLocalDate();
    }
}
