package br.esus.oficios.model;

import java.nio.file.Path;

/**
 * {@code prefeitura:} in the YAML.
 *
 * @param sigla optional acronym appended to the ofício identification after the secretaria's
 * @param brasao optional image (PNG or JPEG) of the municipality's coat of arms, resolved against the YAML's folder
 */
public record Prefeitura(String nome, String cnpj, String endereco, String cep, String sigla, Path brasao) {
}
