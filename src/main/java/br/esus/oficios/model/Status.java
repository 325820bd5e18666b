package br.esus.oficios.model;

/** A checklist item's status, with the marks the coordinators' spreadsheets use. */
public enum Status {
    CONCLUIDO("concluido", "concluído", "✅"),
    PENDENTE_BAIXA("pendente-baixa", "pendente (baixa prioridade)", "⏸️"),
    PENDENTE_ALTA("pendente-alta", "pendente (alta prioridade)", "🚩"),
    NAO_SE_APLICA("nao-se-aplica", "não se aplica", "➖");

    private final String yaml;
    private final String rotulo;
    private final String marca;

    Status(String yaml, String rotulo, String marca) {
        this.yaml = yaml;
        this.rotulo = rotulo;
        this.marca = marca;
    }

    /** The value as written in the YAML, e.g. {@code pendente-alta}. */
    public String yaml() {
        return yaml;
    }

    /** The label a reader sees, e.g. "pendente (alta prioridade)". */
    public String rotulo() {
        return rotulo;
    }

    /** The mark used in Markdown and on the terminal (✅ ⏸️ 🚩 ➖). */
    public String marca() {
        return marca;
    }

    public static Status fromYaml(String s) {
        for (Status st : values()) {
            if (st.yaml.equals(s)) {
                return st;
            }
        }
        return null;
    }
}
