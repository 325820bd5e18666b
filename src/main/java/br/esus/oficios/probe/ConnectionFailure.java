package br.esus.oficios.probe;

import br.esus.oficios.model.BrazilianDate;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Why a connection of the HTTPS, HTTP or PEC check failed, in Portuguese, from the exception the JDK threw: "a
 * conexão foi recusada na porta 443", "o certificado venceu em 01/12/2026"... No exception name nor English message
 * reaches the reason.
 */
final class ConnectionFailure {

    private ConnectionFailure() {
    }

    /** The reason of {@code e}, on a connection to {@code host}'s {@code port}. */
    static String reason(IOException e, String host, int port, Duration timeout) {
        Optional<ChainRefused> refused = refusal(e);
        if (refused.isPresent()) {
            return certificate(refused.get(), host);
        }
        String at = " na porta " + port;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return "o servidor não respondeu em " + ProbeText.seconds(timeout) + at;
            }
            if (t instanceof ConnectException) {
                return "a conexão foi recusada" + at;
            }
            if (t instanceof NoRouteToHostException) {
                return "não há rota até o servidor (porta " + port + ")";
            }
        }
        if (e instanceof PlainGet.NotHttp) {
            return "a porta " + port + " não respondeu em HTTP";
        }
        String message = String.valueOf(e.getMessage());
        if (e instanceof SSLException) {
            if (message.contains("plaintext") || message.contains("nrecognized SSL message")) {
                return "a porta " + port + " não respondeu em TLS (será HTTP sem criptografia?)";
            }
            if (message.contains("terminated the handshake") || e.getCause() instanceof EOFException) {
                return "o servidor encerrou a conexão durante o TLS" + at;
            }
            return "o servidor recusou o TLS" + at + " (versão ou cifras incompatíveis?)";
        }
        if (e instanceof EOFException || e instanceof SocketException) {
            return "o servidor encerrou a conexão" + at;
        }
        return "falha de rede" + at;
    }

    /** The certificate the server sent, when the handshake got that far. */
    static Optional<X509Certificate> certificate(IOException e) {
        return refusal(e).map(r -> r.chain().get(0));
    }

    private static Optional<ChainRefused> refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ChainRefused r) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static String certificate(ChainRefused r, String host) {
        List<X509Certificate> chain = r.chain();
        X509Certificate leaf = chain.get(0);
        return switch (r.kind()) {
            case EXPIRED -> expired(chain, Instant.now());
            case NOT_YET_VALID -> "o certificado só vale a partir de " + BrazilianDate.day(
                    chain.stream().map(c -> c.getNotBefore().toInstant()).max(Instant::compareTo).orElseThrow());
            case WRONG_NAME -> "o certificado é de outro nome (" + ProbeText.list(CertificateText.names(leaf))
                    + "), não de " + host;
            case UNTRUSTED -> "o certificado não é de uma autoridade confiável (" + untrustedBecause(chain) + ")";
        };
    }

    /** "o certificado venceu em 01/12/2026", or the authority's when it is the one that expired. */
    static String expired(List<X509Certificate> chain, Instant now) {
        for (int i = 0; i < chain.size(); i++) {
            X509Certificate c = chain.get(i);
            if (c.getNotAfter().toInstant().isBefore(now)) {
                String when = BrazilianDate.day(c.getNotAfter().toInstant());
                return i == 0 ? "o certificado venceu em " + when
                        : "o certificado da autoridade " + CertificateText.names(c).get(0) + " venceu em " + when;
            }
        }
        return "o certificado venceu em " + BrazilianDate.day(chain.get(0).getNotAfter().toInstant());
    }

    private static String untrustedBecause(List<X509Certificate> chain) {
        X509Certificate leaf = chain.get(0);
        if (chain.size() == 1 && CertificateText.selfSigned(leaf)) {
            return "autoassinado";
        }
        X509Certificate top = chain.get(chain.size() - 1);
        return "emitido por " + CertificateText.issuer(top);
    }
}
