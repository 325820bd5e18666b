package br.esus.oficios.model;

/**
 * The person the ofício is addressed to.
 *
 * @param feminino true when the addressee is a woman (from {@code tratamento: senhora}, or {@code genero: feminino}):
 *     the one fact the forms of address read (the reader folds the two keys into it and rejects a contradiction)
 */
public record Destinatario(String nome, String cargo, Tratamento tratamento, boolean feminino, Hierarquia hierarquia) {
}
