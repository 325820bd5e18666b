package br.esus.oficios.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Rcode;

/** The DNS check against a DNS server on loopback: each answer and its exact reason. */
class DnsCheckTest {
    private static final Instant WHEN = Instant.parse("2026-12-06T15:00:00Z");
    private static final Duration TIMEOUT = Duration.ofMillis(800);
    private static LoopbackDns dns;

    @BeforeAll
    static void start() throws Exception {
        dns = LoopbackDns.start(Map.of(
                "esus.itabaiana.se.gov.br", List.of("200.10.20.30"),
                "esus.errado.se.gov.br", List.of("200.1.2.3"),
                "esus.dois.se.gov.br", List.of("200.1.2.3", "200.10.20.30"),
                "esus.apelido.se.gov.br", List.of("pec.hospedagem.com.br"),
                "pec.hospedagem.com.br", List.of("200.10.20.30"),
                "esus.vazio.se.gov.br", List.of(),
                "esus.quebrado.se.gov.br", List.of("sumiu.hospedagem.com.br")));
    }

    @AfterAll
    static void stop() throws Exception {
        dns.close();
    }

    private static Observation check(DnsLookup lookup, String domain, String ipv4) {
        Target t = new Target(domain, ipv4, URI.create("https://" + domain + "/"), "5.3.21");
        return DnsCheck.observe(t, lookup.addresses(domain), WHEN);
    }

    private static Observation check(String domain, String ipv4) {
        return check(new DnsLookup(List.of(dns.address()), TIMEOUT), domain, ipv4);
    }

    private static String server() {
        return "127.0.0.1:" + dns.address().getPort();
    }

    @Test
    void passesWhenTheRecordPointsToTheServer() {
        Observation o = check("esus.itabaiana.se.gov.br", "200.10.20.30");
        assertEquals(Outcome.PASSED, o.outcome());
        assertEquals("o registro A já aponta para o servidor (200.10.20.30)", o.reason());
        assertEquals("A esus.itabaiana.se.gov.br? a " + server(), o.asked());
        assertEquals("200.10.20.30", o.answer());
        assertEquals(List.of(), o.warnings());
        assertEquals(WHEN, o.when());
    }

    @Test
    void failsWhenTheRecordPointsElsewhere() {
        Observation o = check("esus.errado.se.gov.br", "200.10.20.30");
        assertEquals(Outcome.FAILED, o.outcome());
        assertEquals("o registro A aponta para 200.1.2.3, não para 200.10.20.30", o.reason());
    }

    @Test
    void passesAndWarnsWhenTheRecordAlsoPointsElsewhere() {
        Observation o = check("esus.dois.se.gov.br", "200.10.20.30");
        assertEquals(Outcome.PASSED, o.outcome());
        assertEquals(List.of("o registro A também aponta para 200.1.2.3, que não é o servidor: parte dos acessos irá "
                + "para lá"), o.warnings());
        assertEquals("200.1.2.3, 200.10.20.30", o.answer());
    }

    @Test
    void followsCnames() {
        Observation o = check("esus.apelido.se.gov.br", "200.10.20.30");
        assertEquals(Outcome.PASSED, o.outcome());
        assertEquals("CNAME pec.hospedagem.com.br → 200.10.20.30", o.answer());
    }

    @Test
    void nxdomain() {
        Observation o = check("esus.x.ba.gov.br", "200.10.20.30");
        assertEquals(Outcome.FAILED, o.outcome());
        assertEquals("o domínio esus.x.ba.gov.br não existe (NXDOMAIN)", o.reason());
        assertEquals("NXDOMAIN", o.answer());
    }

    @Test
    void cnameToNowhere() {
        Observation o = check("esus.quebrado.se.gov.br", "200.10.20.30");
        assertEquals(Outcome.FAILED, o.outcome());
        assertEquals("o domínio esus.quebrado.se.gov.br aponta (CNAME) para sumiu.hospedagem.com.br, que não existe "
                + "(NXDOMAIN)", o.reason());
    }

    @Test
    void noARecord() {
        Observation o = check("esus.vazio.se.gov.br", "200.10.20.30");
        assertEquals(Outcome.FAILED, o.outcome());
        assertEquals("o domínio esus.vazio.se.gov.br não tem registro A", o.reason());
    }

    @Test
    void missingFields() {
        assertEquals("instalacao.dominio não preenchido", DnsCheck.missingDomain(WHEN).reason());
        Observation o = check("esus.itabaiana.se.gov.br", null);
        assertEquals(Outcome.NOT_CHECKED, o.outcome());
        assertEquals("instalacao.ipv4 não preenchido", o.reason());
        assertEquals("200.10.20.30", o.answer());
    }

    @Test
    void silentServer() throws Exception {
        try (LoopbackDns silent = LoopbackDns.silent()) {
            DnsLookup lookup = new DnsLookup(List.of(silent.address()), Duration.ofMillis(500));
            Observation o = check(lookup, "esus.itabaiana.se.gov.br", "200.10.20.30");
            assertEquals(Outcome.NOT_CHECKED, o.outcome());
            assertEquals("o servidor DNS 127.0.0.1:" + silent.address().getPort() + " não respondeu em 0,5 s",
                    o.reason());
            assertEquals(List.of("esus.itabaiana.se.gov.br"), silent.asked().subList(0, 1));
        }
    }

    @Test
    void serverErrors() throws Exception {
        try (LoopbackDns failing = LoopbackDns.failing(Rcode.SERVFAIL)) {
            Observation o = check(new DnsLookup(List.of(failing.address()), TIMEOUT), "esus.itabaiana.se.gov.br",
                    "200.10.20.30");
            assertEquals(Outcome.NOT_CHECKED, o.outcome());
            assertEquals("o servidor DNS 127.0.0.1:" + failing.address().getPort()
                    + " não conseguiu resolver esus.itabaiana.se.gov.br (SERVFAIL)", o.reason());
        }
        try (LoopbackDns failing = LoopbackDns.failing(Rcode.REFUSED)) {
            Observation o = check(new DnsLookup(List.of(failing.address()), TIMEOUT), "esus.itabaiana.se.gov.br",
                    "200.10.20.30");
            assertEquals("o servidor DNS 127.0.0.1:" + failing.address().getPort()
                    + " recusou a consulta sobre esus.itabaiana.se.gov.br (REFUSED)", o.reason());
        }
    }

    @Test
    void closedPort() throws Exception {
        int port;
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            port = s.getLocalPort();
        }
        DnsLookup lookup = new DnsLookup(List.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)),
                Duration.ofMillis(500));
        Observation o = check(lookup, "esus.itabaiana.se.gov.br", "200.10.20.30");
        assertEquals(Outcome.NOT_CHECKED, o.outcome());
        assertEquals("o servidor DNS 127.0.0.1:" + port + " não atende consultas DNS (porta fechada)", o.reason());
        assertEquals(Optional.of(DnsAnswer.Kind.PORT_CLOSED), lookup.unreachable());
        assertEquals(Optional.empty(), new DnsLookup(List.of(dns.address()), TIMEOUT).unreachable());
    }

    @Test
    void askedFreshEachTime() {
        int before = (int) dns.asked().stream().filter("esus.itabaiana.se.gov.br"::equals).count();
        check("esus.itabaiana.se.gov.br", "200.10.20.30");
        check("esus.itabaiana.se.gov.br", "200.10.20.30");
        assertEquals(before + 2, dns.asked().stream().filter("esus.itabaiana.se.gov.br"::equals).count());
    }
}
