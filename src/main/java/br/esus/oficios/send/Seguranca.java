package br.esus.oficios.send;

/** How the connection to the SMTP server is protected: {@code smtp.seguranca} in {@code gerar-oficios.yaml}. */
public enum Seguranca {
    /** Plain connection upgraded with STARTTLS, which is required (port 587). The default. */
    STARTTLS("starttls", 587),
    /** Implicit TLS from the first byte ("smtps", port 465). */
    SSL("ssl", 465),
    /** No encryption: only for a relay on this machine (loopback), or with {@code --inseguro}. */
    NENHUMA("nenhuma", 25);

    private final String yaml;
    private final int portaPadrao;

    Seguranca(String yaml, int portaPadrao) {
        this.yaml = yaml;
        this.portaPadrao = portaPadrao;
    }

    /** The value as written in the YAML and on the command line. */
    public String yaml() {
        return yaml;
    }

    /** The usual port for this kind of connection. */
    public int portaPadrao() {
        return portaPadrao;
    }

    /** The Jakarta Mail protocol name: {@code smtps} for implicit TLS, {@code smtp} otherwise. */
    public String protocol() {
        return this == SSL ? "smtps" : "smtp";
    }

    /** Null when {@code s} is not one of the three values. */
    public static Seguranca fromYaml(String s) {
        for (Seguranca v : values()) {
            if (v.yaml.equals(s)) {
                return v;
            }
        }
        return null;
    }
}
