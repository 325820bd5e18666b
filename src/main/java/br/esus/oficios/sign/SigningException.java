package br.esus.oficios.sign;

/** A document that cannot be signed as it is; the message is one Portuguese sentence for the user. */
public final class SigningException extends Exception {
    private static final long serialVersionUID = 1L;

    public SigningException(String message) {
        super(message);
    }
}
