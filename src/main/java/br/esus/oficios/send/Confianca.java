package br.esus.oficios.send;

import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.sign.CertificateFiles;
import br.esus.oficios.sign.CertificateNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * {@code smtp.confianca}: certificates to trust for the SMTP server besides the JDK's, for a municipal mail server
 * whose certificate comes from an internal authority. The connection stays verified: the server's chain must lead to
 * one of these certificates or to one of the JDK's authorities, and its name must match {@code smtp.servidor}.
 *
 * @param origem the file or folder as the user wrote it (for messages)
 * @param certificados at least one
 */
public record Confianca(String origem, List<X509Certificate> certificados) {
    private static final long MAX_BYTES = 1024 * 1024;
    private static final DateTimeFormatter DATA = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(DocMeta.ZONE);

    public Confianca {
        certificados = List.copyOf(certificados);
        if (certificados.isEmpty()) {
            throw new IllegalArgumentException("nenhum certificado");
        }
    }

    /** A certificate file or folder cannot be used; the message is Portuguese and says how to fix it. */
    public static final class Problema extends Exception {
        private static final long serialVersionUID = 1L;

        Problema(String mensagem) {
            super(mensagem);
        }
    }

    /**
     * Reads the certificates of a PEM or DER file (a PEM file may hold several), or of every {@code .pem},
     * {@code .crt}, {@code .cer} and {@code .der} file of a folder.
     *
     * @param shown {@code path} as messages name it (relative to the working directory, say)
     * @param agora certificates that expired before this instant are refused
     */
    public static Confianca ler(Path path, Path shown, Instant agora) throws Problema {
        List<X509Certificate> out = new ArrayList<>();
        if (Files.isDirectory(path)) {
            List<Path> files;
            try {
                files = CertificateFiles.inFolder(path);
            } catch (IOException e) {
                throw new Problema("não foi possível ler a pasta " + shown + " ("
                        + br.esus.oficios.output.IoMessages.readReason(e) + ")");
            }
            if (files.isEmpty()) {
                throw new Problema("a pasta " + shown + " não tem nenhum certificado (arquivos .pem, .crt, .cer ou "
                        + ".der); ponha nela o certificado da autoridade que emitiu o do servidor de e-mail");
            }
            for (Path f : files) {
                out.addAll(arquivo(f, shown.resolve(f.getFileName()), agora));
            }
        } else if (Files.isRegularFile(path)) {
            out.addAll(arquivo(path, shown, agora));
        } else {
            throw new Problema("arquivo ou pasta não encontrado: " + shown + "; o caminho é relativo à pasta do "
                    + "arquivo de configuração");
        }
        return new Confianca(shown.toString(), out);
    }

    /** @param f the file to read; {@code shown}, the same as messages name it */
    private static List<X509Certificate> arquivo(Path path, Path f, Instant agora) throws Problema {
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new Problema(f + " é grande demais para um certificado (mais de 1 MiB); confira o arquivo");
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new Problema("não foi possível ler " + f + " (" + br.esus.oficios.output.IoMessages.readReason(e)
                    + ")");
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (text.contains("PRIVATE KEY-----")) {
            throw new Problema(f + " tem uma chave privada: smtp.confianca leva só o certificado público da "
                    + "autoridade (.crt ou .pem), nunca uma chave; tire a chave deste arquivo e guarde-a em lugar "
                    + "seguro");
        }
        List<X509Certificate> out = CertificateFiles.parse(bytes);
        if (out.isEmpty()) {
            throw new Problema(f + " não é um certificado PEM (-----BEGIN CERTIFICATE-----) nem DER; peça a quem "
                    + "administra o servidor de e-mail o certificado da autoridade que emitiu o dele");
        }
        for (X509Certificate x : out) {
            if (x.getNotAfter().toInstant().isBefore(agora)) {
                throw new Problema("o certificado \"" + nome(x) + "\" de " + f + " venceu em "
                        + DATA.format(x.getNotAfter().toInstant()) + "; peça o atual a quem administra o servidor de "
                        + "e-mail");
            }
        }
        return out;
    }

    /** The certificate's common name, or its whole subject. */
    static String nome(X509Certificate x) {
        return CertificateNames.commonName(x.getSubjectX500Principal());
    }

    /**
     * A socket factory that trusts the JDK's authorities and these certificates, and nothing else. Names are still
     * checked by Jakarta Mail ({@code mail.smtp.ssl.checkserveridentity}).
     */
    public SSLSocketFactory socketFactory() {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            TrustManagerFactory jdk = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            jdk.init((KeyStore) null);
            int i = 0;
            for (TrustManager tm : jdk.getTrustManagers()) {
                if (tm instanceof X509TrustManager x) {
                    for (X509Certificate c : x.getAcceptedIssuers()) {
                        ks.setCertificateEntry("jdk-" + i++, c);
                    }
                }
            }
            for (X509Certificate c : certificados) {
                ks.setCertificateEntry("confianca-" + i++, c);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(ks);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx.getSocketFactory();
        } catch (GeneralSecurityException | IOException e) {
            // The JDK's own algorithms and an in-memory key store: not expected on a working Java.
            throw new IllegalStateException("não foi possível preparar o TLS com smtp.confianca: " + e.getMessage(), e);
        }
    }
}
