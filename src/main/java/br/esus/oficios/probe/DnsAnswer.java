package br.esus.oficios.probe;

import java.time.Duration;
import java.util.List;

/**
 * What the DNS said about one name.
 *
 * @param kind      what kind of answer
 * @param asked     "A esus.itabaiana.se.gov.br? a 127.0.0.1:5353"
 * @param server    the server that answered, or those that were asked, as {@link ProbeText#dnsServer} writes them
 * @param cnames    the names the CNAME records led to, in order (empty when none)
 * @param addresses the IPv4 addresses of the A records, in the order of the answer
 * @param rcode     the server's answer code when it is an error ("SERVFAIL", "REFUSED"), empty otherwise
 * @param timeout   the time limit of each query
 */
record DnsAnswer(Kind kind, String asked, String server, List<String> cnames, List<String> addresses,
        String rcode, Duration timeout) {

    enum Kind {
        /** At least one A record. */
        FOUND,
        /** The name (or the end of its CNAME chain) does not exist. */
        NXDOMAIN,
        /** The name exists but has no A record. */
        NO_ADDRESS,
        /** The server answered with an error (SERVFAIL, REFUSED...): {@link #rcode()} says which. */
        SERVER_ERROR,
        /** No server answered within the time limit. */
        TIMEOUT,
        /** No route to the server: this machine has no network, or not to there. */
        UNREACHABLE,
        /** The server's machine answered that nothing listens on the DNS port. */
        PORT_CLOSED,
        /** Not a domain name. */
        INVALID_NAME,
        /** The system has no DNS server configured. */
        NO_SERVER
    }

    DnsAnswer {
        cnames = List.copyOf(cnames);
        addresses = List.copyOf(addresses);
    }

    /** The last name of the CNAME chain, the one whose A records were asked. */
    String finalName(String domain) {
        return cnames.isEmpty() ? domain : cnames.get(cnames.size() - 1);
    }
}
