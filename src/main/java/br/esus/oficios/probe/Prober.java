package br.esus.oficios.probe;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Observes one municipality's installation from this machine: the DNS first (its addresses are where the other
 * checks connect, unless {@code --conectar-em}), then the TLS handshake, plain HTTP and the PEC's page. Sends nothing
 * but DNS queries, a TLS handshake and plain GETs, each within {@link ProbeSettings#timeout()}. Safe across threads:
 * the only state that changes is the answer of {@link #networkProblem()}, computed once.
 */
public final class Prober implements Probe {
    private final ProbeSettings settings;
    private final DnsLookup dns;
    private final Connector connector;
    private final Object networkLock = new Object();
    private Optional<String> network;

    public Prober(ProbeSettings settings) {
        this.settings = settings;
        this.dns = DnsLookup.of(settings.dnsServer(), settings.timeout());
        this.connector = new Connector(CombinedTrust.of(settings.extraTrust()), settings.timeout());
    }

    @Override
    public List<Observation> probe(Target target) {
        Clock clock = settings.clock();
        List<Observation> out = new ArrayList<>();
        String domain = blankToNull(target.domain());
        DnsAnswer domainAnswer = null;
        if (domain == null) {
            out.add(DnsCheck.missingDomain(clock.instant()));
        } else {
            domain = domain.strip().toLowerCase(Locale.ROOT);
            Instant when = clock.instant();
            domainAnswer = dns.addresses(domain);
            out.add(DnsCheck.observe(new Target(domain, target.expectedIpv4(), target.installationUrl(),
                    target.expectedVersion()), domainAnswer, when));
        }
        URI url = target.installationUrl();
        String urlProblem = urlProblem(url);
        if (urlProblem != null) {
            for (Check c : List.of(Check.HTTPS, Check.HTTP, Check.PEC)) {
                out.add(new Observation(c, Outcome.NOT_CHECKED, urlProblem, "", "", List.of(), clock.instant()));
            }
            return List.copyOf(out);
        }
        String host = url.getHost().toLowerCase(Locale.ROOT);
        Where where = address(host, domain, domainAnswer);
        if (where.address == null) {
            for (Check c : List.of(Check.HTTPS, Check.HTTP, Check.PEC)) {
                out.add(new Observation(c, Outcome.NOT_CHECKED, where.problem, where.asked, "", List.of(),
                        clock.instant()));
            }
            return List.copyOf(out);
        }
        int httpsPort = "https".equalsIgnoreCase(url.getScheme()) && url.getPort() > 0 ? url.getPort() : 443;
        out.add(HttpsCheck.observe(connector, where.address, host, httpsPort, clock));
        out.add(HttpCheck.observe(connector, where.address, host, settings.httpPort(), clock));
        out.add(PecCheck.observe(connector, where.address, url, blankToNull(target.expectedVersion()), clock));
        return List.copyOf(out);
    }

    /** Why the URL cannot be checked; null when it can. */
    private static String urlProblem(URI url) {
        if (url == null) {
            return "instalacao.url não preenchido";
        }
        String scheme = String.valueOf(url.getScheme()).toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return "instalacao.url não começa com https:// nem http:// (" + url + ")";
        }
        if (url.getHost() == null) {
            return "instalacao.url não tem o nome do servidor (" + url + ")";
        }
        return null;
    }

    private record Where(InetAddress address, String problem, String asked) {
    }

    /** Where the HTTPS, HTTP and PEC checks connect: {@code --conectar-em}, or the first address the DNS gave. */
    private Where address(String host, String domain, DnsAnswer domainAnswer) {
        if (settings.connectTo().isPresent()) {
            return new Where(settings.connectTo().get(), null, "");
        }
        if (Connector.isIpLiteral(host)) {
            try {
                return new Where(InetAddress.getByName(host), null, "");
            } catch (UnknownHostException e) {
                return new Where(null, "instalacao.url tem um endereço inválido (" + host + ")", "");
            }
        }
        DnsAnswer answer = host.equals(domain) ? domainAnswer : dns.addresses(host);
        if (answer.kind() != DnsAnswer.Kind.FOUND) {
            return new Where(null, "sem endereço onde conectar: " + DnsCheck.noAddress(host, answer), answer.asked());
        }
        try {
            return new Where(InetAddress.getByName(answer.addresses().get(0)), null, answer.asked());
        } catch (UnknownHostException e) {
            return new Where(null, "o DNS deu um endereço inválido (" + answer.addresses().get(0) + ")",
                    answer.asked());
        }
    }

    @Override
    public Optional<String> networkProblem() {
        synchronized (networkLock) {
            if (network == null) {
                network = dns.unreachable().map(this::networkText);
            }
            return network;
        }
    }

    private String networkText(DnsAnswer.Kind kind) {
        boolean several = dns.serverCount() > 1;
        String servers = (several ? "os servidores DNS " : "o servidor DNS ") + dns.serversShown();
        return "sem rede: " + switch (kind) {
            case NO_SERVER -> "nenhum servidor DNS configurado neste computador";
            case UNREACHABLE -> "não há rota até " + servers;
            case PORT_CLOSED -> servers + (several ? " não atendem" : " não atende") + " consultas DNS";
            default -> servers + (several ? " não respondem" : " não responde");
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
