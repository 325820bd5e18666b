package br.esus.oficios.model;

import br.esus.oficios.doc.Inline;

/** A checklist item's status: its YAML value and its mark, whose label and text are {@link Inline.Symbol}'s. */
public enum Status {
    CONCLUIDO("concluido", Inline.Symbol.CONCLUIDO),
    PENDENTE_BAIXA("pendente-baixa", Inline.Symbol.PENDENTE_BAIXA),
    PENDENTE_ALTA("pendente-alta", Inline.Symbol.PENDENTE_ALTA),
    NAO_SE_APLICA("nao-se-aplica", Inline.Symbol.NAO_SE_APLICA);

    private final String yaml;
    private final Inline.Symbol symbol;

    Status(String yaml, Inline.Symbol symbol) {
        this.yaml = yaml;
        this.symbol = symbol;
    }

    /** The value as written in the YAML, e.g. {@code pendente-alta}. */
    public String yaml() {
        return yaml;
    }

    /** The label a reader sees, e.g. "pendente (alta prioridade)". */
    public String rotulo() {
        return symbol.label();
    }

    /** The mark of this status in documents, spreadsheets and on the terminal. */
    public Inline.Symbol symbol() {
        return symbol;
    }
}
