package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.sign.TestPki;
import br.esus.oficios.sign.TestSigner;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code enviar} with signed ofícios: the signed copy of the current ofício goes instead of the unsigned PDF. */
class CliEnviarAssinadoTest {
    @RegisterExtension
    static final GreenMailExtension GM = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    static TestPki.Issued ca;
    static TestPki.Issued maria;
    static final Instant NOW = Instant.now();

    @TempDir
    Path cwd;
    Path folder;

    @BeforeAll
    static void pki() throws Exception {
        Instant from = NOW.minus(Duration.ofDays(30));
        Instant to = NOW.plus(Duration.ofDays(365));
        ca = TestPki.ca("CN=AC Teste gerar-oficios, O=Teste, C=BR", from, to);
        maria = TestPki.leaf(ca, "MARIA DA SILVA", "12345678900", KeyUsage.digitalSignature | KeyUsage.nonRepudiation,
                from, to);
    }

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(cwd.resolve("municipios"));
        String yaml = Files.readString(Path.of("municipios/ba-santo-amaro.yaml"));
        Files.writeString(cwd.resolve("municipios/ba-santo-amaro.yaml"),
                CliEnviarTest.readyForTicket(CliEnviarTest.withRealAddressee(yaml)));
        config(false);
        CliRun g = CliRun.run(cwd, "gerar", "municipios/ba-santo-amaro.yaml", "-d", "oficio-dominio", "-f", "pdf");
        assertEquals(0, g.exit(), g.toString());
        folder = cwd.resolve("output/ba-santo-amaro");
    }

    private void config(boolean exigir) throws Exception {
        Files.writeString(cwd.resolve("gerar-oficios.yaml"), """
                smtp:
                  servidor: 127.0.0.1
                  porta: %d
                  seguranca: nenhuma
                  remetente: {email: coordenacao@santoamaro.ba.gov.br}
                  suporte: suporte@exemplo.gov.br
                  tempo_limite_segundos: 5
                  exigir_assinatura: %s
                """.formatted(GM.getSmtp().getPort(), exigir));
    }

    private Path sign(String name, Instant when) throws Exception {
        Path out = folder.resolve(name);
        TestSigner.sign(folder.resolve("oficio-dominio.pdf"), out, maria, ca, when);
        return out;
    }

    private CliRun enviar(String... extra) {
        List<String> args = new ArrayList<>(List.of("enviar", "municipios/ba-santo-amaro.yaml"));
        args.addAll(Arrays.asList(extra));
        return CliRun.run(cwd, Map.of("GOVBR_CLIENT_SECRET", "x"), args.toArray(String[]::new));
    }

    @Test
    void theSignedCopyOfTheCurrentOfícioIsSimulatedAndSentInsteadOfTheUnsignedPdf() throws Exception {
        Path signed = sign("oficio-dominio-assinado.pdf", NOW);
        CliRun sim = enviar("--simular", "-d", "oficio-dominio");
        assertEquals(0, sim.exit(), sim.toString());
        assertTrue(sim.out().contains(", com oficio-dominio-assinado.pdf; assunto: Ofício nº 12/2026"), sim.toString());
        assertFalse(sim.err().contains("assinatura"), "sem aviso: " + sim);

        CliRun r = enviar("-d", "oficio-dominio");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(GM.waitForIncomingEmail(5000, 1));
        Part pdf = attachment(find("protocolo@prodeb.ba.gov.br"));
        assertEquals("Ofício 12_2026_subdomínio gov.br.pdf", pdf.getFileName());
        try (InputStream in = pdf.getInputStream()) {
            assertArrayEquals(Files.readAllBytes(signed), in.readAllBytes(), "o anexo é o PDF assinado");
        }
        CliRun checklist = CliRun.run(cwd, "checklist", "municipios/ba-santo-amaro.yaml");
        assertTrue(checklist.out().contains("ofício assinado enviado em "), checklist.toString());
    }

    @Test
    void anOfícioSentUnsignedGoesAgainOnceSignedAndTheSignedCopyOnlyOnce() throws Exception {
        CliRun unsigned = enviar("-d", "oficio-dominio");
        assertEquals(0, unsigned.exit(), unsigned.toString());
        sign("oficio-dominio-assinado.pdf", NOW);
        CliRun signed = enviar("-d", "oficio-dominio");
        assertEquals(0, signed.exit(), signed.toString());
        assertTrue(signed.out().endsWith("enviar: 1 enviado\n"), signed.toString());
        CliRun again = enviar("-d", "oficio-dominio");
        assertTrue(again.out().endsWith("enviar: 0 enviados, 1 já enviado (recusado)\n"), again.toString());
    }

    @Test
    void theCopySignedLastWinsUnderAnyName() throws Exception {
        sign("oficio-dominio-assinado.pdf", NOW.minus(Duration.ofHours(2)));
        sign("Ofício 12 assinado gov.br.pdf", NOW);
        CliRun sim = enviar("--simular", "-d", "oficio-dominio");
        assertEquals(0, sim.exit(), sim.toString());
        assertTrue(sim.out().contains(", com Ofício 12 assinado gov.br.pdf; assunto:"), sim.toString());
    }

    @Test
    void anOutdatedSignedCopyIsNeverSentAndIsNamed() throws Exception {
        sign("oficio-dominio-assinado.pdf", NOW);
        Path yaml = cwd.resolve("municipios/ba-santo-amaro.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceFirst("numero: 12", "numero: 13"));
        CliRun sim = enviar("--simular", "-d", "oficio-dominio");
        assertEquals(0, sim.exit(), sim.toString());
        assertTrue(sim.out().contains(", com oficio-dominio.pdf; assunto: Ofício nº 13/2026"), sim.toString());
        assertTrue(sim.err().contains("municipios/ba-santo-amaro.yaml: oficio-dominio: aviso: "
                + folder.resolve("oficio-dominio-assinado.pdf") + " está assinado, mas é de outra versão do ofício"),
                sim.toString());
        assertTrue(sim.err().contains("oficio-dominio: aviso: vai sem assinatura digital (nenhuma cópia assinada do "
                + "ofício atual em " + folder + "; para assinar: gerar-oficios assinar municipios/ba-santo-amaro.yaml "
                + "--certificado ARQ.pfx, ou o assinador GOV.BR (https://assinador.iti.br), com o PDF assinado posto "
                + "nessa pasta)"), sim.toString());
    }

    @Test
    void aSignedCopyOfAnotherDocumentIsLeftAlone() throws Exception {
        CliRun g = CliRun.run(cwd, "gerar", "municipios/ba-santo-amaro.yaml", "-d", "pop", "-f", "pdf");
        assertEquals(0, g.exit(), g.toString());
        TestSigner.sign(folder.resolve("pop.pdf"), folder.resolve("pop-assinado.pdf"), maria, ca, NOW);
        CliRun sim = enviar("--simular", "-d", "oficio-dominio");
        assertTrue(sim.out().contains(", com oficio-dominio.pdf; assunto:"), sim.toString());
        assertFalse(sim.err().contains("pop-assinado.pdf"), "o POP assinado não é uma versão do ofício: " + sim);
    }

    @Test
    void aCopyChangedAfterSigningIsNotSent() throws Exception {
        Path signed = sign("assinado.pdf", NOW);
        TestSigner.changeAfterSigning(signed, folder.resolve("alterado.pdf"));
        Files.delete(signed);
        CliRun sim = enviar("--simular", "-d", "oficio-dominio");
        assertTrue(sim.out().contains(", com oficio-dominio.pdf; assunto:"), sim.toString());
        assertTrue(sim.err().contains(folder.resolve("alterado.pdf") + " tem assinatura inválida ou foi alterado "
                + "depois de assinado e não vai"), sim.toString());
    }

    @Test
    void exigirAssinaturaRefusesTheUnsignedOfícioButNotTheTicket() throws Exception {
        config(true);
        CliRun r = enviar();
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("municipios/ba-santo-amaro.yaml: oficio-dominio: não enviado: "
                + "smtp.exigir_assinatura é true e o ofício não está assinado digitalmente (nenhuma cópia assinada"),
                r.toString());
        assertTrue(GM.waitForIncomingEmail(5000, 1));
        assertEquals(List.of("suporte@exemplo.gov.br"), Arrays.stream(GM.getReceivedMessages())
                .flatMap(m -> to(m).stream()).distinct().toList(), "só o ticket vai");
        assertTrue(r.out().endsWith("enviar: 1 enviado, 1 não enviado\n"), r.toString());

        sign("oficio-dominio-assinado.pdf", NOW);
        CliRun signed = enviar("-d", "oficio-dominio");
        assertEquals(0, signed.exit(), signed.toString());
    }

    private static MimeMessage find(String to) throws Exception {
        return CliEnviarTest.find(GM, to);
    }

    private static Part attachment(MimeMessage m) throws Exception {
        return CliEnviarTest.attachment(m);
    }

    private static List<String> to(MimeMessage m) {
        try {
            return CliEnviarTest.addresses(m.getRecipients(Message.RecipientType.TO));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
