package br.esus.oficios.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.BrazilianDate;
import br.esus.oficios.probe.LoopbackWeb.Page;
import java.net.InetAddress;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole observation on loopback: a DNS server answering 200.10.20.30 (the YAML's public address), and the web
 * servers reached through {@code connectTo} = 127.0.0.1, as {@code --conectar-em} does. Each pass and each failure
 * with its exact reason.
 */
class ProberTest {
    private static final String HOST = "esus.itabaiana.se.gov.br";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Instant NOW = Instant.now();
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static LoopbackDns dns;
    private static TestServerCerts ca;

    @BeforeAll
    static void start() throws Exception {
        dns = LoopbackDns.start(Map.of(HOST, List.of("200.10.20.30"), "esus.errado.se.gov.br", List.of("200.1.2.3")));
        ca = TestServerCerts.authority("AC Teste conferir");
    }

    @AfterAll
    static void stop() throws Exception {
        dns.close();
    }

    private static ProbeSettings settings(List<X509Certificate> trust, int httpPort) {
        return new ProbeSettings(Optional.of(dns.address()), trust, Optional.of(InetAddress.getLoopbackAddress()),
                httpPort, TIMEOUT, CLOCK);
    }

    private static Target target(int httpsPort, String version) {
        return new Target(HOST, "200.10.20.30", URI.create("https://" + HOST + ":" + httpsPort + "/"), version);
    }

    private static Map<Check, Observation> byCheck(List<Observation> list) {
        assertEquals(List.of(Check.DNS, Check.HTTPS, Check.HTTP, Check.PEC),
                list.stream().map(Observation::check).toList());
        return Map.of(Check.DNS, list.get(0), Check.HTTPS, list.get(1), Check.HTTP, list.get(2), Check.PEC,
                list.get(3));
    }

    @Test
    void everythingAsItShouldBe() throws Exception {
        TestServerCerts.ServerCert cert = ca.issue(HOST, 200);
        try (LoopbackWeb pec = LoopbackWeb.https(cert, Map.of("/", Page.pec("5.3.21")));
                LoopbackWeb port80 = LoopbackWeb.http(Map.of("/", Page.redirect(301, "https://" + HOST + "/")))) {
            Prober prober = new Prober(settings(List.of(ca.authorityCertificate()), port80.port()));
            Map<Check, Observation> o = byCheck(prober.probe(target(pec.port(), "5.3.21")));
            String end = BrazilianDate.day(cert.certificate().getNotAfter().toInstant());

            assertEquals(Outcome.PASSED, o.get(Check.DNS).outcome());
            assertEquals("o registro A já aponta para o servidor (200.10.20.30)", o.get(Check.DNS).reason());

            Observation https = o.get(Check.HTTPS);
            assertEquals(Outcome.PASSED, https.outcome(), https.reason());
            assertEquals("o certificado é válido para " + HOST + " até " + end + " (emitido por AC Teste conferir)",
                    https.reason());
            assertEquals("TLS " + HOST + ":" + pec.port() + " em 127.0.0.1", https.asked());
            assertTrue(https.answer().startsWith("certificado de " + HOST + ", emitido por AC Teste conferir, válido de "),
                    https.answer());
            assertEquals(List.of(), https.warnings());

            Observation http = o.get(Check.HTTP);
            assertEquals(Outcome.PASSED, http.outcome(), http.reason());
            assertEquals("a porta " + port80.port() + " já redireciona para HTTPS (https://" + HOST + "/)",
                    http.reason());
            assertEquals("HTTP/1.1 301 Moved Permanently → https://" + HOST + "/", http.answer());

            Observation page = o.get(Check.PEC);
            assertEquals(Outcome.PASSED, page.outcome(), page.reason());
            assertEquals("o PEC já responde em https://" + HOST + ":" + pec.port() + "/ (título: e-SUS APS)",
                    page.reason());
            assertEquals(List.of(), page.warnings());
            assertEquals("HTTP/1.1 200 OK, título \"e-SUS APS\"; versão 5.3.21", page.answer());

            assertEquals(List.of("GET / Host: " + HOST + ":" + pec.port()), pec.requests());
            assertEquals(List.of("GET / Host: " + HOST + ":" + port80.port()), port80.requests());
            assertEquals(Optional.empty(), prober.networkProblem());
        }
    }

    @Test
    void connectsWhereTheDnsPointsWithoutConnectTo() throws Exception {
        try (LoopbackDns local = LoopbackDns.start(Map.of(HOST, List.of("127.0.0.1")));
                LoopbackWeb pec = LoopbackWeb.https(ca.issue(HOST, 200), Map.of("/", Page.pec(null)))) {
            ProbeSettings s = new ProbeSettings(Optional.of(local.address()), List.of(ca.authorityCertificate()),
                    Optional.empty(), LoopbackWeb.closedPort(), TIMEOUT, CLOCK);
            Map<Check, Observation> o = byCheck(new Prober(s).probe(target(pec.port(), null)));
            assertEquals("o registro A aponta para 127.0.0.1, não para 200.10.20.30", o.get(Check.DNS).reason());
            assertEquals(Outcome.PASSED, o.get(Check.HTTPS).outcome(), o.get(Check.HTTPS).reason());
            assertEquals("TLS " + HOST + ":" + pec.port() + " em 127.0.0.1", o.get(Check.HTTPS).asked());
            assertEquals(Outcome.FAILED, o.get(Check.HTTP).outcome());
            assertEquals(Outcome.PASSED, o.get(Check.PEC).outcome(), o.get(Check.PEC).reason());
        }
    }

    @Test
    void noAddressNoConnection() {
        ProbeSettings s = new ProbeSettings(Optional.of(dns.address()), List.of(), Optional.empty(), 80, TIMEOUT,
                CLOCK);
        Target t = new Target("esus.x.ba.gov.br", "200.10.20.30", URI.create("https://esus.x.ba.gov.br/"), null);
        List<Observation> o = new Prober(s).probe(t);
        assertEquals("o domínio esus.x.ba.gov.br não existe (NXDOMAIN)", o.get(0).reason());
        assertEquals(Outcome.FAILED, o.get(0).outcome());
        for (Observation x : o.subList(1, 4)) {
            assertEquals(Outcome.NOT_CHECKED, x.outcome());
            assertEquals("sem endereço onde conectar: o domínio esus.x.ba.gov.br não existe (NXDOMAIN)", x.reason());
        }
    }

    @Test
    void missingYamlFields() {
        Prober p = new Prober(settings(List.of(), 80));
        List<Observation> o = p.probe(new Target(null, null, null, null));
        assertEquals(List.of("instalacao.dominio não preenchido", "instalacao.url não preenchido",
                "instalacao.url não preenchido", "instalacao.url não preenchido"),
                o.stream().map(Observation::reason).toList());
        assertTrue(o.stream().allMatch(x -> x.outcome() == Outcome.NOT_CHECKED));
        assertEquals(List.of(NOW, NOW, NOW, NOW), o.stream().map(Observation::when).toList());
    }

    @Test
    void noNetwork() throws Exception {
        try (LoopbackDns silent = LoopbackDns.silent()) {
            ProbeSettings s = new ProbeSettings(Optional.of(silent.address()), List.of(), Optional.empty(), 80,
                    Duration.ofMillis(500), CLOCK);
            Prober p = new Prober(s);
            String server = "127.0.0.1:" + silent.address().getPort();
            assertEquals(Optional.of("sem rede: o servidor DNS " + server + " não responde"), p.networkProblem());
            int asked = silent.asked().size();
            assertEquals(Optional.of("sem rede: o servidor DNS " + server + " não responde"), p.networkProblem());
            assertEquals(asked, silent.asked().size(), "computed once");
            List<Observation> o = p.probe(target(443, null));
            assertEquals("o servidor DNS " + server + " não respondeu em 0,5 s", o.get(0).reason());
            assertEquals(Outcome.NOT_CHECKED, o.get(0).outcome());
            assertEquals("sem endereço onde conectar: o servidor DNS " + server + " não respondeu em 0,5 s",
                    o.get(1).reason());
        }
    }

    @Test
    void severalMunicipalitiesInParallel() throws Exception {
        TestServerCerts.ServerCert good = ca.issue(HOST, 200);
        TestServerCerts.ServerCert other = ca.issue("www.exemplo.com.br", 200);
        try (LoopbackWeb a = LoopbackWeb.https(good, Map.of("/", Page.pec("5.3.21")));
                LoopbackWeb b = LoopbackWeb.https(other, Map.of("/", Page.pec("5.3.21")));
                LoopbackWeb port80 = LoopbackWeb.http(Map.of("/", Page.redirect(301, "https://" + HOST + "/")))) {
            Prober prober = new Prober(settings(List.of(ca.authorityCertificate()), port80.port()));
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                List<java.util.concurrent.Future<List<Observation>>> runs = new java.util.ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    int port = i % 2 == 0 ? a.port() : b.port();
                    runs.add(pool.submit(() -> prober.probe(target(port, "5.3.21"))));
                }
                for (int i = 0; i < 4; i++) {
                    Observation https = runs.get(i).get().get(1);
                    if (i % 2 == 0) {
                        assertEquals(Outcome.PASSED, https.outcome(), https.reason());
                    } else {
                        assertEquals("o certificado é de outro nome (www.exemplo.com.br), não de " + HOST,
                                https.reason());
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
