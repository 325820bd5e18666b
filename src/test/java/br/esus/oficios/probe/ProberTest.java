package br.esus.oficios.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.probe.LoopbackWeb.Page;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
            String end = ProbeText.date(cert.certificate().getNotAfter().toInstant());

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
}
