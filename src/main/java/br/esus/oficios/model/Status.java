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

    /**
     * How many items have this status, in words that agree with the number: "1 concluído", "8 concluídos",
     * "1 pendente de alta prioridade", "2 pendentes de alta prioridade", "1 que não se aplica", "2 que não se
     * aplicam" (zero, as in Portuguese, takes the plural).
     */
    public String contagem(int n) {
        boolean um = n == 1;
        return n + switch (this) {
            case CONCLUIDO -> um ? " concluído" : " concluídos";
            case PENDENTE_BAIXA -> (um ? " pendente" : " pendentes") + " de baixa prioridade";
            case PENDENTE_ALTA -> (um ? " pendente" : " pendentes") + " de alta prioridade";
            case NAO_SE_APLICA -> um ? " que não se aplica" : " que não se aplicam";
        };
    }

    /** "1 item", "23 itens": the total the counts of {@link #contagem} add up to. */
    public static String itens(int n) {
        return n + (n == 1 ? " item" : " itens");
    }

    /** The mark of this status in documents, spreadsheets and on the terminal. */
    public Inline.Symbol symbol() {
        return symbol;
    }
}
