package br.esus.oficios.model;

/** The addressee's hierarchy relative to the signatory: decides the fecho (Manual de Redação, 5.1.7). */
public enum Hierarquia {
    SUPERIOR("superior"), IGUAL("igual"), INFERIOR("inferior");

    private final String yaml;

    Hierarquia(String yaml) {
        this.yaml = yaml;
    }

    public String yaml() {
        return yaml;
    }
}
