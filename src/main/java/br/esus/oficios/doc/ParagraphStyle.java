package br.esus.oficios.doc;

/**
 * The semantic paragraph classes templates use ({@code {.assunto}} on the line after a paragraph). Each writer maps
 * them to the padrão ofício: the PDF's measures (PdfMeasures) and the DOCX's paragraph styles are the only places the look lives.
 */
public enum ParagraphStyle {
    /** Ordinary text. */
    NORMAL(""),
    /** "OFÍCIO Nº 12/2026/SMS/PMSA", left. */
    IDENTIFICACAO("identificacao"),
    /** "Santo Amaro, 1º de março de 2026.", right. */
    DATA("data"),
    /** Addressee block, left, lines separated by line breaks. */
    ENDERECAMENTO("enderecamento"),
    /** "Assunto: ...", left, the whole line bold. */
    ASSUNTO("assunto"),
    /** "Senhor Diretor-Presidente,", indented 2.5 cm like a paragraph. */
    VOCATIVO("vocativo"),
    /** Body paragraph: justified, 2.5 cm first-line indent, numbered at the margin when there are three or more. */
    TEXTO("texto"),
    /** "Atenciosamente,", indented 2.5 cm, never numbered. */
    FECHO("fecho"),
    /** Name in capitals (not bold, no line) and cargo on the next line, centred. */
    ASSINATURA("assinatura"),
    /** Small print under a document (generated-by notes, legends). */
    NOTA("nota");

    private final String cssClass;

    ParagraphStyle(String cssClass) {
        this.cssClass = cssClass;
    }

    /** The class name in templates and in the PDF's HTML. Empty for NORMAL. */
    public String cssClass() {
        return cssClass;
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
