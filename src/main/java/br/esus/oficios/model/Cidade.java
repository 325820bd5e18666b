package br.esus.oficios.model;

/** The municipality itself: {@code municipio:} in the YAML. */
public record Cidade(String nome, Uf uf, String codigoIbge) {
}
