package br.esus.oficios.sign;

import br.esus.oficios.model.Pessoa;
import java.nio.file.Path;

/**
 * Which certificate signs a municipality's documents and which environment variable holds its password:
 * {@code --certificado} (with the default variable) over the YAML's {@code signatario.certificado} and
 * {@code signatario.certificado_senha_env}.
 *
 * @param file null when neither names one
 * @param shown the file as the user wrote it, for messages
 */
record CertificateChoice(Path file, String shown, String passwordEnv) {

    static CertificateChoice of(Path override, String overrideShown, Pessoa signatario) {
        if (override != null) {
            return new CertificateChoice(override, overrideShown, Pessoa.SENHA_ENV_PADRAO);
        }
        String env = signatario.certificadoSenhaEnv() == null ? Pessoa.SENHA_ENV_PADRAO
                : signatario.certificadoSenhaEnv();
        Path f = signatario.certificado();
        return new CertificateChoice(f, f == null ? null : f.toString(), env);
    }
}
