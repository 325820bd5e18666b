package br.esus.oficios.doc;

/**
 * Semantic classes of table columns, given in the template on the header cell ({@code | Anotações {.a-preencher} |}).
 * Like {@link ParagraphStyle}, each writer maps them to its look: the PDF's typesetter and the DOCX table writer.
 */
public enum ColumnStyle {
    /** An ordinary column, as wide as its content asks. */
    NORMAL(""),
    /** A column left blank to be written in by hand (notes of a visit): a fixed width of about 4 cm. */
    A_PREENCHER("a-preencher"),
    /** A column left blank to sign by hand (the approvals of the POP): about 5 cm wide, its rows 1.2 cm high. */
    A_ASSINAR("a-assinar"),
    /**
     * A column of people's names (who answers for a checklist item): wide enough for each name in two lines, never one
     * word a line, before the other columns share the room left.
     */
    NOMES("nomes");

    private final String cssClass;

    ColumnStyle(String cssClass) {
        this.cssClass = cssClass;
    }

    /** The class name in templates and in the PDF's HTML. Empty for NORMAL. */
    public String cssClass() {
        return cssClass;
    }

    /** The style for a template class; null when the class is unknown. */
    public static ColumnStyle fromClass(String cls) {
        for (ColumnStyle s : values()) {
            if (!s.cssClass.isEmpty() && s.cssClass.equals(cls)) {
                return s;
            }
        }
        return null;
    }
}
