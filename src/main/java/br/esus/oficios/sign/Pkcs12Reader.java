package br.esus.oficios.sign;

import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.model.BrazilianDate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * Reads an A1 certificate (PKCS#12, {@code .pfx}/{@code .p12}) and refuses what would make a bad signature: a file
 * that is not PKCS#12, a wrong password, a certificate expired or not yet valid, or one whose key usage has neither
 * digital signature nor non-repudiation. The password is never part of a message.
 */
public final class Pkcs12Reader {

    private Pkcs12Reader() {
    }

    /**
     * @param shown the file as the user named it, for messages
     * @param password cleared before returning
     * @param now when the signature is made: the certificate must be valid then
     */
    public static SigningKey read(Path file, String shown, char[] password, Instant now) throws CertificateRefusal {
        try {
            KeyStore ks = load(file, shown, password);
            return check(entry(ks, shown, password), shown, now);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static KeyStore load(Path file, String shown, char[] password) throws CertificateRefusal {
        if (!Files.isRegularFile(file)) {
            throw new CertificateRefusal("certificado " + shown + " não encontrado"
                    + (Files.isDirectory(file) ? " (é uma pasta)" : "") + "; confira o caminho do arquivo .pfx");
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            return ks;
        } catch (IOException e) {
            // The JDK says "wrong password" with an UnrecoverableKeyException as the cause; any other reading
            // failure means the bytes are not a PKCS#12 file.
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new CertificateRefusal("senha do certificado " + shown + " incorreta");
            }
            throw new CertificateRefusal(shown + " não é um certificado A1 (arquivo PKCS#12 .pfx ou .p12)");
        } catch (GeneralSecurityException e) {
            throw new CertificateRefusal(shown + " não é um certificado A1 (arquivo PKCS#12 .pfx ou .p12)");
        }
    }

    private static SigningKey entry(KeyStore ks, String shown, char[] password) throws CertificateRefusal {
        try {
            for (String alias : Collections.list(ks.aliases())) {
                if (!ks.isKeyEntry(alias)) {
                    continue;
                }
                Key key = ks.getKey(alias, password);
                Certificate[] chain = ks.getCertificateChain(alias);
                if (key instanceof PrivateKey pk && chain != null && chain.length > 0
                        && chain[0] instanceof X509Certificate) {
                    List<X509Certificate> certs = new ArrayList<>();
                    for (Certificate c : chain) {
                        certs.add((X509Certificate) c);
                    }
                    return new SigningKey(pk, certs);
                }
            }
        } catch (UnrecoverableKeyException e) {
            throw new CertificateRefusal("senha do certificado " + shown + " incorreta");
        } catch (GeneralSecurityException e) {
            throw new CertificateRefusal("não foi possível ler a chave do certificado " + shown);
        }
        throw new CertificateRefusal(shown + " não tem chave privada com certificado: é preciso o arquivo .pfx do "
                + "certificado A1, não só o certificado público");
    }

    private static SigningKey check(SigningKey k, String shown, Instant now) throws CertificateRefusal {
        X509Certificate c = k.certificate();
        Date at = Date.from(now);
        if (at.after(c.getNotAfter())) {
            throw new CertificateRefusal("certificado " + shown + " vencido em "
                    + BrazilianDate.dateTime(c.getNotAfter().toInstant().atZone(DocMeta.ZONE)) + "; assine com um certificado válido");
        }
        if (at.before(c.getNotBefore())) {
            throw new CertificateRefusal("certificado " + shown + " ainda não é válido: vale a partir de "
                    + BrazilianDate.dateTime(c.getNotBefore().toInstant().atZone(DocMeta.ZONE)) + "; confira o relógio desta máquina");
        }
        boolean[] usage = c.getKeyUsage(); // null: no key usage extension, so no restriction
        if (usage != null && !(usage[0] || usage.length > 1 && usage[1])) {
            throw new CertificateRefusal("o certificado " + shown + " não serve para assinar: o uso da chave não "
                    + "inclui assinatura digital nem não repúdio");
        }
        return k;
    }
}
