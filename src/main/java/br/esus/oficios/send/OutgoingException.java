package br.esus.oficios.send;

/** A message cannot be built: missing address, missing file. The message is one Portuguese line. */
public final class OutgoingException extends Exception {
    private static final long serialVersionUID = 1L;

    public OutgoingException(String message) {
        super(message);
    }
}
