package br.esus.oficios.model;

/**
 * {@code orgao_dominio:}: the state agency that manages the UF's gov.br domain and receives the ofício.
 *
 * @param cidade city of the agency's address, written with {@code uf} in the endereçamento's last line
 */
public record OrgaoDominio(
        String nome, String sigla, String email, String endereco, String cep, String cidade, Uf uf,
        Destinatario destinatario) {
}
