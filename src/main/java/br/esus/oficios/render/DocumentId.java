package br.esus.oficios.render;

import br.esus.oficios.model.SistemaOperacional;
import java.util.List;

/**
 * The documents the tool writes, with their CLI id ({@code -d/--documento}), template and files. A Markdown document
 * is written in the formats {@code -f} asks for; the others are plain files, written whatever {@code -f} says.
 */
public enum DocumentId {
    OFICIO_DOMINIO("oficio-dominio", "oficio-dominio.md.ftl", "oficio-dominio", true),
    TICKET_PRESCRICAO("ticket-prescricao", "ticket-prescricao.md.ftl", "ticket-prescricao", true),
    APPLICATION_PROPERTIES("application-properties", "application.properties.ftl", null, false),
    POP("pop", "pop.md.ftl", "pop", true),
    SCRIPTS("scripts", null, null, false),
    CHECKLIST("checklist", "checklist.md.ftl", "checklist", true);

    /**
     * A file of a document that is not Markdown, rendered from its own template as plain text.
     *
     * @param secret written readable by its owner only (it holds a secret from the environment)
     * @param crlfBom written with CRLF line ends and a UTF-8 byte order mark, as Windows PowerShell 5.1 needs to read
     *        accented text in a script
     */
    public record PlainFile(String template, String fileName, boolean secret, boolean crlfBom) {
    }

    private final String id;
    private final String template;
    private final String baseName;
    private final boolean markdown;

    DocumentId(String id, String template, String baseName, boolean markdown) {
        this.id = id;
        this.template = template;
        this.baseName = baseName;
        this.markdown = markdown;
    }

    /** The id on the command line, e.g. {@code oficio-dominio}. */
    public String id() {
        return id;
    }

    /**
     * The template file name inside {@code templates/}: of a Markdown document, or of the one file of a plain document
     * that has the same template on every system (the properties file); null for the scripts.
     */
    public String template() {
        return template;
    }

    /**
     * True when the template produces Markdown that becomes a {@link br.esus.oficios.doc.Doc} (written as PDF, DOCX
     * and Markdown); false for the plain files ({@link #plainFiles}).
     */
    public boolean markdown() {
        return markdown;
    }

    /** Whether the template sees {@code govbr.client_secret}: only the properties file, which must carry it. */
    public boolean seesSecret() {
        return this == APPLICATION_PROPERTIES;
    }

    /** The output file name of a Markdown document in a format ({@code md}, {@code pdf}, {@code docx}). */
    public String fileName(String format) {
        return baseName + "." + format;
    }

    /** The files of a document that is not Markdown, for a server running {@code so}; empty for the others. */
    public List<PlainFile> plainFiles(SistemaOperacional so) {
        boolean win = so == SistemaOperacional.WINDOWS;
        return switch (this) {
            case APPLICATION_PROPERTIES -> List.of(
                    new PlainFile(template, "application.properties", true, false));
            case SCRIPTS -> win
                    ? List.of(new PlainFile("backup-esus.ps1.ftl", "backup-esus.ps1", false, true),
                            new PlainFile("restaurar-esus.ps1.ftl", "restaurar-esus.ps1", false, true))
                    : List.of(new PlainFile("backup-esus.sh.ftl", "backup-esus.sh", false, false),
                            new PlainFile("restaurar-esus.sh.ftl", "restaurar-esus.sh", false, false));
            default -> List.of();
        };
    }

    public static DocumentId fromId(String id) {
        for (DocumentId d : values()) {
            if (d.id.equals(id)) {
                return d;
            }
        }
        return null;
    }

    public static List<String> ids() {
        return java.util.Arrays.stream(values()).map(DocumentId::id).toList();
    }
}
