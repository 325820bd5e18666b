package br.esus.oficios.read;

/** {@code gerar-oficios novo} could not create the file; the message is one Portuguese line for the user. */
public final class NovoMunicipioException extends Exception {
    private static final long serialVersionUID = 1L;

    public NovoMunicipioException(String message) {
        super(message);
    }

    public NovoMunicipioException(String message, Throwable cause) {
        super(message, cause);
    }
}
