package br.esus.oficios.sign;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
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
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A test-only PAdES B-B signer (invisible signature, incremental save, detached DER CMS without signing-time, with
 * signing-certificate-v2), from the research's Sign.java, so the reading side can be tested on real signatures. Also
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

    static byte[] cms(InputStream content, PrivateKey key, List<X509Certificate> chain) throws Exception {
        X509Certificate cert = chain.get(0);
        byte[] certHash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
                X500Name.getInstance(cert.getIssuerX500Principal().getEncoded()))), cert.getSerialNumber());
        ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), certHash,
                issuerSerial);
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new org.bouncycastle.asn1.cms.Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
        CMSAttributeTableGenerator signedGen = new DefaultSignedAttributeTableGenerator(new AttributeTable(v)) {
            @Override
            @SuppressWarnings("rawtypes")
            public AttributeTable getAttributes(Map params) {
                return super.getAttributes(params).remove(CMSAttributes.signingTime);
            }
        };
        CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
        gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .setSignedAttributeGenerator(signedGen).build(new JcaContentSignerBuilder("SHA256withRSA").build(key),
                        cert));
        gen.addCertificates(new JcaCertStore(chain));
        return gen.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded(ASN1Encoding.DER);
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
