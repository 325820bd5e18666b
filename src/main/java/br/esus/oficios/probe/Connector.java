package br.esus.oficios.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * Opens the connections of the HTTPS, HTTP and PEC checks: to the address given (the DNS's or {@code --conectar-em}),
 * sending the installation's name (SNI, and the Host header in {@link PlainGet}), within the time limit. TLS is
 * verified by {@link CombinedTrust} and HTTPS endpoint identification. Immutable, so safe across threads.
 */
final class Connector {
    private final CombinedTrust trust;
    private final Duration timeout;

    Connector(CombinedTrust trust, Duration timeout) {
        this.trust = trust;
        this.timeout = timeout;
    }

    Duration timeout() {
        return timeout;
    }

    /** A plain TCP connection, its reads limited too. */
    Socket plain(InetAddress address, int port) throws IOException {
        Socket s = new Socket();
        try {
            s.connect(new InetSocketAddress(address, port), (int) timeout.toMillis());
            s.setSoTimeout((int) timeout.toMillis());
            return s;
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }

    /** A TLS connection to {@code host} at {@code address}, the handshake done and the certificate accepted. */
    SSLSocket tls(InetAddress address, String host, int port) throws IOException {
        Socket raw = plain(address, port);
        try {
            // A context per connection: no session is resumed, so every connection checks the certificate.
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {trust}, null);
            SSLSocket s = (SSLSocket) ctx.getSocketFactory().createSocket(raw, host, port, true);
            SSLParameters p = s.getSSLParameters();
            p.setEndpointIdentificationAlgorithm("HTTPS");
            if (!isIpLiteral(host)) {
                try {
                    p.setServerNames(List.of(new SNIHostName(host)));
                } catch (IllegalArgumentException e) {
                    // a name SNI cannot carry (an underscore, say): the handshake goes without it, as browsers do
                }
            }
            s.setSSLParameters(p);
            s.startHandshake();
            return s;
        } catch (GeneralSecurityException e) {
            raw.close();
            throw new IllegalStateException("TLS indisponível neste Java", e);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    static boolean isIpLiteral(String host) {
        return host.matches("\\d+\\.\\d+\\.\\d+\\.\\d+") || host.contains(":");
    }
}
