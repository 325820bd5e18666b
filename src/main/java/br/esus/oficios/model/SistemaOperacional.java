package br.esus.oficios.model;

/** The server's operating system, which decides paths and commands. */
public enum SistemaOperacional {
    LINUX("linux"), WINDOWS("windows");

    private final String yaml;

    SistemaOperacional(String yaml) {
        this.yaml = yaml;
    }

    /** The value as written in the YAML. */
    public String yaml() {
        return yaml;
    }
}
