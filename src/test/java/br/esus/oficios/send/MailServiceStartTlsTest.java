package br.esus.oficios.send;

import static br.esus.oficios.send.MailFixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.cli.SendReport;
import br.esus.oficios.send.SendResult.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A municipal mail server on port 587 with STARTTLS and a certificate from the municipality's own authority (made
 * here with keytool): without {@code smtp.confianca} the certificate is refused and the message says what to do; with
 * the authority's certificate in {@code smtp.confianca} the message goes over verified TLS; a certificate of that
 * authority for another name is still refused.
 */
class MailServiceStartTlsTest {
    @TempDir
    static Path certs;

    private static TestAuthority authority;
    private static SSLContext rightName;
    private static SSLContext otherName;

    @TempDir
    Path tmp;

    private LoopbackSmtpServer server;

    @BeforeAll
    static void makeTheAuthority() throws Exception {
        authority = TestAuthority.create(certs, "Autoridade Interna da Prefeitura");
        rightName = authority.server("smtp-interno", "ip:127.0.0.1,dns:localhost");
        otherName = authority.server("outro-servidor", "dns:smtp.outro.example");
    }

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackSmtpServer();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private MailSettings settings(Confianca confianca) {
        return new MailSettings("127.0.0.1", server.port(), Seguranca.STARTTLS, null, "coordenacao@localhost",
                "Coordenação", List.of(), MailFixtures.SUPORTE, Duration.ofSeconds(5), false, false, false, confianca,
                false);
    }

    private SendResult.Line send(Confianca confianca) throws Exception {
        Path folder = tmp.resolve("output").resolve(MailFixtures.santoAmaro().outputFolderName());
        Path pdf = MailFixtures.pdf(folder, "oficio-dominio.pdf", "v1");
        Outgoing o = Outgoing.of(MailFixtures.santoAmaro(), Outgoing.OFICIO_DOMINIO, MailFixtures.realOficio(),
                List.of(pdf), folder);
        SendResult r = new MailService(settings(confianca), Map.of(), CLOCK, new MailFixtures.RecordingSleeper())
                .send(List.of(o), new SendOptions(false, false));
        return r.lines().get(0);
    }

    private static Confianca theAuthority() throws Exception {
        return Confianca.ler(authority.caPem, Path.of("certificados/autoridade.pem"), Instant.now());
    }

    @Test
    void anInternalAuthorityIsRefusedAndTheMessageNamesSmtpConfianca() throws Exception {
        server.startTls(rightName);
        SendResult.Line l = send(null);
        assertEquals(Outcome.FALHOU, l.outcome(), SendReport.line(l));
        assertEquals(0, server.messages(), "nada passou sem TLS verificado");
        assertTrue(SendReport.line(l).contains("o certificado do servidor não é de uma autoridade confiável (autoassinado ou "
                + "de uma autoridade interna); peça a quem administra o servidor de e-mail o certificado da autoridade "
                + "que emitiu o dele e indique-o em smtp.confianca"), SendReport.line(l));
    }

    @Test
    void withTheAuthorityInSmtpConfiancaTheMessageGoesOverVerifiedTls() throws Exception {
        server.startTls(rightName);
        SendResult.Line l = send(theAuthority());
        assertEquals(Outcome.ENVIADO, l.outcome(), SendReport.line(l));
        assertEquals(1, server.tlsHandshakes());
        assertEquals(1, server.messages());
        assertEquals(1, server.tlsMessages(), "a mensagem foi depois do STARTTLS");
    }

    @Test
    void aFolderOfCertificatesWorksLikeTheFile() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("certificados"));
        Files.copy(authority.caPem, folder.resolve("autoridade.crt"));
        Files.writeString(folder.resolve("LEIA-ME.txt"), "não é certificado, e fica de fora");
        server.startTls(rightName);
        SendResult.Line l = send(Confianca.ler(folder, Path.of("certificados"), Instant.now()));
        assertEquals(Outcome.ENVIADO, l.outcome(), SendReport.line(l));
        assertEquals(1, server.tlsMessages());
    }

    @Test
    void theNameIsStillCheckedWithTheTrustedAuthority() throws Exception {
        server.startTls(otherName);
        SendResult.Line l = send(theAuthority());
        assertEquals(Outcome.FALHOU, l.outcome(), SendReport.line(l));
        assertEquals(0, server.messages());
        assertTrue(SendReport.line(l).contains("o certificado do servidor é de outro nome"), SendReport.line(l));
    }
}
