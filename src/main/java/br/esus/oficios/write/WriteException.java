package br.esus.oficios.write;

/** A document could not be written in a format. The message is Portuguese and says what to do. */
public class WriteException extends Exception {
    private static final long serialVersionUID = 1L;

    public WriteException(String message) {
        super(message);
    }

    public WriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
