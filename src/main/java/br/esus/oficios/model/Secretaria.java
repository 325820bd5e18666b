package br.esus.oficios.model;

/**
 * {@code secretaria:} in the YAML: the sending unit. Address and contacts go to the ofício's footer.
 *
 * @param endereco optional; in a {@link Municipio}, the prefeitura's address when the file gives none
 */
public record Secretaria(String nome, String sigla, String endereco, String telefone, String email, String site) {

    /** This secretaria, with {@code endereco} as its address when it has none of its own. */
    Secretaria withAddressOr(String endereco) {
        return this.endereco != null && !this.endereco.isBlank() ? this
                : new Secretaria(nome, sigla, endereco, telefone, email, site);
    }
}
