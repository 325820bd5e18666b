package br.esus.oficios.doc;

/**
 * The semantic paragraph classes templates use ({@code {.assunto}} on the line after a paragraph). Each writer maps
 * them to the padrão ofício: the PDF's CSS and the DOCX's paragraph styles are the only places the look lives.
 */
public enum ParagraphStyle {
    /** Ordinary text. */
    NORMAL("", "Normal"),
    /** "OFÍCIO Nº 12/2026/SMS/PMSA", left. */
    IDENTIFICACAO("identificacao", "Identificacao"),
    /** "Santo Amaro, 1º de março de 2026.", right. */
    DATA("data", "Data"),
    /** Addressee block, left, lines separated by line breaks. */
    ENDERECAMENTO("enderecamento", "Enderecamento"),
    /** "Assunto: ...", left, the whole line bold. */
    ASSUNTO("assunto", "Assunto"),
    /** "Senhor Diretor-Presidente,", indented 2.5 cm like a paragraph. */
    VOCATIVO("vocativo", "Vocativo"),
    /** Body paragraph: justified, 2.5 cm first-line indent, numbered at the margin when there are three or more. */
    TEXTO("texto", "Texto"),
    /** "Atenciosamente,", indented 2.5 cm, never numbered. */
    FECHO("fecho", "Fecho"),
    /** Name in capitals (not bold, no line) and cargo on the next line, centred. */
    ASSINATURA("assinatura", "Assinatura"),
    /** Small print under a document (generated-by notes, legends). */
    NOTA("nota", "Nota");

    private final String cssClass;
    private final String docxStyle;

    ParagraphStyle(String cssClass, String docxStyle) {
        this.cssClass = cssClass;
        this.docxStyle = docxStyle;
    }

    /** The class name in templates and in the PDF's HTML. Empty for NORMAL. */
    public String cssClass() {
        return cssClass;
    }

    /** The DOCX paragraph style id. */
    public String docxStyle() {
        return docxStyle;
    }

    /** The style for a template class; null when the class is unknown. */
    public static ParagraphStyle fromClass(String cls) {
        for (ParagraphStyle s : values()) {
            if (s.cssClass.equals(cls)) {
                return s;
            }
        }
        return null;
    }
}
