package br.esus.oficios.probe;

import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.model.BrazilianDate;
import java.io.IOException;
import java.net.InetAddress;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.net.ssl.SSLSocket;

/**
 * {@link Check#HTTPS}: a TLS handshake with the installation's host and port; the chain trusted, the name matching,
 * the days left (a warning under {@link #WARNING_DAYS}). Sends nothing but the handshake.
 */
final class HttpsCheck {
    /** Under this many days left, the certificate's end is a warning. */
    static final int WARNING_DAYS = 20;

    private HttpsCheck() {
    }

    static Observation observe(Connector connector, InetAddress address, String host, int port, Clock clock) {
        Instant when = clock.instant();
        String asked = "TLS " + host + ":" + port + " em " + address.getHostAddress();
        X509Certificate leaf;
        String protocol;
        try (SSLSocket s = connector.tls(address, host, port)) {
            leaf = (X509Certificate) s.getSession().getPeerCertificates()[0];
            protocol = s.getSession().getProtocol();
        } catch (IOException e) {
            String reason = ConnectionFailure.reason(e, host, port, connector.timeout());
            String answer = ConnectionFailure.certificate(e).map(CertificateText::describe).orElse(reason);
            return new Observation(Check.HTTPS, Outcome.FAILED, reason, asked, answer, List.of(), when);
        }
        String answer = CertificateText.describe(leaf) + "; " + protocol;
        Instant now = clock.instant();
        Instant end = leaf.getNotAfter().toInstant();
        if (end.isBefore(now)) {
            return new Observation(Check.HTTPS, Outcome.FAILED, ConnectionFailure.expired(List.of(leaf), now), asked,
                    answer, List.of(), when);
        }
        if (leaf.getNotBefore().toInstant().isAfter(now)) {
            return new Observation(Check.HTTPS, Outcome.FAILED, "o certificado só vale a partir de "
                    + BrazilianDate.day(leaf.getNotBefore().toInstant()), asked, answer, List.of(), when);
        }
        long days = ChronoUnit.DAYS.between(now.atZone(DocMeta.ZONE).toLocalDate(),
                end.atZone(DocMeta.ZONE).toLocalDate());
        String endDate = BrazilianDate.day(end);
        List<String> warnings = days >= WARNING_DAYS ? List.of()
                : List.of(days == 0 ? "o certificado vence hoje (" + endDate + ")"
                        : "o certificado vence em " + days + (days == 1 ? " dia (" : " dias (") + endDate + ")");
        return new Observation(Check.HTTPS, Outcome.PASSED, "o certificado é válido para " + host + " até " + endDate
                + " (emitido por " + CertificateText.issuer(leaf) + ")", asked, answer, warnings, when);
    }
}
