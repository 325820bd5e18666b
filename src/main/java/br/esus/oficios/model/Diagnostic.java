package br.esus.oficios.model;

import java.nio.file.Path;

/**
 * Something a step of the flow has to tell the user about a municipality file: kept typed from the step that
 * finds it to the CLI, which alone turns it into a line and an exit code.
 *
 * <ul>
 * <li>{@link Problem}: at a place in a file (line, column, YAML field), found while reading it;</li>
 * <li>{@link DocumentProblem}: while making a municipality's documents or sending them (a document that did not
 * render or write, a file not written, a message not sent), about one document or the whole municipality.</li>
 * </ul>
 */
public sealed interface Diagnostic permits Problem, DocumentProblem {

    Severity severity();

    /** The municipality file (or configuration file) as the user named it; null when there is none. */
    Path file();

    /** The Portuguese sentence, without the file, the place and "aviso:". */
    String message();

    default boolean warning() {
        return severity() == Severity.WARNING;
    }
}
