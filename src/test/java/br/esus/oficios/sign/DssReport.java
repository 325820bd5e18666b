package br.esus.oficios.sign;

import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the EU DSS library, an independent validator, says of each signature of a PDF, offline, with the test CA as
 * trust anchor and its CRL as revocation data.
 *
 * @param coversFile the byte range ends at the end of the file
 * @param policy the signature policy's OID, or null
 */
public record DssReport(SignatureLevel format, Indication indication, boolean intact, boolean byteRangeValid,
        boolean coversFile, boolean modificationsDetected, String subFilter, String policy, String signedBy,
        List<String> errors) {

    public static List<DssReport> validate(Path pdf, TestCertificates certs) throws Exception {
        SignedDocumentValidator v = SignedDocumentValidator.fromDocument(new FileDocument(pdf.toFile()));
        CommonCertificateVerifier cv = new CommonCertificateVerifier();
        cv.setAIASource(null);
        cv.setOcspSource(null);
        cv.setCrlSource(new ExternalResourcesCRLSource(new FileDocument(certs.crl().toFile())));
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(DSSUtils.loadCertificate(certs.caPem().toFile()));
        cv.setTrustedCertSources(trusted);
        v.setCertificateVerifier(cv);
        Reports r = v.validateDocument();
        SimpleReport sr = r.getSimpleReport();
        DiagnosticData dd = r.getDiagnosticData();
        long length = Files.size(pdf);
        return sr.getSignatureIdList().stream().map(id -> {
            SignatureWrapper sw = dd.getSignatureById(id);
            PDFRevisionWrapper rev = sw.getPDFRevision();
            List<BigInteger> br = rev.getSignatureByteRange();
            return new DssReport(sr.getSignatureFormat(id), sr.getIndication(id), sw.isSignatureIntact(),
                    rev.isSignatureByteRangeValid(), br.get(2).longValue() + br.get(3).longValue() == length,
                    rev.arePdfModificationsDetected(), rev.getSubFilter(), sw.getPolicyId(), sr.getSignedBy(id),
                    sr.getAdESValidationErrors(id).stream().map(m -> m.getKey() + ": " + m.getValue()).toList());
        }).toList();
    }
}
