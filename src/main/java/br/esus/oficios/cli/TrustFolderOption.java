package br.esus.oficios.cli;

import br.esus.oficios.output.IoMessages;
import br.esus.oficios.sign.TrustAnchors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * {@code --confianca PASTA} of {@code verificar} and {@code conferir}: the certificates the folder holds. A folder that
 * is missing, cannot be read or holds no certificate is a usage error; a file in it that is not a certificate is a
 * warning.
 */
final class TrustFolderOption {
    private TrustFolderOption() {
    }

    /** The certificates of {@code folder} as given on the command line. */
    static TrustAnchors load(CliContext ctx, CommandLine cl, Path folder) {
        Path dir = ctx.resolve(folder);
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(cl, "--confianca " + folder + ": "
                    + (Files.exists(dir) ? "não é uma pasta" : "pasta não encontrada"));
        }
        TrustAnchors anchors;
        try {
            anchors = TrustAnchors.load(dir, folder.toString());
        } catch (IOException e) {
            throw new ParameterException(cl, "--confianca " + folder + ": não foi possível ler a pasta: "
                    + IoMessages.readReason(e));
        }
        anchors.problems().forEach(p -> ctx.err().println("aviso: " + p));
        if (anchors.certificates().isEmpty()) {
            throw new ParameterException(cl, "--confianca " + folder + ": nenhum certificado (.pem, .crt, .cer ou "
                    + ".der) na pasta");
        }
        return anchors;
    }
}
