package br.esus.oficios.probe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A web server for tests on 127.0.0.1 and a free port, plain HTTP or HTTPS with a {@link TestServerCerts} chain,
 * answering each path with a chosen {@link Page} (404 for the others). Records each request as
 * "GET /caminho Host: nome" so tests can see what was sent.
 *
 * <pre>
 * try (LoopbackWeb pec = LoopbackWeb.https(cert, Map.of("/", Page.pec("5.3.21")));
 *      LoopbackWeb port80 = LoopbackWeb.http(Map.of("/", Page.redirect(301, "https://esus.x.gov.br/")))) { ... }
 * </pre>
 */
public final class LoopbackWeb implements AutoCloseable {

    /** What a path answers. */
    public record Page(int status, Map<String, String> headers, String body) {
        /** 200 with an HTML page of this title and body text. */
        public static Page html(String title, String text) {
            return new Page(200, Map.of("Content-Type", "text/html; charset=utf-8"),
                    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                            + text + "</body></html>");
        }

        /** A stand-in for the PEC's login page: title "e-SUS APS", and "Versão X" when {@code version} is given. */
        public static Page pec(String version) {
            return html("e-SUS APS", "<div id=\"root\">Prontuário Eletrônico do Cidadão</div>"
                    + (version == null ? "" : "<footer><span>Versão</span> <b>" + version + "</b></footer>"));
        }

        /** A redirect: 301, 302, 307 or 308 to {@code location}. */
        public static Page redirect(int status, String location) {
            return new Page(status, Map.of("Location", location), "");
        }
    }

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final ExecutorService pool = Executors.newCachedThreadPool();

    private LoopbackWeb(HttpServer server, Map<String, Page> pages) {
        this.server = server;
        Map<String, Page> copy = Map.copyOf(pages);
        server.createContext("/", ex -> answer(ex, copy));
        server.setExecutor(pool);
        server.start();
    }

    /** Plain HTTP. */
    public static LoopbackWeb http(Map<String, Page> pages) throws IOException {
        return new LoopbackWeb(HttpServer.create(loopback(), 0), pages);
    }

    /** HTTPS presenting {@code cert}'s chain. */
    public static LoopbackWeb https(TestServerCerts.ServerCert cert, Map<String, Page> pages) throws Exception {
        HttpsServer s = HttpsServer.create(loopback(), 0);
        s.setHttpsConfigurator(new HttpsConfigurator(cert.serverContext()));
        return new LoopbackWeb(s, pages);
    }

    /** A port of 127.0.0.1 where nothing listens (a connection there is refused). */
    public static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** "GET / Host: esus.x.gov.br", one per request, in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    private void answer(HttpExchange ex, Map<String, Page> pages) throws IOException {
        requests.add(ex.getRequestMethod() + " " + ex.getRequestURI() + " Host: "
                + ex.getRequestHeaders().getFirst("Host"));
        Page p = pages.getOrDefault(ex.getRequestURI().getPath(),
                new Page(404, Map.of("Content-Type", "text/html"), "<html><title>404 Not Found</title></html>"));
        byte[] body = p.body().getBytes(StandardCharsets.UTF_8);
        p.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.sendResponseHeaders(p.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
