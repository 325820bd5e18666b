package br.esus.oficios.probe;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.ResolverConfig;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Asks a DNS server for the A records of a name, fresh (no cache), following CNAMEs. The servers are the one given
 * ({@code --servidor-dns}) or the system's ({@code /etc/resolv.conf}, or what the system says on Windows and macOS),
 * asked in order until one answers. Sends nothing but DNS queries. Immutable, so safe across threads.
 */
final class DnsLookup {
    /** A CNAME chain longer than this is a loop or a mistake. */
    private static final int MAX_CNAMES = 8;

    private final List<InetSocketAddress> servers;
    private final Duration timeout;

    DnsLookup(List<InetSocketAddress> servers, Duration timeout) {
        this.servers = List.copyOf(servers);
        this.timeout = timeout;
    }

    /** The server given, or the system's. */
    static DnsLookup of(Optional<InetSocketAddress> server, Duration timeout) {
        return new DnsLookup(server.map(List::of).orElseGet(DnsLookup::systemServers), timeout);
    }

    /**
     * The system's DNS servers as dnsjava finds them. When a provider of the system fails to load (a missing native
     * piece on Windows, say), there are none, and the checks say "nenhum servidor DNS configurado" instead of a stack
     * trace.
     */
    private static List<InetSocketAddress> systemServers() {
        try {
            return ResolverConfig.getCurrentConfig().servers();
        } catch (RuntimeException | LinkageError e) {
            return List.of();
        }
    }

    /** "127.0.0.1:5353", "10.0.0.1 e 10.0.0.2": the servers asked, as the reasons name them. */
    String serversShown() {
        return ProbeText.list(servers.stream().map(ProbeText::dnsServer).toList());
    }

    int serverCount() {
        return servers.size();
    }

    Duration timeout() {
        return timeout;
    }

    /** The A records of {@code domain}, following CNAMEs. */
    DnsAnswer addresses(String domain) {
        String asked = "A " + domain + "? a " + serversShown();
        if (servers.isEmpty()) {
            return answer(DnsAnswer.Kind.NO_SERVER, asked, "", List.of(), List.of(), "");
        }
        Name name;
        try {
            name = Name.fromString(domain, Name.root);
        } catch (TextParseException e) {
            return answer(DnsAnswer.Kind.INVALID_NAME, asked, "", List.of(), List.of(), "");
        }
        List<String> cnames = new ArrayList<>();
        while (true) {
            Reply reply = send(Message.newQuery(Record.newRecord(name, Type.A, DClass.IN)));
            if (reply.message == null) {
                return answer(reply.failure, asked, serversShown(), cnames, List.of(), "");
            }
            Message m = reply.message;
            // The answer section: the CNAMEs from the name asked, then the A records of the chain's end.
            Name current = name;
            List<String> addresses = new ArrayList<>();
            boolean moved = true;
            while (moved) {
                moved = false;
                for (Record r : m.getSection(Section.ANSWER)) {
                    if (r.getName().equals(current) && r instanceof CNAMERecord c && cnames.size() < MAX_CNAMES
                            && !c.getTarget().equals(current)) {
                        current = c.getTarget();
                        cnames.add(shown(current));
                        moved = true;
                    }
                }
            }
            for (Record r : m.getSection(Section.ANSWER)) {
                if (r.getName().equals(current) && r instanceof ARecord a) {
                    addresses.add(a.getAddress().getHostAddress());
                }
            }
            int rcode = m.getRcode();
            if (rcode == Rcode.NXDOMAIN) {
                return answer(DnsAnswer.Kind.NXDOMAIN, asked, reply.server, cnames, List.of(), "");
            }
            if (rcode != Rcode.NOERROR) {
                return answer(DnsAnswer.Kind.SERVER_ERROR, asked, reply.server, cnames, List.of(),
                        Rcode.string(rcode));
            }
            if (!addresses.isEmpty()) {
                return answer(DnsAnswer.Kind.FOUND, asked, reply.server, cnames, addresses, "");
            }
            if (current.equals(name) || cnames.size() >= MAX_CNAMES) {
                return answer(DnsAnswer.Kind.NO_ADDRESS, asked, reply.server, cnames, List.of(), "");
            }
            // A CNAME to a name the server did not resolve (an authoritative server for another zone): ask for it.
            name = current;
        }
    }

    /**
     * Whether any server answers at all (whatever it answers): one query for the root's NS records.
     *
     * @return empty when one answered; otherwise how they failed ({@link DnsAnswer.Kind#TIMEOUT},
     *         {@link DnsAnswer.Kind#PORT_CLOSED}, {@link DnsAnswer.Kind#UNREACHABLE}), or
     *         {@link DnsAnswer.Kind#NO_SERVER}
     */
    Optional<DnsAnswer.Kind> unreachable() {
        if (servers.isEmpty()) {
            return Optional.of(DnsAnswer.Kind.NO_SERVER);
        }
        Reply reply = send(Message.newQuery(Record.newRecord(Name.root, Type.NS, DClass.IN)));
        return reply.message != null ? Optional.empty() : Optional.of(reply.failure);
    }

    private record Reply(Message message, String server, DnsAnswer.Kind failure) {
    }

    /** Asks each server in turn; the first answer wins. Of the failures, a timeout outweighs a closed port. */
    private Reply send(Message query) {
        DnsAnswer.Kind failure = DnsAnswer.Kind.UNREACHABLE;
        for (InetSocketAddress server : servers) {
            SimpleResolver resolver = new SimpleResolver(server);
            resolver.setTimeout(timeout);
            DnsAnswer.Kind now;
            try {
                return new Reply(resolver.send(query), ProbeText.dnsServer(server), null);
            } catch (PortUnreachableException e) {
                now = DnsAnswer.Kind.PORT_CLOSED;
            } catch (NoRouteToHostException e) {
                now = DnsAnswer.Kind.UNREACHABLE;
            } catch (SocketException e) {
                // "Network is unreachable" and the like: no route from here.
                now = DnsAnswer.Kind.UNREACHABLE;
            } catch (IOException e) {
                now = DnsAnswer.Kind.TIMEOUT;
            }
            if (now == DnsAnswer.Kind.TIMEOUT || failure == DnsAnswer.Kind.UNREACHABLE) {
                failure = now;
            }
        }
        return new Reply(null, "", failure);
    }

    private DnsAnswer answer(DnsAnswer.Kind kind, String asked, String server, List<String> cnames,
            List<String> addresses, String rcode) {
        return new DnsAnswer(kind, asked, server, cnames, addresses, rcode, timeout);
    }

    /** "esus.itabaiana.se.gov.br", without the root's dot. */
    private static String shown(Name n) {
        return n.toString(true);
    }
}
