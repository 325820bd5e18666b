package br.esus.oficios.sign;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A private key and its certificate chain, read from an A1 certificate and checked ({@link Pkcs12Reader}).
 *
 * @param chain the signer's certificate first, then the certificates of its issuers the file carries
 */
public record SigningKey(PrivateKey key, List<X509Certificate> chain) {
    public SigningKey {
        chain = List.copyOf(chain);
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The holder's name, without the CPF of an e-CPF. */
    public String holder() {
        return CertificateNames.holder(certificate().getSubjectX500Principal());
    }

    /** The common name of the authority that issued the certificate. */
    public String issuer() {
        return CertificateNames.commonName(certificate().getIssuerX500Principal());
    }
}
