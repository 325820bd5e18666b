package br.esus.oficios.model;

/** A person with a position: the signatory. */
public record Pessoa(String nome, String cargo) {
}
