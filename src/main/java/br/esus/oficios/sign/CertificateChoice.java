package br.esus.oficios.sign;

import br.esus.oficios.generate.InputFile;
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

    /** @param yaml the municipality file: a certificate beside it is shown as the user would reach it from here */
    static CertificateChoice of(Path override, String overrideShown, Pessoa signatario, InputFile yaml) {
        if (override != null) {
            return new CertificateChoice(override, overrideShown, Pessoa.SENHA_ENV_PADRAO);
        }
        String env = signatario.certificadoSenhaEnv() == null ? Pessoa.SENHA_ENV_PADRAO
                : signatario.certificadoSenhaEnv();
        Path f = signatario.certificado();
        return new CertificateChoice(f, f == null ? null : shown(f, yaml), env);
    }

    private static String shown(Path certificate, InputFile yaml) {
        Path dir = yaml.path().getParent();
        if (dir == null || !certificate.startsWith(dir)) {
            return certificate.toString();
        }
        Path inside = dir.relativize(certificate);
        Path shownDir = yaml.shown().getParent();
        return (shownDir == null ? inside : shownDir.resolve(inside)).toString();
    }
}
