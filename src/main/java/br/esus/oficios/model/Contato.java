package br.esus.oficios.model;

/** The person responsible for the domain and the installation: {@code contato:}. {@code cargo} is optional. */
public record Contato(String nome, String cargo, String email, String telefone) {
}
