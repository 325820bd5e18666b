package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.sign.TestPki;
import br.esus.oficios.sign.TestSigner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gerar-oficios verificar}: what it says about signed, changed, broken and unsigned files, and its exit code. */
class CliVerificarTest {
    static TestPki.Issued ca;
    static TestPki.Issued maria;
    static TestPki.Issued otherCa;
    static TestPki.Issued govBrCa;
    static TestPki.Issued govBrLeaf;
    static final Instant NOW = Instant.now();

    @TempDir
    Path cwd;
    Path folder;
    Path oficio;
    Path signed;

    @BeforeAll
    static void pki() throws Exception {
        Instant from = NOW.minus(Duration.ofDays(30));
        Instant to = NOW.plus(Duration.ofDays(365));
        ca = TestPki.ca("CN=AC Teste gerar-oficios, O=Teste, C=BR", from, to);
        maria = TestPki.leaf(ca, "MARIA DA SILVA", "12345678900", KeyUsage.digitalSignature | KeyUsage.nonRepudiation,
                from, to);
        otherCa = TestPki.ca("CN=Outra AC, O=Teste, C=BR", from, to);
        govBrCa = TestPki.ca("CN=AC Final do Governo Federal do Brasil v1, OU=AC Intermediaria do Governo Federal do "
                + "Brasil v1, O=Gov-Br, C=BR", from, to);
        govBrLeaf = TestSigner.nameOnlyLeaf(govBrCa, "JOANA DE SOUZA", from, to);
    }

    @BeforeEach
    void generate() throws Exception {
        CliRun.copyExamples(cwd);
        CliRun g = CliRun.run(cwd, "gerar", "municipios/ba-santo-amaro.yaml", "-d", "oficio-dominio", "-f", "pdf");
        assertEquals(0, g.exit(), g.toString());
        folder = cwd.resolve("output/ba-santo-amaro");
        oficio = folder.resolve("oficio-dominio.pdf");
        signed = folder.resolve("oficio-dominio-assinado.pdf");
        TestSigner.sign(oficio, signed, maria, ca, NOW);
    }

    private CliRun verificar(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "verificar";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.run(cwd, all);
    }

    @Test
    void aCleanSignatureOverTheCurrentOfícioIsValidAndSaysWhoWhenAndThatNoAnchorWasGiven() {
        CliRun r = verificar("output/ba-santo-amaro/oficio-dominio-assinado.pdf");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("output/ba-santo-amaro/oficio-dominio-assinado.pdf: assinado (1 assinatura)\n"
                + "  assinatura 1: MARIA DA SILVA, certificado emitido por AC Teste gerar-oficios\n"
                + "    quando: "), r.toString());
        assertTrue(r.out().contains("(horário de Brasília; declarado por quem assinou, no PDF, sem carimbo de "
                + "tempo)\n    certificado: válido na data da assinatura (validade de "), r.toString());
        assertTrue(r.out().contains("    integridade: íntegra; cobre o arquivo inteiro\n"
                + "    cadeia: não verificada: nenhuma âncora de confiança informada (--confianca PASTA)\n"
                + "    documento: o mesmo conteúdo de oficio-dominio.pdf desta pasta"), r.toString());
        assertTrue(r.out().endsWith("1 arquivo com assinatura válida.\n"), r.toString());
        assertEquals("aviso: nenhuma âncora de confiança informada (--confianca PASTA): as cadeias dos certificados "
                + "não foram conferidas\n", r.err());
    }

    @Test
    void theChainIsCheckedAgainstTheTrustFolder() throws Exception {
        Files.createDirectories(cwd.resolve("confianca"));
        TestPki.writePem(cwd.resolve("confianca/ac-teste.pem"), ca.cert());
        Files.write(cwd.resolve("confianca/outra.der"), otherCa.cert().getEncoded());
        CliRun r = verificar("--confianca", "confianca", "output/ba-santo-amaro/oficio-dominio-assinado.pdf");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("    cadeia: confiável (até AC Teste gerar-oficios)\n"), r.toString());
        assertEquals("", r.err());

        Files.delete(cwd.resolve("confianca/ac-teste.pem"));
        CliRun untrusted = verificar("--confianca", "confianca", "output/ba-santo-amaro/oficio-dominio-assinado.pdf");
        assertEquals(1, untrusted.exit(), untrusted.toString());
        assertTrue(untrusted.out().contains("assinatura INVÁLIDA (1 assinatura)"), untrusted.toString());
        assertTrue(untrusted.out().contains("    cadeia: NÃO confiável: nenhuma cadeia até os certificados de "
                + "confianca válida na data da assinatura\n"), untrusted.toString());
    }

    @Test
    void aChangeAfterSigningIsReported() throws Exception {
        TestSigner.changeAfterSigning(signed, folder.resolve("alterado.pdf"));
        CliRun r = verificar("output/ba-santo-amaro/alterado.pdf");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().startsWith("output/ba-santo-amaro/alterado.pdf: ALTERADO DEPOIS DE ASSINAR (1 "
                + "assinatura)\n"), r.toString());
        assertTrue(r.out().contains("    integridade: ALTERADO DEPOIS DE ASSINAR: o arquivo tem mudanças depois desta "
                + "assinatura que nenhuma assinatura cobre\n"), r.toString());
        assertTrue(r.out().contains("    documento: a versão assinada tinha o mesmo conteúdo de oficio-dominio.pdf desta "
                + "pasta"), r.toString());
        assertTrue(r.out().endsWith("1 de 1 arquivo sem assinatura válida.\n"), r.toString());
    }

    @Test
    void aSecondSignatureCoversTheFirstOnesRevision() throws Exception {
        Path twice = folder.resolve("duas.pdf");
        TestSigner.sign(signed, twice, govBrLeaf, govBrCa, NOW.plusSeconds(60));
        CliRun r = verificar("output/ba-santo-amaro/duas.pdf");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("  assinatura 1 de 2: MARIA DA SILVA"), r.toString());
        assertTrue(r.out().contains("    integridade: íntegra; o que veio depois está coberto por uma assinatura "
                + "posterior\n"), r.toString());
        assertTrue(r.out().contains("  assinatura 2 de 2: JOANA DE SOUZA, certificado emitido por AC Final do Governo "
                + "Federal do Brasil v1 (assinador GOV.BR: assinatura eletrônica avançada, não ICP-Brasil)\n"),
                r.toString());
    }

    @Test
    void aFlippedByteBreaksTheDigest() throws Exception {
        TestSigner.flipByte(signed, folder.resolve("trocado.pdf"));
        CliRun r = verificar("output/ba-santo-amaro/trocado.pdf");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains("trocado.pdf: assinatura INVÁLIDA (1 assinatura)"), r.toString());
        assertTrue(r.out().contains("    integridade: NÃO confere: o resumo (hash) não confere: o arquivo foi alterado "
                + "dentro da parte assinada\n"), r.toString());
        assertTrue(r.out().contains("    documento: não comparado: a parte assinada não confere\n"), r.toString());
    }

    @Test
    void aCertificateOutsideItsValidityAtTheClaimedTimeFails() throws Exception {
        TestSigner.sign(oficio, folder.resolve("depois.pdf"), maria, ca, NOW.plus(Duration.ofDays(400)));
        CliRun r = verificar("output/ba-santo-amaro/depois.pdf");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains("    certificado: NÃO era válido na data da assinatura (validade de "), r.toString());
    }

    @Test
    void anUnsupportedSubFilterIsSaidAsSuchAndTheOlderAcrobatFormIsRead() throws Exception {
        TestSigner.sign(oficio, folder.resolve("sha1.pdf"), maria.keys().getPrivate(),
                java.util.List.of(maria.cert(), ca.cert()), NOW, "adbe.pkcs7.sha1");
        CliRun r = verificar("output/ba-santo-amaro/sha1.pdf");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().startsWith("output/ba-santo-amaro/sha1.pdf: assinatura em formato não suportado (1 "
                + "assinatura)\n  assinatura 1: formato de assinatura não suportado (/SubFilter adbe.pkcs7.sha1); não "
                + "foi verificada\n"), r.toString());

        TestSigner.sign(oficio, folder.resolve("acrobat.pdf"), maria.keys().getPrivate(),
                java.util.List.of(maria.cert(), ca.cert()), NOW, "adbe.pkcs7.detached");
        CliRun acrobat = verificar("output/ba-santo-amaro/acrobat.pdf");
        assertEquals(0, acrobat.exit(), acrobat.toString());
    }

    @Test
    void theSignedOfícioStaysPdfA2aAndUa1() throws Exception {
        assertEquals("", br.esus.oficios.write.pdf.VeraPdf.failures(Files.readAllBytes(signed)),
                "o XMP com o resumo do conteúdo continua válido depois da assinatura");
    }

    @Test
    void unsignedAndNonPdfFilesFail() throws Exception {
        Files.writeString(cwd.resolve("nota.pdf"), "não sou PDF");
        CliRun r = verificar("output/ba-santo-amaro/oficio-dominio.pdf", "nota.pdf",
                "output/ba-santo-amaro/oficio-dominio-assinado.pdf");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().startsWith("output/ba-santo-amaro/oficio-dominio.pdf: sem assinatura digital\n"
                + "nota.pdf: ilegível: não é um PDF\n"), r.toString());
        assertTrue(r.out().endsWith("2 de 3 arquivos sem assinatura válida.\n"), r.toString());
    }

    @Test
    void aSignatureOverAnOlderOfícioIsOutdated() throws Exception {
        Path yaml = cwd.resolve("municipios/ba-santo-amaro.yaml");
        String text = Files.readString(yaml);
        Files.writeString(yaml, text.replaceFirst("numero: 12", "numero: 13"));
        assertFalse(text.equals(Files.readString(yaml)), "o exemplo mudou: ajuste o número do ofício");
        assertEquals(0, CliRun.run(cwd, "gerar", "municipios/ba-santo-amaro.yaml", "-d", "oficio-dominio", "-f",
                "pdf").exit());
        CliRun r = verificar("output/ba-santo-amaro/oficio-dominio-assinado.pdf");
        assertEquals(0, r.exit(), "a assinatura continua íntegra: " + r);
        assertTrue(r.out().contains("    documento: DESATUALIZADO: não é o conteúdo atual de oficio-dominio.pdf desta "
                + "pasta (o documento mudou depois de assinado)\n"), r.toString());
    }

    @Test
    void usageErrors() throws Exception {
        assertEquals(2, verificar().exit());
        CliRun noFolder = verificar("--confianca", "nao-existe", "output/ba-santo-amaro/oficio-dominio-assinado.pdf");
        assertEquals(2, noFolder.exit(), noFolder.toString());
        assertTrue(noFolder.err().contains("--confianca nao-existe: pasta não encontrada"), noFolder.toString());
        Files.createDirectories(cwd.resolve("vazia"));
        CliRun empty = verificar("--confianca", "vazia", "output/ba-santo-amaro/oficio-dominio-assinado.pdf");
        assertEquals(2, empty.exit(), empty.toString());
        assertTrue(empty.err().contains("--confianca vazia: nenhum certificado (.pem, .crt, .cer ou .der) na pasta"),
                empty.toString());
    }
}
