package br.esus.oficios.track;

import java.util.Map;
import java.util.Optional;

/** Which checklist item a sent document answers: the ofício asks for the gov.br domain, the ticket for prescription. */
public final class SentDocuments {
    private static final Map<String, String> ITEM_BY_DOCUMENT = Map.of(
            "oficio-dominio", "dns_govbr",
            "ticket-prescricao", "prescricao_digital");

    private static final Map<String, String> LABEL = Map.of(
            "oficio-dominio", "ofício",
            "ticket-prescricao", "ticket");

    private SentDocuments() {
    }

    /** The checklist item id a document id maps to, e.g. {@code oficio-dominio} → {@code dns_govbr}. */
    public static Optional<String> itemFor(String document) {
        return Optional.ofNullable(ITEM_BY_DOCUMENT.get(document));
    }

    /** What to call the document in a sentence: "ofício", "ticket"; the id itself for others. */
    public static String label(String document) {
        return LABEL.getOrDefault(document, document);
    }

    /** What was sent: "ofício", or "ofício assinado" when the PDF attached was a signed copy. */
    public static String label(Send e) {
        return label(e.document()) + (e.signed() ? " assinado" : "");
    }

    /**
     * "ofício enviado em 23/11/2026" ("ofício assinado enviado em 23/11/2026" when a signed copy went), or "envio
     * incerto do ofício em 23/11/2026" when the outcome is unknown.
     */
    public static String description(Send e) {
        return e.uncertain() ? "envio incerto do " + label(e) + " em " + DateText.br(e.day())
                : label(e) + " enviado em " + DateText.br(e.day());
    }

    /**
     * The warning for a pending item whose document's latest send has an unknown outcome: it is neither sent nor
     * pending until the coordinator finds out.
     */
    public static String uncertainAlert(Send e) {
        return description(e) + (e.messageId().isEmpty() ? "" : " (Message-ID " + e.messageId() + ")")
                + ": o servidor não confirmou o recebimento; confira com o destinatário ou na pasta de enviados e, se"
                + " não chegou, envie de novo com gerar-oficios enviar --reenviar";
    }
}
