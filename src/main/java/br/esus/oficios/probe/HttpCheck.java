package br.esus.oficios.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link Check#HTTP}: plain HTTP on port 80 (or {@code --porta-http}) answers {@code GET /} with a redirect to HTTPS
 * on the same host. The PEC's automated certificate renews itself through port 80, so a closed port fails too.
 */
final class HttpCheck {
    /** Said after a connection failure on the HTTP port. */
    static final String RENEWAL = " (a renovação automática do certificado do PEC precisa dela)";

    private HttpCheck() {
    }

    static Observation observe(Connector connector, InetAddress address, String host, int port, Clock clock) {
        Instant when = clock.instant();
        String hostHeader = port == 80 ? host : host + ":" + port;
        URI asked = URI.create("http://" + hostHeader + "/");
        String askedText = "GET " + asked + " em " + address.getHostAddress();
        PlainGet.Response r;
        try (Socket s = connector.plain(address, port)) {
            r = PlainGet.get(s, hostHeader, "/", false);
        } catch (IOException e) {
            String reason = ConnectionFailure.reason(e, host, port, connector.timeout()) + RENEWAL;
            return new Observation(Check.HTTP, Outcome.FAILED, reason, askedText, reason, List.of(), when);
        }
        Optional<String> location = r.header("location");
        String answer = r.statusLine() + location.map(l -> " → " + l).orElse("");
        String porta = "a porta " + port;
        if (!Redirects.isRedirect(r.status())) {
            return new Observation(Check.HTTP, Outcome.FAILED, porta + " respondeu " + r.status()
                    + " sem redirecionar para HTTPS", askedText, answer, List.of(), when);
        }
        Optional<URI> target = location.flatMap(l -> Redirects.resolve(asked, l));
        if (target.isEmpty()) {
            return new Observation(Check.HTTP, Outcome.FAILED, porta + " respondeu " + r.status()
                    + " sem dizer para onde (sem Location)", askedText, answer, List.of(), when);
        }
        URI to = target.get();
        boolean https = "https".equalsIgnoreCase(to.getScheme());
        boolean sameHost = to.getHost() != null && to.getHost().toLowerCase(Locale.ROOT).equals(host);
        if (!https || !sameHost) {
            return new Observation(Check.HTTP, Outcome.FAILED, porta + " redireciona para " + to + ", não para HTTPS em "
                    + host, askedText, answer, List.of(), when);
        }
        return new Observation(Check.HTTP, Outcome.PASSED, porta + " já redireciona para HTTPS (" + to + ")", askedText,
                answer, List.of(), when);
    }
}
