package br.esus.oficios.probe;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Server certificates made at test time (EC P-256, fast to make): an authority and the certificates it issues for
 * a name, valid, expired or for another name, and self-signed ones. Nothing here is trusted by the JDK: the tests
 * trust the authority (or a self-signed certificate) through {@link ProbeSettings#extraTrust()}, as {@code --confianca}
 * does.
 */
public final class TestServerCerts {
    private static final SecureRandom RND = new SecureRandom();
    private static final Duration DAY = Duration.ofDays(1);

    /** A certificate with its key and the chain the server sends (the certificate first). */
    public record ServerCert(PrivateKey key, X509Certificate[] chain) {
        public X509Certificate certificate() {
            return chain[0];
        }

        /** A TLS context for a test server that presents this chain. */
        public SSLContext serverContext() throws Exception {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            char[] pw = "teste".toCharArray();
            ks.setKeyEntry("servidor", key, pw, chain);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, pw);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), null, null);
            return ctx;
        }
    }

    private final KeyPair caKeys;
    private final X509Certificate ca;

    private TestServerCerts(KeyPair caKeys, X509Certificate ca) {
        this.caKeys = caKeys;
        this.ca = ca;
    }

    /** A new authority named {@code cn}, valid from ten years ago to ten years from now. */
    public static TestServerCerts authority(String cn) throws Exception {
        KeyPair kp = ec();
        Instant now = Instant.now();
        X500Name name = new X500Name("C=BR, O=Teste, CN=" + cn);
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, serial(),
                Date.from(now.minus(DAY.multipliedBy(3650))), Date.from(now.plus(DAY.multipliedBy(3650))), name,
                kp.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        return new TestServerCerts(kp, sign(b, kp.getPrivate()));
    }

    /** The authority's certificate, to trust. */
    public X509Certificate authorityCertificate() {
        return ca;
    }

    /** A certificate for {@code dnsName} issued by this authority, valid from {@code from} to {@code to}. */
    public ServerCert issue(String dnsName, Instant from, Instant to) throws Exception {
        KeyPair kp = ec();
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(ca, serial(), Date.from(from), Date.from(to),
                new X500Name("CN=" + dnsName), kp.getPublic());
        server(b, dnsName);
        return new ServerCert(kp.getPrivate(), new X509Certificate[] {sign(b, caKeys.getPrivate()), ca});
    }

    /** A certificate for {@code dnsName} valid from yesterday for {@code days} days. */
    public ServerCert issue(String dnsName, int days) throws Exception {
        Instant now = Instant.now();
        return issue(dnsName, now.minus(DAY), now.plus(DAY.multipliedBy(days)));
    }

    /** A self-signed certificate for {@code dnsName}, valid from yesterday for a year. */
    public static ServerCert selfSigned(String dnsName) throws Exception {
        KeyPair kp = ec();
        Instant now = Instant.now();
        X500Name name = new X500Name("CN=" + dnsName);
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, serial(), Date.from(now.minus(DAY)),
                Date.from(now.plus(DAY.multipliedBy(365))), name, kp.getPublic());
        server(b, dnsName);
        return new ServerCert(kp.getPrivate(), new X509Certificate[] {sign(b, kp.getPrivate())});
    }

    private static void server(X509v3CertificateBuilder b, String dnsName) throws Exception {
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                .addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(new GeneralName(GeneralName.dNSName, dnsName)));
    }

    private static KeyPair ec() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"), RND);
        return g.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(64, RND).add(BigInteger.ONE);
    }

    private static X509Certificate sign(X509v3CertificateBuilder b, PrivateKey key) throws Exception {
        return new JcaX509CertificateConverter()
                .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key)));
    }
}
