package br.esus.oficios.model;

/** How the ofício's addressee is treated (Manual de Redação, 4.1 and 5.1.4). */
public enum Tratamento {
    SENHOR("senhor"), SENHORA("senhora"), EXCELENCIA("excelencia");

    private final String yaml;

    Tratamento(String yaml) {
        this.yaml = yaml;
    }

    public String yaml() {
        return yaml;
    }
}
