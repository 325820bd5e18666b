package br.esus.oficios.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.BrazilianDate;
import br.esus.oficios.probe.LoopbackWeb.Page;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTPS check (and the PEC check, which sees the same TLS) against test servers on loopback. */
class HttpsCheckTest {
    private static final String HOST = "esus.itabaiana.se.gov.br";
    private static final Duration DAY = Duration.ofDays(1);
    private static final Instant NOW = Instant.now();
    private static TestServerCerts ca;

    @BeforeAll
    static void start() throws Exception {
        ca = TestServerCerts.authority("AC Teste conferir");
    }

    /** The HTTPS and PEC observations of a server presenting {@code cert}, trusting {@code trust}. */
    private static List<Observation> observe(TestServerCerts.ServerCert cert, List<X509Certificate> trust,
            Clock clock) throws Exception {
        try (LoopbackWeb web = LoopbackWeb.https(cert, Map.of("/", Page.pec("5.3.21")))) {
            return observe(web.port(), trust, clock, Duration.ofSeconds(2));
        }
    }

    private static List<Observation> observe(int port, List<X509Certificate> trust, Clock clock, Duration timeout) {
        Connector c = new Connector(CombinedTrust.of(trust), timeout);
        InetAddress lo = InetAddress.getLoopbackAddress();
        return List.of(HttpsCheck.observe(c, lo, HOST, port, clock),
                PecCheck.observe(c, lo, URI.create("https://" + HOST + ":" + port + "/"), "5.3.21", clock));
    }

    private static Clock now() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    private static void failsBoth(List<Observation> o, String reason) {
        assertEquals(Outcome.FAILED, o.get(0).outcome(), o.get(0).reason());
        assertEquals(reason, o.get(0).reason());
        assertEquals(Outcome.FAILED, o.get(1).outcome(), o.get(1).reason());
        assertEquals(reason, o.get(1).reason());
    }

    @Test
    void expired() throws Exception {
        TestServerCerts.ServerCert cert = ca.issue(HOST, NOW.minus(DAY.multipliedBy(400)), NOW.minus(DAY.multipliedBy(5)));
        List<Observation> o = observe(cert, List.of(ca.authorityCertificate()), now());
        failsBoth(o, "o certificado venceu em " + BrazilianDate.day(cert.certificate().getNotAfter().toInstant()));
        assertTrue(o.get(0).answer().startsWith("certificado de " + HOST + ", emitido por AC Teste conferir"),
                o.get(0).answer());
    }

    @Test
    void expiredByTheClock() throws Exception {
        TestServerCerts.ServerCert cert = ca.issue(HOST, 30);
        Clock later = Clock.fixed(NOW.plus(DAY.multipliedBy(45)), ZoneOffset.UTC);
        List<Observation> o = observe(cert, List.of(ca.authorityCertificate()), later);
        assertEquals(Outcome.FAILED, o.get(0).outcome());
        assertEquals("o certificado venceu em " + BrazilianDate.day(cert.certificate().getNotAfter().toInstant()),
                o.get(0).reason());
    }

    @Test
    void notYetValid() throws Exception {
        TestServerCerts.ServerCert cert = ca.issue(HOST, NOW.plus(DAY.multipliedBy(3)), NOW.plus(DAY.multipliedBy(90)));
        List<Observation> o = observe(cert, List.of(ca.authorityCertificate()), now());
        failsBoth(o, "o certificado só vale a partir de "
                + BrazilianDate.day(cert.certificate().getNotBefore().toInstant()));
    }

    @Test
    void anotherName() throws Exception {
        TestServerCerts.ServerCert cert = ca.issue("www.exemplo.com.br", 200);
        List<Observation> o = observe(cert, List.of(ca.authorityCertificate()), now());
        failsBoth(o, "o certificado é de outro nome (www.exemplo.com.br), não de " + HOST);
    }

    @Test
    void selfSignedNotTrusted() throws Exception {
        List<Observation> o = observe(TestServerCerts.selfSigned(HOST), List.of(), now());
        failsBoth(o, "o certificado não é de uma autoridade confiável (autoassinado)");
    }

    @Test
    void unknownAuthority() throws Exception {
        List<Observation> o = observe(ca.issue(HOST, 200), List.of(), now());
        failsBoth(o, "o certificado não é de uma autoridade confiável (emitido por AC Teste conferir)");
    }

    @Test
    void selfSignedTrustedThroughExtraTrust() throws Exception {
        TestServerCerts.ServerCert cert = TestServerCerts.selfSigned(HOST);
        List<Observation> o = observe(cert, List.of(cert.certificate()), now());
        assertEquals(Outcome.PASSED, o.get(0).outcome(), o.get(0).reason());
        assertEquals("o certificado é válido para " + HOST + " até "
                + BrazilianDate.day(cert.certificate().getNotAfter().toInstant()) + " (emitido por " + HOST + ")",
                o.get(0).reason());
        assertEquals(Outcome.PASSED, o.get(1).outcome(), o.get(1).reason());
    }

    @Test
    void warnsUnderTwentyDays() throws Exception {
        TestServerCerts.ServerCert cert = ca.issue(HOST, NOW.minus(DAY.multipliedBy(80)), NOW.plus(DAY.multipliedBy(12)));
        List<Observation> o = observe(cert, List.of(ca.authorityCertificate()), now());
        assertEquals(Outcome.PASSED, o.get(0).outcome(), o.get(0).reason());
        assertEquals(List.of("o certificado vence em 12 dias ("
                + BrazilianDate.day(cert.certificate().getNotAfter().toInstant()) + ")"), o.get(0).warnings());

        TestServerCerts.ServerCert twenty = ca.issue(HOST, NOW.minus(DAY), NOW.plus(DAY.multipliedBy(20)));
        assertEquals(List.of(), observe(twenty, List.of(ca.authorityCertificate()), now()).get(0).warnings());
    }

    @Test
    void refused() throws Exception {
        int port = LoopbackWeb.closedPort();
        failsBoth(observe(port, List.of(), now(), Duration.ofSeconds(2)), "a conexão foi recusada na porta " + port);
    }

    @Test
    void silentServer() throws Exception {
        // Accepts the connection (the backlog does) and never answers the TLS hello.
        try (ServerSocket mute = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            List<Observation> o = observe(mute.getLocalPort(), List.of(), now(), Duration.ofMillis(700));
            failsBoth(o, "o servidor não respondeu em 0,7 s na porta " + mute.getLocalPort());
        }
    }

    @Test
    void plainHttpWhereTlsWasExpected() throws Exception {
        // What nginx or Apache do with a TLS hello on a plain HTTP port: answer 400 in plain text.
        try (ServerSocket plain = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                for (int i = 0; i < 2; i++) {
                    try (java.net.Socket s = plain.accept()) {
                        s.getInputStream().read(new byte[512]);
                        s.getOutputStream().write(("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n"
                                + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    } catch (java.io.IOException e) {
                        return;
                    }
                }
            });
            t.start();
            List<Observation> o = observe(plain.getLocalPort(), List.of(), now(), Duration.ofSeconds(2));
            failsBoth(o, "a porta " + plain.getLocalPort() + " não respondeu em TLS (será HTTP sem criptografia?)");
            t.join(2000);
        }
    }

    @Test
    void theSystemTrustStoreStillCounts() {
        // The JDK's authorities stay trusted besides --confianca: the combined manager offers both.
        CombinedTrust none = CombinedTrust.of(List.of());
        CombinedTrust extra = CombinedTrust.of(List.of(ca.authorityCertificate()));
        assertTrue(none.getAcceptedIssuers().length > 10);
        assertEquals(none.getAcceptedIssuers().length + 1, extra.getAcceptedIssuers().length);
    }
}
