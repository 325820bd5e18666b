package br.esus.oficios.doc;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What surrounds the text: document properties and the letterhead.
 *
 * @param documentId the catalog id, e.g. {@code oficio-dominio}
 * @param title e.g. "Ofício nº 12/2026/SMS — Solicitação de subdomínio gov.br"
 * @param author the sending secretaria
 * @param subject one line on what the document is for
 * @param keywords for the PDF/DOCX properties
 * @param date the document's date (the ofício's date; today for the others)
 * @param letterhead true for documents on the secretaria's letterhead (the ofício, the POP): the first-page header
 *        (brasão, {@code headerLines}) and the centred footer ({@code footerLines}) are drawn
 * @param headerLines the organ names, from higher to lower hierarchy, e.g. prefeitura then secretaria
 * @param footerLines the sending unit's address and contacts, centred in the footer
 * @param brasao the coat of arms image (PNG or JPEG), or null
 */
public record DocMeta(
        String documentId,
        String title,
        String author,
        String subject,
        List<String> keywords,
        LocalDate date,
        boolean letterhead,
        List<String> headerLines,
        List<String> footerLines,
        Path brasao) {

    public DocMeta {
        keywords = List.copyOf(keywords);
        headerLines = List.copyOf(headerLines);
        footerLines = List.copyOf(footerLines);
    }

    /** The time zone of the documents' dates: Brasília time. */
    public static final ZoneId ZONE = ZoneId.of(BrasiliaTime.ZONE_ID);

    /**
     * The creation (and modification) time written in the file properties: the start of {@link #date()} in
     * Brasília time, the same instant in the PDF and in the DOCX. Null when there is no date.
     */
    public ZonedDateTime dateTime() {
        return date == null ? null : date.atStartOfDay(ZONE);
    }

    /** Language of every document. */
    public String language() {
        return "pt-BR";
    }

    /**
     * What a screen reader says for the brasão, in every format: whose it is, from the letterhead's first line
     * ("Brasão da Prefeitura Municipal de Santo Amaro").
     */
    public String brasaoAltText() {
        return headerLines.isEmpty() ? "Brasão" : "Brasão da " + headerLines.get(0);
    }
}
