package br.esus.oficios.sign;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Map;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.esf.OtherHashAlgAndValue;
import org.bouncycastle.asn1.esf.SigPolicyQualifierInfo;
import org.bouncycastle.asn1.esf.SigPolicyQualifiers;
import org.bouncycastle.asn1.esf.SignaturePolicyId;
import org.bouncycastle.asn1.esf.SignaturePolicyIdentifier;
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
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.encoders.Hex;

/**
 * The CMS of a PAdES baseline B-B signature (ETSI EN 319 142-1): SignedData, detached, SHA-256, DER, with the
 * signing-certificate-v2 attribute and the signature policy, and without signing-time (PAdES puts the claimed time
 * in the signature dictionary's /M; ITI's validator refuses a PAdES signature with signing-time).
 */
final class CmsSignature {
    private CmsSignature() {
    }

    static byte[] sign(byte[] signedBytes, SigningKey key, SignaturePolicy policy) throws IOException, SigningException {
        String keyType = key.key().getAlgorithm();
        String algorithm = switch (keyType) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> throw new SigningException("o certificado tem uma chave " + keyType + ", que o assinar não sabe "
                    + "usar; os certificados A1 da ICP-Brasil usam RSA");
        };
        try {
            X509Certificate cert = key.certificate();
            ASN1EncodableVector attrs = new ASN1EncodableVector();
            attrs.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId(cert)}))));
            attrs.add(new Attribute(PKCSObjectIdentifiers.id_aa_ets_sigPolicyId, new DERSet(policy(policy))));
            CMSAttributeTableGenerator signed = new DefaultSignedAttributeTableGenerator(new AttributeTable(attrs)) {
                @Override
                @SuppressWarnings("rawtypes")
                public AttributeTable getAttributes(Map params) {
                    return super.getAttributes(params).remove(CMSAttributes.signingTime);
                }
            };
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(signed)
                    .build(new JcaContentSignerBuilder(algorithm).build(key.key()), cert));
            gen.addCertificates(new JcaCertStore(key.chain()));
            return gen.generate(new CMSProcessableByteArray(signedBytes), false).getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            // The library's words stay out of the message (--debug shows the cause through the caller).
            SigningException s = new SigningException("não foi possível calcular a assinatura com a chave do "
                    + "certificado; confira se o arquivo .pfx não está danificado");
            s.initCause(e);
            throw s;
        }
    }

    /** ESSCertIDv2 with SHA-256 given as an AlgorithmIdentifier without NULL parameters (RFC 5754). */
    private static ESSCertIDv2 certId(X509Certificate cert) throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
        IssuerSerial issuer = new IssuerSerial(new GeneralNames(new GeneralName(
                X500Name.getInstance(cert.getIssuerX500Principal().getEncoded()))), cert.getSerialNumber());
        return new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuer);
    }

    private static SignaturePolicyIdentifier policy(SignaturePolicy p) {
        SigPolicyQualifierInfo uri = new SigPolicyQualifierInfo(PKCSObjectIdentifiers.id_spq_ets_uri,
                new DERIA5String(p.uri()));
        return new SignaturePolicyIdentifier(new SignaturePolicyId(new ASN1ObjectIdentifier(p.oid()),
                new OtherHashAlgAndValue(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                        new DEROctetString(Hex.decode(p.sha256Hex()))),
                new SigPolicyQualifiers(new SigPolicyQualifierInfo[] {uri})));
    }
}
