package br.esus.oficios.send;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A certificate authority made for the tests with the JDK's {@code keytool}, like the internal authority of a
 * municipality's own mail server, and server certificates it signs. Nothing here is trusted by the JDK.
 */
final class TestAuthority {
    private static final String SENHA = "senha-do-teste";

    /** The authority's certificate, PEM. */
    final Path caPem;
    private final Path caStore;
    private final Path dir;

    private TestAuthority(Path dir, String name) throws IOException, InterruptedException {
        this.dir = dir;
        this.caStore = dir.resolve(name + ".p12");
        this.caPem = dir.resolve(name + ".pem");
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "3",
                "-dname", "CN=" + name + ", O=Prefeitura de Teste, C=BR", "-ext", "bc:c", "-ext", "ku:c=keyCertSign,cRLSign",
                "-keystore", caStore.toString(), "-storetype", "PKCS12", "-storepass", SENHA);
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", caStore.toString(), "-storepass", SENHA,
                "-file", caPem.toString());
    }

    /** A new authority in {@code dir} (its files are named after {@code name}). */
    static TestAuthority create(Path dir, String name) throws IOException, InterruptedException {
        return new TestAuthority(dir, name);
    }

    /**
     * A server key and certificate signed by this authority, for the names in {@code san} (keytool's syntax, e.g.
     * {@code ip:127.0.0.1,dns:localhost}), ready to serve TLS.
     */
    SSLContext server(String alias, String san) throws Exception {
        Path store = dir.resolve(alias + ".p12");
        Path csr = dir.resolve(alias + ".csr");
        Path crt = dir.resolve(alias + ".pem");
        keytool("-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=" + alias, "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", SENHA);
        keytool("-certreq", "-alias", alias, "-keystore", store.toString(), "-storepass", SENHA, "-file",
                csr.toString());
        keytool("-gencert", "-rfc", "-alias", "ca", "-keystore", caStore.toString(), "-storepass", SENHA,
                "-infile", csr.toString(), "-outfile", crt.toString(), "-validity", "2", "-ext", "san=" + san,
                "-ext", "eku=serverAuth");
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, SENHA.toCharArray());
        }
        // The key with the chain the authority signed: the server's certificate, then the authority's.
        CertificateFactory cf = CertificateFactory.getInstance("X.509");
        Certificate[] chain = new Certificate[2];
        try (InputStream in = Files.newInputStream(crt)) {
            chain[0] = cf.generateCertificate(in);
        }
        try (InputStream in = Files.newInputStream(caPem)) {
            chain[1] = cf.generateCertificate(in);
        }
        ks.setKeyEntry(alias, ks.getKey(alias, SENHA.toCharArray()), SENHA.toCharArray(), chain);
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, SENHA.toCharArray());
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        cmd.addAll(List.of("-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keytool falhou: " + String.join(" ", cmd) + "\n" + out);
        }
    }
}
