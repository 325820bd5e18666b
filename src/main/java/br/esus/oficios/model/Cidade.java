package br.esus.oficios.model;

/** The municipality itself: {@code municipio:} in the YAML. */
public record Cidade(String nome, Uf uf, String codigoIbge) {

    /** "Santo Amaro/BA": how the documents name the municipality. */
    public String nomeUf() {
        return nome + "/" + uf.name();
    }
}
