package br.esus.oficios.render;

import java.util.List;

/** The documents the tool writes, with their CLI id ({@code -d/--documento}), template and formats. */
public enum DocumentId {
    OFICIO_DOMINIO("oficio-dominio", "oficio-dominio.md.ftl", "oficio-dominio", true),
    TICKET_PRESCRICAO("ticket-prescricao", "ticket-prescricao.md.ftl", "ticket-prescricao", true),
    APPLICATION_PROPERTIES("application-properties", "application.properties.ftl", "application", false),
    POP("pop", "pop.md.ftl", "pop", true),
    CHECKLIST("checklist", "checklist.md.ftl", "checklist", true);

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

    /** The template file name inside {@code templates/}. */
    public String template() {
        return template;
    }

    /**
     * True when the template produces Markdown that becomes a {@link br.esus.oficios.doc.Doc} (written as PDF, DOCX
     * and Markdown); false for {@code application.properties}, written as the template produced it.
     */
    public boolean markdown() {
        return markdown;
    }

    /** The output file name for a format ({@code md}, {@code pdf}, {@code docx}); for properties, the fixed name. */
    public String fileName(String format) {
        return markdown ? baseName + "." + format : "application.properties";
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
