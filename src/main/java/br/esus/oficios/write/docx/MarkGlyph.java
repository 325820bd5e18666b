package br.esus.oficios.write.docx;

import br.esus.oficios.doc.Inline;

/**
 * How a checklist mark is drawn: a glyph that Calibri and its metric twin Carlito both have (no emoji font, no
 * Symbol/Wingdings), coloured by a character style, and a shape that still differs when printed in black and white.
 */
enum MarkGlyph {
    CONCLUIDO("\u25CF", "MarcaConcluido"),       // ● green
    PENDENTE_BAIXA("\u2016", "MarcaPendenteBaixa"), // ‖ amber, "paused"
    PENDENTE_ALTA("\u2191", "MarcaPendenteAlta"),   // ↑ red, "high priority"
    NAO_SE_APLICA("\u2014", "MarcaNaoSeAplica"),    // — grey
    CAIXA_VAZIA("\u25A1", "MarcaCaixaVazia");       // □ black, a box to tick on paper

    private final String glyph;
    private final String styleId;

    MarkGlyph(String glyph, String styleId) {
        this.glyph = glyph;
        this.styleId = styleId;
    }

    String glyph() {
        return glyph;
    }

    /** The character style id in styles.xml. */
    String styleId() {
        return styleId;
    }

    static MarkGlyph of(Inline.Symbol symbol) {
        return switch (symbol) {
            case CONCLUIDO -> CONCLUIDO;
            case PENDENTE_BAIXA -> PENDENTE_BAIXA;
            case PENDENTE_ALTA -> PENDENTE_ALTA;
            case NAO_SE_APLICA -> NAO_SE_APLICA;
            case CAIXA_VAZIA -> CAIXA_VAZIA;
        };
    }
}
