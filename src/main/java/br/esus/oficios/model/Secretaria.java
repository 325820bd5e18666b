package br.esus.oficios.model;

/**
 * {@code secretaria:} in the YAML: the sending unit. Address and contacts go to the ofício's footer.
 *
 * @param endereco optional; falls back to the prefeitura's address
 */
public record Secretaria(String nome, String sigla, String endereco, String telefone, String email, String site) {
}
