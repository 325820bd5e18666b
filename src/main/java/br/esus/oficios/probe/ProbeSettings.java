package br.esus.oficios.probe;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How {@code conferir} observes, from its options.
 *
 * @param dnsServer  {@code --servidor-dns IP[:PORTA]}; empty: the system's resolver (asked fresh, not the JDK cache)
 * @param extraTrust the certificates of {@code --confianca PASTA}, trusted besides the JDK's trust store
 * @param connectTo  {@code --conectar-em IP}: the HTTPS, HTTP and PEC checks connect here instead of the address DNS
 *                   gave, still sending the installation's name (SNI, Host)
 * @param httpPort   {@code --porta-http N}, 80 by default
 * @param timeout    the limit for each connection, query or read
 * @param clock      "now", for the certificate's days left and {@link Observation#when()}
 */
public record ProbeSettings(Optional<InetSocketAddress> dnsServer, List<X509Certificate> extraTrust,
        Optional<InetAddress> connectTo, int httpPort, Duration timeout, Clock clock) {

    public ProbeSettings {
        extraTrust = List.copyOf(extraTrust);
    }
}
