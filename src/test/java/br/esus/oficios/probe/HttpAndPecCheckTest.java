package br.esus.oficios.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import br.esus.oficios.probe.LoopbackWeb.Page;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP check (port 80's redirect) and the PEC check (the page) against test servers on loopback. */
class HttpAndPecCheckTest {
    private static final String HOST = "esus.itabaiana.se.gov.br";
    private static final Clock CLOCK = Clock.systemUTC();
    private static TestServerCerts ca;
    private static Connector connector;

    @BeforeAll
    static void start() throws Exception {
        ca = TestServerCerts.authority("AC Teste conferir");
        connector = new Connector(CombinedTrust.of(List.of(ca.authorityCertificate())), Duration.ofSeconds(2));
    }

    private static Observation http(Map<String, Page> pages) throws Exception {
        try (LoopbackWeb web = LoopbackWeb.http(pages)) {
            return HttpCheck.observe(connector, InetAddress.getLoopbackAddress(), HOST, web.port(), CLOCK);
        }
    }

    private static Observation pec(Map<String, Page> pages, String path, String expectedVersion) throws Exception {
        try (LoopbackWeb web = LoopbackWeb.https(ca.issue(HOST, 200), pages)) {
            return PecCheck.observe(connector, InetAddress.getLoopbackAddress(),
                    URI.create("https://" + HOST + ":" + web.port() + path), expectedVersion, CLOCK);
        }
    }

    @Test
    void httpRedirectsToHttps() throws Exception {
        for (int status : List.of(301, 302, 307, 308)) {
            Observation o = http(Map.of("/", Page.redirect(status, "https://" + HOST + "/")));
            assertEquals(Outcome.PASSED, o.outcome(), o.reason());
        }
    }

    @Test
    void httpAnswersWithoutRedirecting() throws Exception {
        try (LoopbackWeb web = LoopbackWeb.http(Map.of("/", Page.pec(null)))) {
            Observation o = HttpCheck.observe(connector, InetAddress.getLoopbackAddress(), HOST, web.port(), CLOCK);
            assertEquals(Outcome.FAILED, o.outcome());
            assertEquals("a porta " + web.port() + " respondeu 200 sem redirecionar para HTTPS", o.reason());
            assertEquals("GET http://" + HOST + ":" + web.port() + "/ em 127.0.0.1", o.asked());
            assertEquals("HTTP/1.1 200 OK", o.answer());
            assertEquals(List.of("GET / Host: " + HOST + ":" + web.port()), web.requests());
        }
    }

    @Test
    void httpRedirectsElsewhere() throws Exception {
        try (LoopbackWeb web = LoopbackWeb.http(Map.of("/", Page.redirect(302, "http://" + HOST + "/pec")))) {
            Observation o = HttpCheck.observe(connector, InetAddress.getLoopbackAddress(), HOST, web.port(), CLOCK);
            assertEquals(Outcome.FAILED, o.outcome());
            assertEquals("a porta " + web.port() + " redireciona para http://" + HOST + "/pec, não para HTTPS em "
                    + HOST, o.reason());
        }
        Observation other = http(Map.of("/", Page.redirect(301, "https://www.saude.gov.br/")));
        assertEquals(Outcome.FAILED, other.outcome());
    }

    @Test
    void httpPortClosed() throws Exception {
        int port = LoopbackWeb.closedPort();
        Observation o = HttpCheck.observe(connector, InetAddress.getLoopbackAddress(), HOST, port, CLOCK);
        assertEquals(Outcome.FAILED, o.outcome());
        assertEquals("a conexão foi recusada na porta " + port
                + " (a renovação automática do certificado do PEC precisa dela)", o.reason());
    }

    @Test
    void pecWithTheExpectedVersion() throws Exception {
        Observation o = pec(Map.of("/", Page.pec("5.3.21")), "/", "5.3.21");
        assertEquals(Outcome.PASSED, o.outcome(), o.reason());
        assertEquals(List.of(), o.warnings());
    }

    @Test
    void pecWithAnotherVersion() throws Exception {
        Observation o = pec(Map.of("/", Page.pec("5.3.21")), "/", "5.2.8");
        assertEquals(Outcome.PASSED, o.outcome(), o.reason());
        assertEquals(List.of("a página mostra a versão 5.3.21, o YAML diz 5.2.8"), o.warnings());
    }

    @Test
    void pecWithoutVersion() throws Exception {
        Observation o = pec(Map.of("/", Page.pec(null)), "/", "5.2.8");
        assertEquals(Outcome.PASSED, o.outcome(), o.reason());
        assertEquals(List.of(), o.warnings());
        assertEquals("HTTP/1.1 200 OK, título \"e-SUS APS\"", o.answer());
    }

    @Test
    void pecFollowsRedirectsOnTheSameHost() throws Exception {
        try (LoopbackWeb web = LoopbackWeb.https(ca.issue(HOST, 200), Map.of(
                "/", Page.redirect(302, "/esus/"),
                "/esus/", Page.redirect(308, "/esus/login"),
                "/esus/login", Page.pec("5.3.21")))) {
            String base = "https://" + HOST + ":" + web.port();
            Observation o = PecCheck.observe(connector, InetAddress.getLoopbackAddress(), URI.create(base + "/"),
                    "5.3.21", CLOCK);
            assertEquals(Outcome.PASSED, o.outcome(), o.reason());
            assertEquals("o PEC já responde em " + base + "/esus/login (título: e-SUS APS)", o.reason());
            assertEquals(3, web.requests().size());
        }
    }

    @Test
    void pecRedirectsTooOften() throws Exception {
        Observation o = pec(Map.of("/", Page.redirect(302, "/a"), "/a", Page.redirect(302, "/b"),
                "/b", Page.redirect(302, "/c"), "/c", Page.redirect(302, "/d"), "/d", Page.pec(null)), "/", null);
        assertEquals(Outcome.FAILED, o.outcome());
        assertEquals("a página redireciona mais de 3 vezes", o.reason());
    }

    @Test
    void pecRedirectsToAnotherHost() throws Exception {
        Observation o = pec(Map.of("/", Page.redirect(302, "https://login.exemplo.com.br/")), "/", null);
        assertEquals(Outcome.FAILED, o.outcome());
        assertEquals("a página redireciona para outro endereço (https://login.exemplo.com.br/)", o.reason());
    }

    @Test
    void pecNotFound() throws Exception {
        Observation o = pec(Map.of("/outra", Page.pec(null)), "/", null);
        assertEquals(Outcome.FAILED, o.outcome());
        assertEquals("a página respondeu 404", o.reason());
    }

    @Test
    void notThePec() throws Exception {
        Observation o = pec(Map.of("/", Page.html("Apache2 Ubuntu Default Page: It works", "It works!")), "/", null);
        assertEquals(Outcome.FAILED, o.outcome());
        assertEquals("a página não é a do PEC (título: Apache2 Ubuntu Default Page: It works)", o.reason());
        Observation untitled = pec(Map.of("/", new Page(200, Map.of(), "<html><body>ok</body></html>")), "/", null);
        assertEquals("a página não é a do PEC (sem título)", untitled.reason());
    }

    @Test
    void pecOverPlainHttp() throws Exception {
        try (LoopbackWeb web = LoopbackWeb.http(Map.of("/", Page.pec("5.3.21")))) {
            URI url = URI.create("http://" + HOST + ":" + web.port() + "/");
            Observation o = PecCheck.observe(connector, InetAddress.getLoopbackAddress(), url, "5.3.21", CLOCK);
            assertEquals(Outcome.PASSED, o.outcome(), o.reason());
            assertEquals("o PEC já responde em " + url + " (título: e-SUS APS)", o.reason());
        }
    }

    @Test
    void versionOnlyWhenLabelled() {
        assertEquals(java.util.Optional.of("5.3.21"), PecPage.version("<p>Vers&atilde;o: 5.3.21</p>"));
        assertEquals(java.util.Optional.of("5.3.21"), PecPage.version("<span>versão</span> <b>v5.3.21</b>"));
        assertEquals(java.util.Optional.empty(), PecPage.version("<script src=\"app-5.3.21.js\"></script>"));
        assertEquals(java.util.Optional.of("e-SUS APS & PEC"), PecPage.title("<TITLE>\n e-SUS APS &amp; PEC </TITLE>"));
    }
}
