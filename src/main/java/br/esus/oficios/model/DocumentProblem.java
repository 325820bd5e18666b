package br.esus.oficios.model;

import java.nio.file.Path;

/**
 * A problem of one municipality met after reading its file: a document that could not be rendered or written, a
 * warning of a writer about a document, files that could not be saved, a document not sent.
 *
 * @param file the municipality file, as the user named it
 * @param document the document id ({@code oficio-dominio}, {@code pop}...); null when it concerns the whole
 *        municipality (its folder, its files, an unexpected failure)
 */
public record DocumentProblem(Severity severity, Path file, String document, String message) implements Diagnostic {

    public static DocumentProblem error(Path file, String document, String message) {
        return new DocumentProblem(Severity.ERROR, file, document, message);
    }

    public static DocumentProblem warning(Path file, String document, String message) {
        return new DocumentProblem(Severity.WARNING, file, document, message);
    }
}
