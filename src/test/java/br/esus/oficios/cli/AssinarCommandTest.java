package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.sign.DssReport;
import br.esus.oficios.sign.TestCertificates;
import br.esus.oficios.write.pdf.VeraPdf;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code gerar-oficios assinar} as a coordinator runs it, with certificates of a test CA made at test time. */
class AssinarCommandTest {
    static final String SENHA = TestCertificates.PASSWORD;
    static final Map<String, String> ENV = Map.of("GERAR_OFICIOS_CERTIFICADO_SENHA", SENHA);

    @TempDir
    static Path pki;
    static TestCertificates certs;

    @TempDir
    Path cwd;

    @BeforeAll
    static void makeCertificates() throws Exception {
        certs = TestCertificates.make(pki);
    }

    @Test
    void signsTheOficioOfBothExamplesAsValidatorsWantIt() throws Exception {
        CliRun.copyExamples(cwd);
        CliRun r = CliRun.run(cwd, ENV, "assinar", "--certificado", certs.maria().toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("output/ba-santo-amaro/oficio-dominio-assinado.pdf: assinado por MARIA DA SILVA\n"),
                r.toString());
        assertTrue(r.out().contains("output/se-itabaiana/oficio-dominio-assinado.pdf: assinado por MARIA DA SILVA\n"),
                r.toString());
        assertTrue(r.out().endsWith("2 municípios: 2 documentos assinados.\n"), r.toString());
        assertPasswordNeverShown(r);
        for (String folder : List.of("ba-santo-amaro", "se-itabaiana")) {
            Path unsigned = cwd.resolve("output").resolve(folder).resolve("oficio-dominio.pdf");
            Path signed = cwd.resolve("output").resolve(folder).resolve("oficio-dominio-assinado.pdf");
            byte[] before = Files.readAllBytes(unsigned);
            byte[] after = Files.readAllBytes(signed);
            // An incremental save: the signed file starts with the unsigned one, which stays.
            assertArrayEquals(before, Arrays.copyOf(after, before.length), folder);
            assertEquals("", VeraPdf.failures(after), folder + ": PDF/A-2a e PDF/UA-1 depois de assinar");

            List<DssReport> dss = DssReport.validate(signed, certs);
            assertEquals(1, dss.size(), folder);
            DssReport d = dss.get(0);
            assertEquals(SignatureLevel.PAdES_BASELINE_B, d.format(), d.toString());
            assertEquals(Indication.TOTAL_PASSED, d.indication(), d.toString());
            assertTrue(d.intact() && d.byteRangeValid() && d.coversFile(), d.toString());
            assertFalse(d.modificationsDetected(), d.toString());
            assertEquals("ETSI.CAdES.detached", d.subFilter());
            assertEquals("2.16.76.1.7.1.11.1.3", d.policy());

            try (PDDocument doc = Loader.loadPDF(after)) {
                assertEquals(1, doc.getNumberOfPages(), folder + ": o ofício continua numa página");
                PDSignature s = doc.getLastSignatureDictionary();
                assertNull(s.getReason(), "com política de assinatura, PAdES B-B não leva /Reason");
                assertNotNull(s.getSignDate());
                PDSignatureField field = (PDSignatureField) doc.getDocumentCatalog().getAcroForm().getFields().get(0);
                assertEquals("Assinatura1", field.getPartialName());
                assertTrue(field.getAlternateFieldName().matches("Assinatura digital de MARIA DA SILVA, certificado "
                        + "emitido por AC Teste gerar-oficios, em \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d \\(horário de "
                        + "Brasília\\)\\. Verifique em https://validar\\.iti\\.gov\\.br\\."),
                        field.getAlternateFieldName());
            }
        }
        // The certificate is not of the signatário of either example: a warning each, not a refusal.
        assertTrue(r.err().contains("municipios/ba-santo-amaro.yaml: aviso: o certificado é de MARIA DA SILVA, mas "
                + "quem assina (signatario.nome) é Ana Beatriz Conceição Lima; confira se é o certificado certo"),
                r.toString());
        assertTrue(r.err().contains("municipios/se-itabaiana.yaml: aviso: o certificado é de MARIA DA SILVA"),
                r.toString());
    }

    @Test
    void eachMunicipioNamesItsCertificateAndPasswordVariableInTheYaml() throws Exception {
        CliRun.copyExamples(cwd);
        Path yaml = cwd.resolve("municipios/ba-santo-amaro.yaml");
        Files.createDirectories(cwd.resolve("municipios/certificados"));
        Files.copy(certs.ana(), cwd.resolve("municipios/certificados/ana.p12"));
        Files.writeString(yaml, Files.readString(yaml).replace("  cargo: Secretária Municipal de Saúde\n",
                "  cargo: Secretária Municipal de Saúde\n  certificado: certificados/ana.p12\n"
                        + "  certificado_senha_env: SENHA_SANTO_AMARO\n"));
        CliRun r = CliRun.run(cwd, Map.of("SENHA_SANTO_AMARO", SENHA), "assinar", "municipios/ba-santo-amaro.yaml");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("output/ba-santo-amaro/: 1 arquivo\n"
                + "output/ba-santo-amaro/oficio-dominio-assinado.pdf: assinado por ANA BEATRIZ CONCEICAO LIMA\n"
                + "1 município: 1 documento assinado.\n", r.out());
        assertEquals("", r.err(), "o titular é a signatária (sem acento no certificado): nenhum aviso");
        assertPasswordNeverShown(r);

        // The ofício is generated again before every signing, as enviar does: the same bytes when nothing changed,
        // the new text when the YAML did (even a YAML whose time says it is older than the PDF).
        Path unsigned = cwd.resolve("output/ba-santo-amaro/oficio-dominio.pdf");
        byte[] before = Files.readAllBytes(unsigned);
        CliRun again = CliRun.run(cwd, Map.of("SENHA_SANTO_AMARO", SENHA), "assinar", "municipios/ba-santo-amaro.yaml");
        assertEquals(0, again.exit(), again.toString());
        assertArrayEquals(before, Files.readAllBytes(unsigned), "gerado de novo, os mesmos bytes");
        Files.writeString(yaml, Files.readString(yaml).replace("numero: 12", "numero: 13"));
        Files.setLastModifiedTime(yaml, FileTime.from(Instant.now().minusSeconds(3600)));
        CliRun changed = CliRun.run(cwd, Map.of("SENHA_SANTO_AMARO", SENHA), "assinar",
                "municipios/ba-santo-amaro.yaml");
        assertEquals(0, changed.exit(), changed.toString());
        try (PDDocument signed = Loader.loadPDF(cwd.resolve("output/ba-santo-amaro/oficio-dominio-assinado.pdf")
                .toFile())) {
            assertTrue(new PDFTextStripper().getText(signed).contains("Nº 13/2026"), "o assinado é o ofício novo");
        }

        // The file's own certificate is named as the user reaches it from the working folder.
        CliRun wrong = CliRun.run(cwd, Map.of("SENHA_SANTO_AMARO", "outra-senha"), "assinar",
                "municipios/ba-santo-amaro.yaml");
        assertEquals("municipios/ba-santo-amaro.yaml: senha do certificado municipios/certificados/ana.p12 incorreta; "
                + "nada foi assinado\n", wrong.err());
        assertEquals(1, wrong.exit());
    }

    @Test
    void aCopyOfAnotherFilesMunicipioIsRefusedAsGerarRefusesIt() throws Exception {
        CliRun.copyExamples(cwd);
        Files.copy(cwd.resolve("municipios/ba-santo-amaro.yaml"), cwd.resolve("municipios/zz-copia.yaml"));
        CliRun gerar = CliRun.run(cwd, "gerar", "municipios");
        CliRun r = CliRun.run(cwd, ENV, "assinar", "--certificado", certs.maria().toString(), "municipios");
        assertEquals(1, r.exit(), r.toString());
        String refusal = gerar.err().lines().filter(l -> l.startsWith("municipios/zz-copia.yaml")).findFirst()
                .orElseThrow(() -> new AssertionError("gerar recusa a cópia: " + gerar));
        assertTrue(r.err().contains(refusal), "a mesma recusa do gerar: " + r);
        assertEquals(2, r.out().lines().filter(l -> l.contains("-assinado.pdf: assinado por")).count(), r.toString());
    }

    @Test
    void otherDocumentsWithDashD() throws Exception {
        CliRun.copyExamples(cwd);
        CliRun r = CliRun.run(cwd, ENV, "assinar", "--certificado", certs.maria().toString(), "-d",
                "ticket-prescricao,pop,checklist", "municipios/se-itabaiana.yaml");
        assertEquals(0, r.exit(), r.toString());
        // The POP's last page has the signatário's cargo in its approvals table, with text below it: the block
        // goes under the last line, not under the table.
        for (String name : List.of("ticket-prescricao-assinado.pdf", "pop-assinado.pdf", "checklist-assinado.pdf")) {
            Path signed = cwd.resolve("output/se-itabaiana").resolve(name);
            assertEquals("", VeraPdf.failures(Files.readAllBytes(signed)), name);
            DssReport d = DssReport.validate(signed, certs).get(0);
            assertEquals(Indication.TOTAL_PASSED, d.indication(), d.toString());
        }
        assertFalse(Files.exists(cwd.resolve("output/se-itabaiana/oficio-dominio-assinado.pdf")));

        CliRun usage = CliRun.run(cwd, ENV, "assinar", "--certificado", certs.maria().toString(), "-d", "scripts");
        assertEquals(2, usage.exit(), usage.toString());
        assertTrue(usage.err().contains("o documento scripts não é um PDF e não é assinado"), usage.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "vencido.pfx      | s3nh@-de-teste-Xq7 | certificado {} vencido em ",
        "futuro.pfx       | s3nh@-de-teste-Xq7 | certificado {} ainda não é válido: vale a partir de ",
        "uso-errado.pfx   | s3nh@-de-teste-Xq7 | o certificado {} não serve para assinar: o uso da chave não inclui assinatura digital nem não repúdio",
        "maria.pfx        | senha-errada-123   | senha do certificado {} incorreta",
        "nao-e-pkcs12.pfx | s3nh@-de-teste-Xq7 | {} não é um certificado A1 (arquivo PKCS#12 .pfx ou .p12)",
    })
    void refusesWhatWouldMakeABadSignatureAndWritesNothing(String file, String password, String message)
            throws Exception {
        CliRun.copyExamples(cwd);
        Path cert = pki.resolve(file);
        CliRun r = CliRun.run(cwd, Map.of("GERAR_OFICIOS_CERTIFICADO_SENHA", password), "assinar", "--certificado",
                cert.toString(), "municipios/ba-santo-amaro.yaml");
        assertEquals(1, r.exit(), r.toString());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.toString());
        assertTrue(lines.get(0).startsWith("municipios/ba-santo-amaro.yaml: " + message.replace("{}", cert.toString())),
                r.toString());
        assertTrue(lines.get(0).endsWith("; nada foi assinado"), r.toString());
        assertEquals("1 município: 0 documentos assinados; 1 com documentos não assinados.\n", r.out());
        assertFalse(Files.exists(cwd.resolve("output")), "nada é gravado para o município recusado");
        assertFalse(r.out().contains(password) || r.err().contains(password), "a senha nunca aparece");
    }

    @Test
    void anInvalidFileIsSaidAndTheOthersAreSigned() throws Exception {
        CliRun.copyExamples(cwd);
        Path yaml = cwd.resolve("municipios/se-itabaiana.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("  cargo: Secretário Municipal de Saúde\n",
                "  cargo: Secretário Municipal de Saúde\n  certificado_senha_env: senha do certificado\n"));
        CliRun r = CliRun.run(cwd, ENV, "assinar", "--certificado", certs.maria().toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("municipios/se-itabaiana.yaml:29:26: signatario.certificado_senha_env: nome de "
                + "variável de ambiente inválido"), r.toString());
        assertTrue(r.out().endsWith("2 municípios: 1 documento assinado; 1 com documentos não assinados.\n"),
                r.toString());
        assertTrue(Files.exists(cwd.resolve("output/ba-santo-amaro/oficio-dominio-assinado.pdf")));
        assertFalse(Files.exists(cwd.resolve("output/se-itabaiana")));
    }

    @Test
    void withoutThePasswordVariableNothingIsSigned() throws Exception {
        CliRun.copyExamples(cwd);
        CliRun r = CliRun.run(cwd, Map.of(), "assinar", "--certificado", certs.maria().toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("municipios/ba-santo-amaro.yaml: a senha do certificado " + certs.maria()
                + " vai na variável de ambiente GERAR_OFICIOS_CERTIFICADO_SENHA, que não está definida; nada foi "
                + "assinado"), r.toString());
        assertFalse(Files.exists(cwd.resolve("output")));

        CliRun none = CliRun.run(cwd, ENV, "assinar", "municipios/se-itabaiana.yaml");
        assertEquals(1, none.exit(), none.toString());
        assertTrue(none.err().contains("nenhum certificado para assinar: informe --certificado ARQ.pfx ou "
                + "signatario.certificado no arquivo do município"), none.toString());
    }

    private static void assertPasswordNeverShown(CliRun r) {
        assertFalse(r.out().contains(SENHA) || r.err().contains(SENHA), "a senha nunca aparece");
    }
}
