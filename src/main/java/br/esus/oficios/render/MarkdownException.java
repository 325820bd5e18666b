package br.esus.oficios.render;

/** The Markdown a template produced cannot become a document (a template mistake). Message in Portuguese. */
public class MarkdownException extends Exception {
    private static final long serialVersionUID = 1L;

    public MarkdownException(String message) {
        super(message);
    }
}
