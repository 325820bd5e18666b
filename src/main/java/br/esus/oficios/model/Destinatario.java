package br.esus.oficios.model;

/**
 * The person the ofício is addressed to.
 *
 * @param feminino true when the addressee is a woman (from {@code tratamento: senhora}, or {@code genero: feminino})
 */
public record Destinatario(String nome, String cargo, Tratamento tratamento, boolean feminino, Hierarquia hierarquia) {
}
