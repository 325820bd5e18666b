package br.esus.oficios.render;

/**
 * A template could not be rendered. The message is one line in Portuguese, ready for the user:
 * {@code templates/x.md.ftl:LINHA:COLUNA: problema}.
 */
public class RenderException extends Exception {
    private static final long serialVersionUID = 1L;

    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
