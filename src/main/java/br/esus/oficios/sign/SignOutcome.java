package br.esus.oficios.sign;

import br.esus.oficios.model.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code assinar} did with one municipality file.
 *
 * @param problems errors (a refused certificate, a document not signed) and warnings (the holder is not the
 *        signatário), one line each
 * @param signed the signed files written, in order
 * @param holder who signed (the certificate's holder), or null when nothing was signed
 * @param failed something asked for was not signed
 */
public record SignOutcome(Path file, List<Diagnostic> problems, List<Path> signed, String holder, boolean failed) {
    public SignOutcome {
        problems = List.copyOf(problems);
        signed = List.copyOf(signed);
    }
}
