package br.esus.oficios.model;

/** {@code oficios:}: numbering of the documents that carry a number. */
public record Oficios(NumeroOficio oficioDominio) {
}
