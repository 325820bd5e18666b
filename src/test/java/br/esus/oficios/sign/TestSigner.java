package br.esus.oficios.sign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * A test-only PAdES B-B signer: the production CMS ({@link CmsSignature}) in an invisible signature, with any
 * certificate and SubFilter a test needs (a GOV.BR-like issuer, adbe.pkcs7.detached), so the reading side is tested
 * on real signatures. Also
 * makes the two kinds of tampering: an incremental change after signing, and one byte flipped inside the signed range.
 */
public final class TestSigner {
    private TestSigner() {
    }

    /** Signs {@code in} into {@code out} with {@code leaf} (chain: leaf, ca), claiming {@code when} as /M. */
    public static void sign(Path in, Path out, TestPki.Issued leaf, TestPki.Issued ca, Instant when)
            throws Exception {
        sign(in, out, leaf.keys().getPrivate(), List.of(leaf.cert(), ca.cert()), when,
                PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName());
    }

    public static void sign(Path in, Path out, PrivateKey key, List<X509Certificate> chain, Instant when,
            String subFilter) throws Exception {
        byte[] source = Files.readAllBytes(in);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (PDDocument doc = Loader.loadPDF(source)) {
            int n = doc.getSignatureDictionaries().size() + 1;
            Calendar cal = GregorianCalendar.from(when.atZone(TimeZone.getTimeZone("America/Sao_Paulo").toZoneId()));
            PDSignature sig = new PDSignature();
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(org.apache.pdfbox.cos.COSName.getPDFName(subFilter));
            sig.setName(CertificateNames.holder(chain.get(0).getSubjectX500Principal()));
            sig.setSignDate(cal);
            try (SignatureOptions opts = new SignatureOptions()) {
                opts.setPreferredSignatureSize(16384);
                doc.addSignature(sig, opts);
                for (PDField f : doc.getDocumentCatalog().getAcroForm(null).getFieldTree()) {
                    if (f instanceof PDSignatureField s && s.getSignature() != null
                            && s.getSignature().getCOSObject() == sig.getCOSObject()) {
                        s.setPartialName("Assinatura" + n);
                    }
                }
                ExternalSigningSupport ext = doc.saveIncrementalForExternalSigning(buf);
                ext.setSignature(cms(ext.getContent(), key, chain));
            }
        }
        Files.write(out, buf.toByteArray());
    }

    /** The production CMS (CmsSignature), so what the tests read is what {@code assinar} writes. */
    static byte[] cms(InputStream content, PrivateKey key, List<X509Certificate> chain) throws Exception {
        return CmsSignature.sign(content.readAllBytes(), new SigningKey(key, chain), SignaturePolicy.AD_RB_V1_3);
    }

    /**
     * A leaf like the GOV.BR signer's: CN with the name alone (no ":CPF"), issued by {@code ca} (give it the GOV.BR
     * issuer's name, "CN=AC Final do Governo Federal do Brasil v1, OU=AC Intermediaria do Governo Federal do Brasil
     * v1, O=Gov-Br, C=BR").
     */
    public static TestPki.Issued nameOnlyLeaf(TestPki.Issued ca, String name, Instant from, Instant to)
            throws Exception {
        java.security.KeyPair kp = TestPki.rsa(2048);
        var b = new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(ca.cert(), TestPki.serial(),
                java.util.Date.from(from), java.util.Date.from(to), new X500Name("C=BR, O=Gov-Br, CN=" + name),
                kp.getPublic())
                .addExtension(org.bouncycastle.asn1.x509.Extension.basicConstraints, true,
                        new org.bouncycastle.asn1.x509.BasicConstraints(false))
                .addExtension(org.bouncycastle.asn1.x509.Extension.keyUsage, true,
                        new org.bouncycastle.asn1.x509.KeyUsage(org.bouncycastle.asn1.x509.KeyUsage.digitalSignature
                                | org.bouncycastle.asn1.x509.KeyUsage.nonRepudiation));
        return new TestPki.Issued(kp, TestPki.sign(b, ca.keys().getPrivate()));
    }

    /** An incremental update after signing that draws "ALTERADO" on page 1 (the research's Tamper). */
    public static void changeAfterSigning(Path in, Path out) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (PDDocument d = Loader.loadPDF(Files.readAllBytes(in))) {
            PDPage p = d.getPage(0);
            try (PDPageContentStream cs = new PDPageContentStream(d, p, PDPageContentStream.AppendMode.APPEND,
                    true)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 20);
                cs.newLineAtOffset(100, 400);
                cs.showText("ALTERADO");
                cs.endText();
            }
            p.getCOSObject().setNeedToBeUpdated(true);
            d.saveIncremental(buf);
        }
        Files.write(out, buf.toByteArray());
    }

    /** A copy with one byte changed inside the first signed range (in the Info dictionary's /Producer). */
    public static void flipByte(Path in, Path out) throws IOException {
        byte[] b = Files.readAllBytes(in);
        int i = new String(b, StandardCharsets.ISO_8859_1).indexOf("/Producer");
        b[i + 12] ^= 0x01;
        Files.write(out, b);
    }
}
