package br.esus.oficios.model;

/** The server's operating system, which decides paths and commands. */
public enum SistemaOperacional {
    LINUX("linux", "Linux", "/opt/e-SUS"),
    WINDOWS("windows", "Windows", "C:\\Program Files\\e-SUS");

    private final String yaml;
    private final String nome;
    private final String pastaPecPadrao;

    SistemaOperacional(String yaml, String nome, String pastaPecPadrao) {
        this.yaml = yaml;
        this.nome = nome;
        this.pastaPecPadrao = pastaPecPadrao;
    }

    /** The value as written in the YAML. */
    public String yaml() {
        return yaml;
    }

    /** The name a reader sees. */
    public String nome() {
        return nome;
    }

    /**
     * Where the PEC installer puts the PEC by default (Manual e-SUS APS, Login GOV.BR and Certificado e-Gestor: note
     * the hyphen, {@code e-SUS}).
     */
    public String pastaPecPadrao() {
        return pastaPecPadrao;
    }
}
