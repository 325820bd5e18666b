package br.esus.oficios.model;

/** {@code pop.situacao}: where the POP stands in its life, as its identification block shows it. */
public enum SituacaoPop {
    VIGENTE("vigente", "Vigente"),
    EM_REVISAO("em-revisao", "Em revisão"),
    RASCUNHO("rascunho", "Rascunho");

    private final String yaml;
    private final String rotulo;

    SituacaoPop(String yaml, String rotulo) {
        this.yaml = yaml;
        this.rotulo = rotulo;
    }

    /** The value as written in the YAML, e.g. {@code em-revisao}. */
    public String yaml() {
        return yaml;
    }

    /** The label a reader sees, e.g. "Em revisão". */
    public String rotulo() {
        return rotulo;
    }
}
