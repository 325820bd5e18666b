package br.esus.oficios.probe;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts a server whose chain leads to an authority of the JDK's trust store or to one of the certificates of
 * {@code --confianca}, and whose certificate is for the name asked (HTTPS endpoint identification, set on the socket).
 * Nothing is skipped: each step is the JDK's own PKIX check, done in two steps so a refusal can say why (the chain,
 * then the name) with a {@link ChainRefused}. Immutable, so safe across threads.
 */
final class CombinedTrust extends X509ExtendedTrustManager {
    private final List<X509ExtendedTrustManager> managers;

    private CombinedTrust(List<X509ExtendedTrustManager> managers) {
        this.managers = List.copyOf(managers);
    }

    /** The JDK's trust store, then {@code extraTrust} when there is any. */
    static CombinedTrust of(List<X509Certificate> extraTrust) {
        try {
            List<X509ExtendedTrustManager> managers = new ArrayList<>();
            managers.add(pkix(null));
            if (!extraTrust.isEmpty()) {
                KeyStore ks = KeyStore.getInstance("PKCS12");
                ks.load(null, null);
                int i = 0;
                for (X509Certificate c : extraTrust) {
                    ks.setCertificateEntry("confianca-" + i++, c);
                }
                managers.add(pkix(ks));
            }
            return new CombinedTrust(managers);
        } catch (GeneralSecurityException | IOException e) {
            // The JDK's own algorithms and an in-memory key store: not expected on a working Java.
            throw new IllegalStateException("não foi possível preparar a verificação de certificados", e);
        }
    }

    private static X509ExtendedTrustManager pkix(KeyStore ks) throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
        tmf.init(ks);
        for (TrustManager tm : tmf.getTrustManagers()) {
            if (tm instanceof X509ExtendedTrustManager x) {
                return x;
            }
        }
        throw new GeneralSecurityException("sem X509ExtendedTrustManager");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        X509ExtendedTrustManager trusted = trustedBy(chain, authType);
        try {
            trusted.checkServerTrusted(chain, authType, socket);
        } catch (CertificateException e) {
            throw new ChainRefused(ChainRefused.Kind.WRONG_NAME, chain, e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        X509ExtendedTrustManager trusted = trustedBy(chain, authType);
        try {
            trusted.checkServerTrusted(chain, authType, engine);
        } catch (CertificateException e) {
            throw new ChainRefused(ChainRefused.Kind.WRONG_NAME, chain, e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        trustedBy(chain, authType);
    }

    /** The first manager that trusts the chain, without looking at names; a {@link ChainRefused} when none does. */
    private X509ExtendedTrustManager trustedBy(X509Certificate[] chain, String authType) throws ChainRefused {
        List<CertificateException> refusals = new ArrayList<>();
        for (X509ExtendedTrustManager m : managers) {
            try {
                m.checkServerTrusted(chain, authType);
                return m;
            } catch (CertificateException e) {
                refusals.add(e);
            }
        }
        ChainRefused.Kind kind = ChainRefused.Kind.UNTRUSTED;
        for (CertificateException e : refusals) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CertificateExpiredException || t instanceof CertPathValidatorException v
                        && v.getReason() == CertPathValidatorException.BasicReason.EXPIRED) {
                    kind = ChainRefused.Kind.EXPIRED;
                } else if (kind == ChainRefused.Kind.UNTRUSTED && (t instanceof CertificateNotYetValidException
                        || t instanceof CertPathValidatorException v
                                && v.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID)) {
                    kind = ChainRefused.Kind.NOT_YET_VALID;
                }
            }
        }
        throw new ChainRefused(kind, chain, refusals.get(0));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("conferir não aceita clientes");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("conferir não aceita clientes");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("conferir não aceita clientes");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return managers.stream().flatMap(m -> List.of(m.getAcceptedIssuers()).stream())
                .toArray(X509Certificate[]::new);
    }
}
