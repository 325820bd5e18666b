package br.esus.oficios.sign;

import org.bouncycastle.asn1.*;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.*;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.*;
import java.math.BigInteger;
import java.nio.file.*;
import java.security.*;
import java.security.cert.X509Certificate;
import java.time.*;
import java.util.*;

/**
 * A test PKI made at test time, so no private key is committed: a CA, e-CPF-like leaves (good, expired, not yet valid,
 * wrong key usage), PKCS#12 files, the CA as PEM and its empty CRL (for validators that want revocation data, such as
 * EU DSS). {@code main(DIR)} writes them all to a folder, to try the program from outside.
 */
public final class TestPki {
  public record Issued(KeyPair keys, X509Certificate cert) {}

  static final SecureRandom RND = new SecureRandom();

  public static KeyPair rsa(int bits) throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(bits, RND);
    return g.generateKeyPair();
  }

  public static Issued ca(String dn, Instant from, Instant to) throws Exception {
    KeyPair kp = rsa(2048);
    X500Name name = new X500Name(dn);
    JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
    X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, serial(), Date.from(from), Date.from(to), name, kp.getPublic())
        .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
        .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(kp.getPublic()));
    return new Issued(kp, sign(b, kp.getPrivate()));
  }

  /**
   * e-CPF-like leaf: CN "NOME:CPF", KU as given (e.g. digitalSignature|nonRepudiation), EKU clientAuth+emailProtection,
   * SAN otherName 2.16.76.1.3.1 (ICP-Brasil: data de nascimento ddmmaaaa + CPF + NIS + RG + órgão, as in DOC-ICP-04).
   */
  public static Issued leaf(Issued ca, String cn, String cpf, int keyUsage, Instant from, Instant to) throws Exception {
    KeyPair kp = rsa(2048);
    X500Name subject = new X500Name("C=BR, O=ICP-Brasil, OU=Teste, OU=Certificado PF A1, CN=" + cn + ":" + cpf)  /* DER order C..CN, as ICP-Brasil */;
    JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
    String oid31 = "01011980" + cpf + "00000000000" + "000000000000000" + "SSPBA"; // nasc + CPF + NIS + RG + órgão/UF
    GeneralNames san = new GeneralNames(new GeneralName[] {
        new GeneralName(GeneralName.otherName, new DERSequence(new ASN1Encodable[] {
            new ASN1ObjectIdentifier("2.16.76.1.3.1"), new DERTaggedObject(true, 0, new DEROctetString(oid31.getBytes("ISO-8859-1")))})),
        new GeneralName(GeneralName.rfc822Name, "maria@example.org")});
    X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(ca.cert(), serial(), Date.from(from), Date.from(to), subject, kp.getPublic())
        .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
        .addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(ca.cert()))
        .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(kp.getPublic()))
        .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(new KeyPurposeId[] {KeyPurposeId.id_kp_clientAuth, KeyPurposeId.id_kp_emailProtection}))
        .addExtension(Extension.subjectAlternativeName, false, san)
        // A1 policy OID of an ICP-Brasil AC (illustrative: DOC-ICP-04 gives 2.16.76.1.2.1.n for A1)
        .addExtension(Extension.certificatePolicies, false, new CertificatePolicies(new PolicyInformation(new ASN1ObjectIdentifier("2.16.76.1.2.1.999"))));
    if (keyUsage != 0) b.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
    return new Issued(kp, sign(b, ca.keys().getPrivate()));
  }

  static BigInteger serial() { return new BigInteger(64, RND).abs().add(BigInteger.ONE); }

  static X509Certificate sign(X509v3CertificateBuilder b, PrivateKey issuerKey) throws Exception {
    X509CertificateHolder h = b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey));
    return new JcaX509CertificateConverter().getCertificate(h);
  }

  /** PKCS#12 with the JDK KeyStore (Java 17: PBES2/AES-256 + HmacSHA256 by default); friendly name = alias. */
  public static void writeP12(Path file, String alias, Issued leaf, Issued ca, char[] pw) throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    ks.setKeyEntry(alias, leaf.keys().getPrivate(), pw, new java.security.cert.Certificate[] {leaf.cert(), ca.cert()});
    try (OutputStream o = Files.newOutputStream(file)) { ks.store(o, pw); }
  }

  public static void writePem(Path file, X509Certificate c) throws Exception {
    String b64 = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(c.getEncoded());
    Files.writeString(file, "-----BEGIN CERTIFICATE-----\n" + b64 + "\n-----END CERTIFICATE-----\n");
  }

  /** An empty CRL of the CA, valid for a week (for validators that require revocation data, e.g. DSS -> TOTAL_PASSED). */
  public static void writeCrl(Path file, Issued ca) throws Exception {
    Instant now = Instant.now();
    org.bouncycastle.cert.X509v2CRLBuilder crl = new org.bouncycastle.cert.X509v2CRLBuilder(
        X500Name.getInstance(ca.cert().getSubjectX500Principal().getEncoded()), Date.from(now.minusSeconds(60)));
    crl.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
    crl.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.ONE));
    crl.addExtension(Extension.authorityKeyIdentifier, false, new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca.cert()));
    Files.write(file, crl.build(new JcaContentSignerBuilder("SHA256withRSA").build(ca.keys().getPrivate())).getEncoded());
  }

  public static void main(String[] a) throws Exception {
    Path dir = Paths.get(a.length > 0 ? a[0] : "pki");
    Files.createDirectories(dir);
    char[] pw = "senha-teste".toCharArray();
    Instant now = Instant.now();
    Duration day = Duration.ofDays(1);
    Issued ca = ca("C=BR, O=Teste, CN=AC Teste gerar-oficios", now.minus(day.multipliedBy(3650)), now.plus(day.multipliedBy(3650)));
    int ds = KeyUsage.digitalSignature | KeyUsage.nonRepudiation;
    Issued ok = leaf(ca, "MARIA DA SILVA", "12345678900", ds, now.minus(day), now.plus(day.multipliedBy(365)));
    Issued expired = leaf(ca, "MARIA DA SILVA", "12345678900", ds, now.minus(day.multipliedBy(400)), now.minus(day.multipliedBy(35)));
    Issued future = leaf(ca, "MARIA DA SILVA", "12345678900", ds, now.plus(day.multipliedBy(10)), now.plus(day.multipliedBy(375)));
    Issued wrongKu = leaf(ca, "MARIA DA SILVA", "12345678900", KeyUsage.keyEncipherment, now.minus(day), now.plus(day.multipliedBy(365)));
    writeP12(dir.resolve("maria.p12"), "maria", ok, ca, pw);
    writeP12(dir.resolve("expirado.p12"), "maria", expired, ca, pw);
    writeP12(dir.resolve("futuro.p12"), "maria", future, ca, pw);
    writeP12(dir.resolve("uso-errado.p12"), "maria", wrongKu, ca, pw);
    writePem(dir.resolve("ac-teste.pem"), ca.cert());
    Files.writeString(dir.resolve("nao-e-p12.pfx"), "isto não é um PKCS#12\n");
    writeCrl(dir.resolve("ac-teste.crl"), ca);
    System.out.println("ok: " + ok.cert().getSubjectX500Principal() + " KU=" + Arrays.toString(ok.cert().getKeyUsage()));
  }
}
