package br.esus.oficios.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link Check#PEC}: {@code GET} of the installation URL, following up to {@link #MAX_REDIRECTS} redirects on the same
 * host, answers 200 with the PEC's page (its title contains "e-SUS"); the version, when the page shows it, compared
 * with the YAML's. TLS is verified as in {@link HttpsCheck}.
 */
final class PecCheck {
    static final int MAX_REDIRECTS = 3;

    private PecCheck() {
    }

    static Observation observe(Connector connector, InetAddress address, URI url, String expectedVersion,
            Clock clock) {
        Instant when = clock.instant();
        String asked = "GET " + url + " em " + address.getHostAddress();
        String host = url.getHost().toLowerCase(Locale.ROOT);
        URI current = url;
        List<String> seen = new ArrayList<>();
        for (int redirects = 0; ; redirects++) {
            boolean https = "https".equalsIgnoreCase(current.getScheme());
            int port = current.getPort() > 0 ? current.getPort() : https ? 443 : 80;
            boolean defaultPort = port == (https ? 443 : 80);
            String path = (current.getRawPath() == null || current.getRawPath().isEmpty() ? "/" : current.getRawPath())
                    + (current.getRawQuery() == null ? "" : "?" + current.getRawQuery());
            PlainGet.Response r;
            try (Socket s = https ? connector.tls(address, host, port) : connector.plain(address, port)) {
                r = PlainGet.get(s, defaultPort ? host : host + ":" + port, path, true);
            } catch (IOException e) {
                String reason = ConnectionFailure.reason(e, host, port, connector.timeout());
                seen.add(reason);
                return failed(reason, asked, seen, when);
            }
            Optional<String> location = r.header("location");
            if (Redirects.isRedirect(r.status()) && location.isPresent()) {
                seen.add(r.statusLine() + " → " + location.get());
                Optional<URI> next = Redirects.resolve(current, location.get());
                if (next.isEmpty() || next.get().getHost() == null
                        || !next.get().getHost().equalsIgnoreCase(host)
                        || !List.of("http", "https").contains(String.valueOf(next.get().getScheme())
                                .toLowerCase(Locale.ROOT))) {
                    return failed("a página redireciona para outro endereço (" + location.get() + ")", asked, seen,
                            when);
                }
                if (redirects == MAX_REDIRECTS) {
                    return failed("a página redireciona mais de " + MAX_REDIRECTS + " vezes", asked, seen, when);
                }
                current = next.get();
                continue;
            }
            Optional<String> title = PecPage.title(r.body());
            seen.add(r.statusLine() + title.map(t -> ", título \"" + t + "\"").orElse(", sem título"));
            if (r.status() != 200) {
                return failed("a página respondeu " + r.status(), asked, seen, when);
            }
            if (!PecPage.isPec(title)) {
                return failed("a página não é a do PEC (" + title.map(t -> "título: " + t).orElse("sem título") + ")",
                        asked, seen, when);
            }
            Optional<String> version = PecPage.version(r.body());
            List<String> warnings = new ArrayList<>();
            if (version.isPresent()) {
                seen.add("versão " + version.get());
                if (expectedVersion != null && !expectedVersion.isBlank()
                        && !version.get().equals(expectedVersion.strip())) {
                    warnings.add("a página mostra a versão " + version.get() + ", o YAML diz " + expectedVersion.strip());
                }
            }
            return new Observation(Check.PEC, Outcome.PASSED, "o PEC já responde em " + current + " (título: "
                    + title.get() + ")", asked, String.join("; ", seen), warnings, when);
        }
    }

    private static Observation failed(String reason, String asked, List<String> seen, Instant when) {
        return new Observation(Check.PEC, Outcome.FAILED, reason, asked, String.join("; ", seen), List.of(), when);
    }
}
