package br.esus.oficios.probe;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Why {@link CombinedTrust} refused the server's certificate, with the chain it saw: thrown inside the handshake, it
 * comes back as the cause of the {@code SSLHandshakeException}, and {@link ConnectionFailure} says it in Portuguese.
 */
final class ChainRefused extends CertificateException {
    private static final long serialVersionUID = 1L;

    enum Kind {
        /** A certificate of the chain is past its end date. */
        EXPIRED,
        /** A certificate of the chain is not valid yet. */
        NOT_YET_VALID,
        /** The chain leads to no authority of the JDK's trust store nor of {@code --confianca}. */
        UNTRUSTED,
        /** The chain is trusted but is for another name. */
        WRONG_NAME
    }

    private final Kind kind;
    private final transient List<X509Certificate> chain;

    ChainRefused(Kind kind, X509Certificate[] chain, Throwable cause) {
        super(kind.name(), cause);
        this.kind = kind;
        this.chain = List.of(chain);
    }

    Kind kind() {
        return kind;
    }

    /** The server's chain, its certificate first. */
    List<X509Certificate> chain() {
        return chain;
    }
}
