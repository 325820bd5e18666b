package br.esus.oficios.sign;

import br.esus.oficios.doc.ContentHash;
import br.esus.oficios.output.IoMessages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.security.auth.x500.X500Principal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.CMSVerifierCertificateNotValidException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Reads the signatures of a PDF back, offline: for each one, whether its byte range is sound and covers the file
 * (or a later signature covers what came after), whether the CMS verifies over the signed bytes, who signed, with a
 * certificate from whom, valid when, and the gerar-oficios content hash ({@link ContentHash}) in the XMP of the
 * revision it signed (the file's first bytes, up to the end of its byte range). With trust anchors, the chain too.
 */
public final class SignatureReader {
    /** The SubFilters of a detached CMS over the byte range: PAdES and the older Acrobat form. */
    static final Set<String> SUPPORTED = Set.of("ETSI.CAdES.detached", "adbe.pkcs7.detached");
    /** The GOV.BR signer's issuing CA (C=BR, O=Gov-Br, OU=AC Intermediaria do Governo Federal do Brasil v1). */
    static final String GOV_BR_ISSUER = "AC Final do Governo Federal do Brasil";

    private static final Pattern XMP_HASH = Pattern.compile(":" + ContentHash.XMP_PROPERTY
            + "(?:>\\s*|\\s*=\\s*[\"'])([0-9a-fA-F]{64})");
    private static final Pattern XMP_DOCUMENT = Pattern.compile(ContentHash.XMP_PREFIX + ":"
            + ContentHash.XMP_DOCUMENT + "(?:>\\s*|\\s*=\\s*[\"'])([a-z0-9-]+)");

    private final TrustAnchors anchors;

    public SignatureReader(TrustAnchors anchors) {
        this.anchors = anchors;
    }

    /** Never throws: a file that cannot be read comes back with {@link SignedPdf#unreadable}. */
    public SignedPdf read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new SignedPdf(file, "arquivo não encontrado", List.of());
        } catch (IOException e) {
            return new SignedPdf(file, Files.isDirectory(file) ? "é uma pasta, não um arquivo"
                    : "não foi possível ler o arquivo: " + IoMessages.readReason(e), List.of());
        }
        if (bytes.length < 5 || !new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return new SignedPdf(file, "não é um PDF", List.of());
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            List<PDSignature> sigs = new ArrayList<>(doc.getSignatureDictionaries());
            sigs.sort(Comparator.comparingLong(SignatureReader::end));
            List<SignatureCheck> checks = new ArrayList<>();
            for (PDSignature s : sigs) {
                checks.add(check(s, bytes, sigs));
            }
            return new SignedPdf(file, null, checks);
        } catch (IOException | RuntimeException e) {
            return new SignedPdf(file, "PDF danificado ou ilegível", List.of());
        }
    }

    private SignatureCheck check(PDSignature s, byte[] file, List<PDSignature> all) {
        String subFilter = s.getSubFilter();
        if (subFilter == null || !SUPPORTED.contains(subFilter)) {
            return new SignatureCheck(subFilter, false, null, null, false, null, false, false, null, null, false,
                    false, false, false, null, null, null);
        }
        int[] br = byteRange(s);
        long end = end(s);
        boolean shape = br != null && br[0] == 0 && br[1] > 0 && br[2] > br[1] && br[3] >= 0 && end <= file.length
                && file[br[1]] == '<' && file[br[2] - 1] == '>';
        boolean covers = shape && end == file.length;
        boolean laterCovered = shape && !covers && all.stream().anyMatch(o -> o != s && end(o) == file.length
                && end(o) > end && SUPPORTED.contains(o.getSubFilter()));
        Date claimed = date(s.getSignDate());
        if (!shape) {
            return new SignatureCheck(subFilter, true, null, null, false, instant(claimed), false, false, null, null,
                    false, false, false, false, "o intervalo de bytes assinado (/ByteRange) está malformado", null,
                    null);
        }
        XmpIds hash = xmpIds(Arrays.copyOf(file, (int) end));
        CMSSignedData cms;
        SignerInformation si;
        X509Certificate cert;
        List<X509Certificate> carried = new ArrayList<>();
        try {
            byte[] contents = s.getContents();
            byte[] signed = s.getSignedContent(file);
            // A stream, not the byte[] constructor: BouncyCastle 1.85+ rejects the placeholder's zero padding there.
            cms = new CMSSignedData(new CMSProcessableByteArray(signed), new ByteArrayInputStream(contents));
            si = cms.getSignerInfos().getSigners().iterator().next();
            JcaX509CertificateConverter conv = new JcaX509CertificateConverter();
            @SuppressWarnings("unchecked")
            var matches = cms.getCertificates().getMatches(si.getSID());
            if (matches.isEmpty()) {
                return failed(subFilter, claimed, covers, laterCovered, hash,
                        "a assinatura não traz o certificado de quem assinou");
            }
            cert = conv.getCertificate((X509CertificateHolder) matches.iterator().next());
            for (Object o : cms.getCertificates().getMatches(null)) {
                carried.add(conv.getCertificate((X509CertificateHolder) o));
            }
        } catch (IOException | CMSException | CertificateException | RuntimeException e) {
            return failed(subFilter, claimed, covers, laterCovered, hash, "o conteúdo da assinatura (CMS) não pôde "
                    + "ser lido");
        }
        Date cmsTime = signingTime(si);
        Date when = cmsTime != null ? cmsTime : claimed;
        boolean validThen = when != null && !when.before(cert.getNotBefore()) && !when.after(cert.getNotAfter());
        boolean ok;
        String problem = null;
        try {
            ok = si.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
            if (!ok) {
                problem = "o valor da assinatura não confere com o certificado";
            }
        } catch (CMSSignerDigestMismatchException e) {
            ok = false;
            problem = "o resumo (hash) não confere: o arquivo foi alterado dentro da parte assinada";
        } catch (CMSVerifierCertificateNotValidException e) {
            ok = false;
            problem = "o certificado não era válido na data declarada pela assinatura";
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            ok = false;
            problem = "a assinatura não confere";
        }
        X500Principal issuer = cert.getIssuerX500Principal();
        String issuerCn = CertificateNames.commonName(issuer);
        boolean govBr = issuerCn.startsWith(GOV_BR_ISSUER);
        TrustAnchors.Chain chain = anchors.given() ? anchors.chain(cert, carried, when) : null;
        return new SignatureCheck(subFilter, true, CertificateNames.holder(cert.getSubjectX500Principal()), issuerCn,
                govBr, instant(when), cmsTime != null, validThen, cert.getNotBefore().toInstant(),
                cert.getNotAfter().toInstant(), true, covers, laterCovered, ok, problem, hash, chain);
    }

    private static SignatureCheck failed(String subFilter, Date claimed, boolean covers, boolean laterCovered,
            XmpIds hash, String problem) {
        return new SignatureCheck(subFilter, true, null, null, false, instant(claimed), false, false, null, null,
                true, covers, laterCovered, false, problem, hash, null);
    }

    /** The content hash and document id in the XMP of a revision ({@link XmpIds#NONE} when it has none). */
    static XmpIds xmpIds(byte[] revision) {
        try (PDDocument rev = Loader.loadPDF(revision)) {
            PDMetadata m = rev.getDocumentCatalog().getMetadata();
            if (m == null) {
                return XmpIds.NONE;
            }
            String xmp = new String(m.toByteArray(), StandardCharsets.UTF_8);
            Matcher h = XMP_HASH.matcher(xmp);
            Matcher d = XMP_DOCUMENT.matcher(xmp);
            return new XmpIds(h.find() ? h.group(1).toLowerCase(java.util.Locale.ROOT) : null,
                    d.find() ? d.group(1) : null);
        } catch (IOException | RuntimeException e) {
            return XmpIds.NONE;
        }
    }

    /**
     * What gerar-oficios wrote in a PDF's XMP.
     *
     * @param contentSha256 {@link ContentHash}, or null
     * @param documento e.g. {@code oficio-dominio}, or null
     */
    public record XmpIds(String contentSha256, String documento) {
        static final XmpIds NONE = new XmpIds(null, null);
    }

    private static Date signingTime(SignerInformation si) {
        AttributeTable at = si.getSignedAttributes();
        Attribute a = at == null ? null : at.get(CMSAttributes.signingTime);
        if (a == null || a.getAttrValues().size() == 0) {
            return null;
        }
        try {
            return Time.getInstance(a.getAttrValues().getObjectAt(0)).getDate();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int[] byteRange(PDSignature s) {
        int[] br = s.getByteRange();
        return br != null && br.length == 4 ? br : null;
    }

    private static long end(PDSignature s) {
        int[] br = byteRange(s);
        return br == null ? -1 : (long) br[2] + br[3];
    }

    private static Date date(Calendar c) {
        return c == null ? null : c.getTime();
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }
}
