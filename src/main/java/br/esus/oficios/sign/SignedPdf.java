package br.esus.oficios.sign;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The signatures of one file, as {@link SignatureReader} found them.
 *
 * @param file the file read
 * @param unreadable why the file could not be read as a PDF (null when it could)
 * @param signatures in the order they were made (the first signature first)
 */
public record SignedPdf(Path file, String unreadable, List<SignatureCheck> signatures) {
    public SignedPdf {
        signatures = List.copyOf(signatures);
    }

    public boolean signed() {
        return unreadable == null && !signatures.isEmpty();
    }

    /** Signed, and every signature valid ({@link SignatureCheck#valid}). */
    public boolean valid() {
        return signed() && signatures.stream().allMatch(SignatureCheck::valid);
    }

    /** The signature that covers the whole file, when the file is {@linkplain #valid valid}. */
    public Optional<SignatureCheck> last() {
        return valid() ? signatures.stream().filter(SignatureCheck::coversFile).findFirst() : Optional.empty();
    }

    /** The content hash of the last signed revision, if the file is valid and has one. */
    public Optional<String> contentSha256() {
        return last().map(SignatureCheck::contentSha256);
    }

    /** The gerar-oficios document a signature is over ({@code oficio-dominio}), or null when none says. */
    public String documento() {
        return signatures.stream().map(SignatureCheck::documento).filter(java.util.Objects::nonNull).reduce(
                (a, b) -> b).orElse(null);
    }

    /** Orders valid files by when they were last signed (a file without a time first). */
    public static final Comparator<SignedPdf> BY_SIGNING_TIME = Comparator.comparing(
            (SignedPdf s) -> s.last().map(SignatureCheck::when).orElse(null),
            Comparator.nullsFirst(Comparator.naturalOrder()));
}
