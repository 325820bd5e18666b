package br.esus.oficios.sign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The certificates the user trusts ({@code --confianca PASTA}): every {@code .pem}, {@code .crt}, {@code .cer} and
 * {@code .der} file of the folder, PEM (one or more certificates) or DER. Chains are built offline (PKIX, without
 * revocation: there is no network) at the time the signer claims.
 *
 * @param folder null when no folder was given
 * @param certificates the anchors read
 * @param problems one Portuguese sentence per file that is not a certificate
 */
public record TrustAnchors(Path folder, List<X509Certificate> certificates, List<String> problems) {
    /** No folder given: chains are not checked. */
    public static final TrustAnchors NONE = new TrustAnchors(null, List.of(), List.of());

    public TrustAnchors {
        certificates = List.copyOf(certificates);
        problems = List.copyOf(problems);
    }

    /** @throws IOException when the folder cannot be listed */
    public static TrustAnchors load(Path folder, String shown) throws IOException {
        List<X509Certificate> certs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path p : CertificateFiles.inFolder(folder)) {
            List<X509Certificate> read = CertificateFiles.parse(Files.readAllBytes(p));
            if (read.isEmpty()) {
                problems.add(shown + "/" + p.getFileName() + ": não é um certificado PEM nem DER; ignorado");
            }
            certs.addAll(read);
        }
        return new TrustAnchors(folder, certs, problems);
    }

    public boolean given() {
        return folder != null;
    }

    /**
     * Builds the chain from {@code leaf} to one of the anchors, with the certificates the signature carries as
     * intermediates, at {@code when} (null: now).
     *
     * @return the anchor's subject, or the reason there is no chain
     */
    public Chain chain(X509Certificate leaf, List<X509Certificate> carried, Date when) {
        if (certificates.isEmpty()) {
            return new Chain(false, "nenhum certificado de confiança em " + folder);
        }
        try {
            Set<TrustAnchor> anchors = new HashSet<>();
            certificates.forEach(c -> anchors.add(new TrustAnchor(c, null)));
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(leaf);
            PKIXBuilderParameters p = new PKIXBuilderParameters(anchors, target);
            p.setRevocationEnabled(false);
            if (when != null) {
                p.setDate(when);
            }
            p.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(carried)));
            PKIXCertPathBuilderResult r = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(p);
            return new Chain(true, CertificateNames.commonName(r.getTrustAnchor().getTrustedCert()
                    .getSubjectX500Principal()));
        } catch (GeneralSecurityException | RuntimeException e) {
            return new Chain(false, "nenhuma cadeia até os certificados de " + folder.getFileName()
                    + " válida na data da assinatura");
        }
    }

    /** @param detail the anchor's name when trusted, else why not */
    public record Chain(boolean trusted, String detail) {
    }
}
