package br.esus.oficios.model;

import java.nio.file.Path;

/**
 * A person with a position: the signatory.
 *
 * @param certificado the A1 certificate (PKCS#12) {@code assinar} signs with, resolved against the YAML's folder;
 *        null when the file names none
 * @param certificadoSenhaEnv the environment variable holding that certificate's password; null for {@link #SENHA_ENV_PADRAO}
 */
public record Pessoa(String nome, String cargo, Path certificado, String certificadoSenhaEnv) {
    /** Where the certificate's password comes from when the file names no variable ({@code certificado_senha_env}). */
    public static final String SENHA_ENV_PADRAO = "GERAR_OFICIOS_CERTIFICADO_SENHA";

    /** A signatory without a certificate of their own. */
    public Pessoa(String nome, String cargo) {
        this(nome, cargo, null, null);
    }
}
