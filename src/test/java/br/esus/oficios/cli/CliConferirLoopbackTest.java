package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.probe.LoopbackDns;
import br.esus.oficios.probe.LoopbackWeb;
import br.esus.oficios.probe.LoopbackWeb.Page;
import br.esus.oficios.probe.TestServerCerts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gerar-oficios conferir} end to end, on loopback only: a DNS responder answering the YAML's public address, an
 * HTTPS server with a certificate of an authority trusted through {@code --confianca}, a plain HTTP server on another
 * port, and a stand-in for the PEC's page; {@code --conectar-em 127.0.0.1} takes the connections there.
 */
class CliConferirLoopbackTest {
    static final String HOST = "esus.itabaiana.se.gov.br";
    static final String IP = "177.43.210.15";

    @TempDir
    Path cwd;

    TestServerCerts ca;

    @BeforeEach
    void setUp() throws Exception {
        CliRun.copyExamples(cwd);
        ca = TestServerCerts.authority("AC de Teste do Conferir");
        Files.createDirectories(cwd.resolve("confianca"));
        Files.writeString(cwd.resolve("confianca/ac.pem"), "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(ca.authorityCertificate().getEncoded())
                + "\n-----END CERTIFICATE-----\n");
    }

    /** Itabaiana's YAML with the HTTPS server's port in instalacao.url and its checklist lines replaced. */
    private void itabaiana(int httpsPort, String dns, String https) throws Exception {
        Path f = cwd.resolve("municipios/se-itabaiana.yaml");
        Files.writeString(f, Files.readString(f)
                .replace("url: https://" + HOST + "\n", "url: https://" + HOST + ":" + httpsPort + "\n")
                .replaceAll("(?m)^  dns_govbr: .*$", "  dns_govbr: " + dns)
                .replaceAll("(?m)^  https: .*$", "  https: " + https));
    }

    private CliRun conferir(LoopbackDns dns, LoopbackWeb http, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("conferir", "municipios/se-itabaiana.yaml",
                "--servidor-dns", "127.0.0.1:" + dns.address().getPort(), "--conectar-em", "127.0.0.1",
                "--porta-http", String.valueOf(http.port()), "--confianca", "confianca"));
        args.addAll(List.of(more));
        return CliRun.run(cwd, args.toArray(String[]::new));
    }

    private static String today() {
        return br.esus.oficios.model.BrazilianDate.format(LocalDate.now(br.esus.oficios.doc.DocMeta.ZONE));
    }

    @Test
    void everythingAnswersAndTheYamlIsBehind() throws Exception {
        try (LoopbackDns dns = LoopbackDns.start(Map.of(HOST, List.of(IP)));
                LoopbackWeb pec = LoopbackWeb.https(ca.issue(HOST, 200), Map.of("/", Page.pec("5.2.8")));
                LoopbackWeb http = LoopbackWeb.http(Map.of("/", Page.redirect(301, "https://" + HOST + "/")))) {
            itabaiana(pec.port(), "pendente-alta", "pendente-alta");
            String yaml = Files.readString(cwd.resolve("municipios/se-itabaiana.yaml"));
            CliRun r = conferir(dns, http);
            assertEquals(ExitCodes.INVALID, r.exit(), r.toString());
            assertEquals("", r.err());
            assertTrue(r.out().startsWith("Município     dns  https  http  pec\n"
                    + "─".repeat(35) + "\n"
                    + "SE Itabaiana  ok   ok     ok    ok\n"
                    + "\n"
                    + "Divergências com o YAML (2)\n"
                    + "  SE Itabaiana — dns_govbr: o YAML diz pendente-alta, mas o registro A já aponta para o "
                    + "servidor (177.43.210.15) desde " + today() + " — atualize para concluido\n"
                    + "  SE Itabaiana — https: o YAML diz pendente-alta, mas o certificado é válido para " + HOST
                    + " até "), r.out());
            assertTrue(r.out().contains(" (emitido por AC de Teste do Conferir) e a porta " + http.port()
                    + " já redireciona para HTTPS (https://" + HOST + "/) desde " + today() + " — atualize para "
                    + "concluido\n"), r.out());
            assertTrue(r.out().endsWith("\nEvidências acrescentadas a output/<uf>-<municipio>/conferencias.jsonl.\n"
                    + "1 município conferido: 2 divergências com o YAML.\n"), r.out());
            // Nothing but a DNS query, a handshake and plain GETs; the YAML untouched.
            assertEquals(List.of("GET / Host: " + HOST + ":" + http.port()), http.requests());
            assertEquals(List.of("GET / Host: " + HOST + ":" + pec.port()), pec.requests());
            assertEquals(yaml, Files.readString(cwd.resolve("municipios/se-itabaiana.yaml")));
            List<String> lines = Files.readAllLines(cwd.resolve("output/se-itabaiana/conferencias.jsonl"));
            assertEquals(1, lines.size());

            CliRun checklist = CliRun.run(cwd, Map.of(), LocalDate.now(), "checklist", "--detalhes");
            assertTrue(checklist.out().contains("  SE Itabaiana — https: conferido em "), checklist.out());
        }
    }

    @Test
    void whenTheYamlAgreesTheExitIsZero() throws Exception {
        try (LoopbackDns dns = LoopbackDns.start(Map.of(HOST, List.of(IP)));
                LoopbackWeb pec = LoopbackWeb.https(ca.issue(HOST, 200), Map.of("/", Page.pec("5.2.8")));
                LoopbackWeb http = LoopbackWeb.http(Map.of("/", Page.redirect(301, "https://" + HOST + "/")))) {
            itabaiana(pec.port(), "concluido", "concluido");
            CliRun r = conferir(dns, http);
            assertEquals(ExitCodes.OK, r.exit(), r.toString());
            assertTrue(r.out().contains("\nNenhuma divergência com o YAML.\n"), r.out());
            assertTrue(r.out().endsWith("1 município conferido: nenhuma divergência com o YAML.\n"), r.out());
        }
    }

    @Test
    void anExpiredCertificateOfAConcludedItemDisagrees() throws Exception {
        Instant now = Instant.now();
        try (LoopbackDns dns = LoopbackDns.start(Map.of(HOST, List.of(IP)));
                LoopbackWeb pec = LoopbackWeb.https(ca.issue(HOST, now.minus(90, ChronoUnit.DAYS),
                        now.minus(5, ChronoUnit.DAYS)), Map.of("/", Page.pec("5.2.8")));
                LoopbackWeb http = LoopbackWeb.http(Map.of("/", Page.redirect(301, "https://" + HOST + "/")))) {
            itabaiana(pec.port(), "concluido", "{status: concluido, data: 2026-11-01}");
            CliRun r = conferir(dns, http);
            assertEquals(ExitCodes.INVALID, r.exit(), r.toString());
            String expired = br.esus.oficios.model.BrazilianDate.format(LocalDate.ofInstant(now.minus(5,
                    ChronoUnit.DAYS), br.esus.oficios.doc.DocMeta.ZONE));
            assertTrue(r.out().contains("\nMotivos\n  SE Itabaiana — https: falhou: o certificado venceu em " + expired
                    + "\n"), r.out());
            assertTrue(r.out().contains("\nDivergências com o YAML (1)\n  SE Itabaiana — https: o YAML diz concluido, mas "
                    + "o certificado venceu em " + expired + " — corrija o servidor ou atualize para pendente-alta\n"),
                    r.out());
        }
    }

    @Test
    void withoutNetworkItSaysSoOnceForEveryMunicipality() throws Exception {
        int closed = LoopbackWeb.closedPort();
        CliRun r = CliRun.run(cwd, "conferir", "--servidor-dns", "127.0.0.1:" + closed);
        assertEquals(ExitCodes.INVALID, r.exit(), r.toString());
        assertEquals("gerar-oficios conferir: sem rede: o servidor DNS 127.0.0.1:" + closed + " não atende "
                + "consultas DNS; nada foi conferido nem gravado\n", r.err());
        assertEquals("", r.out());
        assertTrue(!Files.exists(cwd.resolve("output")));
    }
}
