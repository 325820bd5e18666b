package br.esus.oficios.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.cli.CliContext;
import br.esus.oficios.cli.Main;
import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.write.pdf.FontChoice;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signer on its own: what an independent validator sees after a change, and a page without room. */
class PadesSignerTest {
    @TempDir
    static Path dir;
    static TestCertificates certs;
    static SigningKey maria;
    static FontChoice.Face face;
    static byte[] oficio;

    @BeforeAll
    static void setUp() throws Exception {
        certs = TestCertificates.make(dir.resolve("pki"));
        maria = Pkcs12Reader.read(certs.maria(), "maria.pfx", TestCertificates.PASSWORD.toCharArray(), Instant.now());
        face = FontChoice.resolve(null).body().get(0);
        Path cwd = dir.resolve("trabalho");
        Files.createDirectories(cwd);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(sink, true, StandardCharsets.UTF_8);
        int exit = Main.run(new CliContext(ps, ps, Map.of(), cwd, LocalDate.of(2026, 11, 23), false), "gerar", "-f",
                "pdf", "-d", "oficio-dominio", Path.of("municipios/ba-santo-amaro.yaml").toAbsolutePath().toString());
        assertEquals(0, exit, sink.toString(StandardCharsets.UTF_8));
        oficio = Files.readAllBytes(cwd.resolve("output/ba-santo-amaro/oficio-dominio.pdf"));
    }

    @Test
    void aChangeAfterSigningIsSeenByTheValidator() throws Exception {
        byte[] signed = new PadesSigner(face).sign(oficio, maria, "Secretária Municipal de Saúde", "Santo Amaro/BA",
                ZonedDateTime.now(DocMeta.ZONE));
        Path clean = dir.resolve("assinado.pdf");
        Files.write(clean, signed);
        DssReport before = DssReport.validate(clean, certs).get(0);
        assertEquals(SignatureLevel.PAdES_BASELINE_B, before.format(), before.toString());
        assertEquals(Indication.TOTAL_PASSED, before.indication(), before.toString());

        ByteArrayOutputStream changed = new ByteArrayOutputStream();
        try (PDDocument doc = Loader.loadPDF(signed)) {
            doc.getDocumentInformation().setTitle("Ofício alterado depois de assinado");
            COSDictionary info = doc.getDocumentInformation().getCOSObject();
            info.setNeedToBeUpdated(true);
            doc.getDocument().getTrailer().setNeedToBeUpdated(true);
            doc.saveIncremental(changed);
        }
        Path altered = dir.resolve("alterado.pdf");
        Files.write(altered, changed.toByteArray());
        DssReport after = DssReport.validate(altered, certs).get(0);
        assertTrue(after.intact(), "a parte assinada continua íntegra");
        assertFalse(after.coversFile(), after.toString());
    }

    @Test
    void aPageWithoutRoomUnderTheSignatarioIsNotSigned() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, FontChoice.parse(face), true);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (String[] line : List.of(new String[] {"MARIA DA SILVA", "110"},
                        new String[] {"Secretária Municipal de Saúde", "96"})) {
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.newLineAtOffset(220, Float.parseFloat(line[1]));
                    cs.showText(line[0]);
                    cs.endText();
                }
            }
            doc.save(pdf);
        }
        SigningException e = assertThrows(SigningException.class, () -> new PadesSigner(face).sign(pdf.toByteArray(),
                maria, "Secretária Municipal de Saúde", null, ZonedDateTime.now(DocMeta.ZONE)));
        assertEquals("não há espaço na última página, abaixo de quem assina, para o bloco da assinatura; encurte o "
                + "texto do documento para que ele caiba", e.getMessage());
    }

    @Test
    void aKeyTheSignerCannotUseIsOnePortugueseSentence() throws Exception {
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("DSA");
        g.initialize(2048);
        SigningKey dsa = new SigningKey(g.generateKeyPair().getPrivate(), maria.chain());
        SigningException e = assertThrows(SigningException.class, () -> new PadesSigner(face).sign(oficio, dsa,
                "Secretária Municipal de Saúde", null, ZonedDateTime.now(DocMeta.ZONE)));
        assertEquals("o certificado tem uma chave DSA, que o assinar não sabe usar; os certificados A1 da ICP-Brasil "
                + "usam RSA", e.getMessage());
    }
}
