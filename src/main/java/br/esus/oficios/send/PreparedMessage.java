package br.esus.oficios.send;

import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * A message ready to go, with what the sent log records about it.
 *
 * @param para bare addresses in To
 * @param cc bare addresses in Cc
 * @param conteudoSha256 the SHA-256 of the document's content: {@link MessageFactory#contentSha256}
 * @param anexos file names (as on disk) and SHA-256 of the bytes attached
 */
public record PreparedMessage(
        Outgoing outgoing, MimeMessage message, List<String> para, List<String> cc, String assunto, String messageId,
        String conteudoSha256, List<SentLog.Anexo> anexos) {
    public PreparedMessage {
        para = List.copyOf(para);
        cc = List.copyOf(cc);
        anexos = List.copyOf(anexos);
    }
}
