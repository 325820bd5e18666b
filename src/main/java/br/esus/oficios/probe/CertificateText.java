package br.esus.oficios.probe;

import br.esus.oficios.model.BrazilianDate;
import br.esus.oficios.sign.CertificateNames;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** How the observations name a server's certificate: its names, its issuer, its dates. */
final class CertificateText {

    private CertificateText() {
    }

    /** The DNS names of the certificate (subject alternative names), or its CN when it has none. */
    static List<String> names(X509Certificate c) {
        List<String> out = new ArrayList<>();
        try {
            Collection<List<?>> alt = c.getSubjectAlternativeNames();
            if (alt != null) {
                for (List<?> entry : alt) {
                    if (entry.size() >= 2 && (Integer.valueOf(2).equals(entry.get(0))
                            || Integer.valueOf(7).equals(entry.get(0)))) {
                        out.add(String.valueOf(entry.get(1)));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // falls back to the CN
        }
        if (out.isEmpty()) {
            out.add(CertificateNames.commonName(c.getSubjectX500Principal()));
        }
        return out;
    }

    /** The issuer's common name (or whole name). */
    static String issuer(X509Certificate c) {
        return CertificateNames.commonName(c.getIssuerX500Principal());
    }

    static boolean selfSigned(X509Certificate c) {
        return c.getSubjectX500Principal().equals(c.getIssuerX500Principal());
    }

    /** "certificado de esus.x.gov.br, emitido por AC Teste, válido de 01/12/2026 a 18/02/2027". */
    static String describe(X509Certificate c) {
        return "certificado de " + String.join(", ", names(c)) + ", emitido por " + issuer(c) + ", válido de "
                + BrazilianDate.day(c.getNotBefore().toInstant()) + " a " + BrazilianDate.day(c.getNotAfter().toInstant());
    }
}
