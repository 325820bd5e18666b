package br.esus.oficios.sign;

/**
 * A certificate that would make a bad signature, or that cannot be read: the message is one Portuguese sentence for
 * the user, and nothing is signed with it.
 */
public final class CertificateRefusal extends Exception {
    private static final long serialVersionUID = 1L;

    public CertificateRefusal(String message) {
        super(message);
    }
}
