package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.sign.TestCertificates;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Part;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole flow of issue 13 with the program's own signer: {@code assinar} signs the ofício, {@code verificar} finds
 * the signature intact, trusted and over the current ofício, {@code enviar} sends the signed file, and once the ofício
 * changes the old signed copy is no longer sent.
 */
class SignVerifySendTest {
    @RegisterExtension
    static final GreenMailExtension GM = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path cwd;

    @Test
    void signedByAssinarVerifiedAndSentThenOutdatedWhenTheOficioChanges() throws Exception {
        TestCertificates certs = TestCertificates.make(cwd.resolve("pki"));
        Files.createDirectories(cwd.resolve("municipios"));
        Path yaml = cwd.resolve("municipios/ba-santo-amaro.yaml");
        Files.writeString(yaml, CliEnviarTest.readyForTicket(CliEnviarTest.withRealAddressee(
                Files.readString(Path.of("municipios/ba-santo-amaro.yaml")))));
        Files.writeString(cwd.resolve("gerar-oficios.yaml"), """
                smtp:
                  servidor: 127.0.0.1
                  porta: %d
                  seguranca: nenhuma
                  remetente: {email: coordenacao@santoamaro.ba.gov.br}
                  suporte: suporte@exemplo.gov.br
                  tempo_limite_segundos: 5
                  exigir_assinatura: true
                """.formatted(GM.getSmtp().getPort()));
        Map<String, String> env = new HashMap<>(Map.of("GERAR_OFICIOS_CERTIFICADO_SENHA", TestCertificates.PASSWORD,
                "GOVBR_CLIENT_SECRET", "x"));

        // Nothing signed yet: exigir_assinatura holds the ofício back.
        CliRun held = CliRun.run(cwd, env, "enviar", "municipios/ba-santo-amaro.yaml", "-d", "oficio-dominio");
        assertEquals(1, held.exit(), held.toString());
        assertTrue(held.err().contains("assinar"), held.toString());

        CliRun assinar = CliRun.run(cwd, env, "assinar", "municipios/ba-santo-amaro.yaml", "--certificado",
                certs.ana().toString());
        assertEquals(0, assinar.exit(), assinar.toString());
        Path signed = cwd.resolve("output/ba-santo-amaro/oficio-dominio-assinado.pdf");
        assertTrue(Files.exists(signed), assinar.toString());

        CliRun verificar = CliRun.run(cwd, "verificar", signed.toString(), "--confianca",
                certs.caPem().getParent().toString());
        assertEquals(0, verificar.exit(), verificar.toString());
        assertTrue(verificar.out().contains("ANA BEATRIZ CONCEICAO LIMA"), verificar.toString());
        assertTrue(verificar.out().contains("o mesmo conteúdo de oficio-dominio.pdf"), verificar.toString());

        CliRun sent = CliRun.run(cwd, env, "enviar", "municipios/ba-santo-amaro.yaml", "-d", "oficio-dominio");
        assertEquals(0, sent.exit(), sent.toString());
        assertTrue(GM.waitForIncomingEmail(5000, 1));
        Part pdf = CliEnviarTest.attachment(GM.getReceivedMessages()[0]);
        try (InputStream in = pdf.getInputStream()) {
            assertArrayEquals(Files.readAllBytes(signed), in.readAllBytes(), "o anexo é o PDF que o assinar gravou");
        }

        // The ofício changes (a new number): the old signed copy is outdated, never sent, and named.
        Files.writeString(yaml, Files.readString(yaml).replace("numero: 12", "numero: 13"));
        CliRun outdated = CliRun.run(cwd, env, "enviar", "municipios/ba-santo-amaro.yaml", "-d", "oficio-dominio",
                "--simular");
        assertEquals(1, outdated.exit(), outdated.toString());
        assertTrue(outdated.err().contains("oficio-dominio-assinado.pdf"), outdated.toString());
    }
}
