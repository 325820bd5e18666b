package br.esus.oficios.model;

/** The PEC's PostgreSQL database: {@code instalacao.banco}. Defaults are the installer's: 5433, esus, postgres. */
public record Banco(int porta, String nome, String usuario) {
    public static final Banco PADRAO = new Banco(5433, "esus", "postgres");

    /** The JDBC URL of the database, seen from the PEC's own server. */
    public String urlJdbc() {
        return "jdbc:postgresql://localhost:" + porta + "/" + nome;
    }
}
