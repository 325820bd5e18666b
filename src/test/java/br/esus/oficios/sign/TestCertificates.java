package br.esus.oficios.sign;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * The certificate files the signing tests use, made at test time by {@link TestPki} in a folder: a good e-CPF-like
 * A1 of MARIA DA SILVA, one of the Santo Amaro example's signatária, the refused ones (expired, not yet valid, key
 * usage for encryption only, a text file), the CA as PEM and its empty CRL. All PKCS#12 files share one password.
 */
public record TestCertificates(Path maria, Path ana, Path expired, Path future, Path wrongUsage, Path notPkcs12,
        Path caPem, Path crl) {

    public static final String PASSWORD = "s3nh@-de-teste-Xq7";

    public static TestCertificates make(Path dir) throws Exception {
        Files.createDirectories(dir);
        Instant now = Instant.now();
        Duration day = Duration.ofDays(1);
        TestPki.Issued ca = TestPki.ca("C=BR, O=Teste, CN=AC Teste gerar-oficios", now.minus(day.multipliedBy(3650)),
                now.plus(day.multipliedBy(3650)));
        int sign = KeyUsage.digitalSignature | KeyUsage.nonRepudiation;
        char[] pw = PASSWORD.toCharArray();
        TestCertificates t = new TestCertificates(dir.resolve("maria.pfx"), dir.resolve("ana.p12"),
                dir.resolve("vencido.pfx"), dir.resolve("futuro.pfx"), dir.resolve("uso-errado.pfx"),
                dir.resolve("nao-e-pkcs12.pfx"), dir.resolve("ac-teste.pem"), dir.resolve("ac-teste.crl"));
        TestPki.writeP12(t.maria(), "maria", TestPki.leaf(ca, "MARIA DA SILVA", "12345678900", sign, now.minus(day),
                now.plus(day.multipliedBy(365))), ca, pw);
        TestPki.writeP12(t.ana(), "ana", TestPki.leaf(ca, "ANA BEATRIZ CONCEICAO LIMA", "98765432100", sign,
                now.minus(day), now.plus(day.multipliedBy(365))), ca, pw);
        TestPki.writeP12(t.expired(), "maria", TestPki.leaf(ca, "MARIA DA SILVA", "12345678900", sign,
                now.minus(day.multipliedBy(400)), now.minus(day.multipliedBy(35))), ca, pw);
        TestPki.writeP12(t.future(), "maria", TestPki.leaf(ca, "MARIA DA SILVA", "12345678900", sign,
                now.plus(day.multipliedBy(10)), now.plus(day.multipliedBy(375))), ca, pw);
        TestPki.writeP12(t.wrongUsage(), "maria", TestPki.leaf(ca, "MARIA DA SILVA", "12345678900",
                KeyUsage.keyEncipherment, now.minus(day), now.plus(day.multipliedBy(365))), ca, pw);
        Files.writeString(t.notPkcs12(), "isto não é um PKCS#12\n");
        TestPki.writePem(t.caPem(), ca.cert());
        TestPki.writeCrl(t.crl(), ca);
        return t;
    }
}
