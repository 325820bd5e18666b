package br.esus.oficios.sign;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Certificate files a user gives: which files of a folder are certificates ({@code .pem}, {@code .crt}, {@code .cer},
 * {@code .der}, in any case), and the X.509 certificates in a file's bytes, PEM (one or more) or DER. The trust
 * folder of {@code verificar --confianca} and the SMTP server's {@code smtp.confianca} read them the same way; each
 * keeps its own policy for what is wrong.
 */
public final class CertificateFiles {
    /** The file names taken from a folder. */
    public static final List<String> EXTENSIONS = List.of(".pem", ".crt", ".cer", ".der");

    private CertificateFiles() {
    }

    /** The certificate files of {@code folder}, sorted by name. */
    public static List<Path> inFolder(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).filter(p -> EXTENSIONS.stream()
                    .anyMatch(e -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(e))).sorted()
                    .toList();
        }
    }

    /** The X.509 certificates in {@code bytes}; empty when they hold none (not PEM nor DER). */
    public static List<X509Certificate> parse(byte[] bytes) {
        List<X509Certificate> out = new ArrayList<>();
        try (ByteArrayInputStream in = new ByteArrayInputStream(bytes)) {
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                if (c instanceof X509Certificate x) {
                    out.add(x);
                }
            }
        } catch (CertificateException | IOException e) {
            return List.of();
        }
        return out;
    }
}
