package br.esus.oficios.model;

import java.nio.file.Path;

/**
 * One problem found at a place in a file, printed as {@code arquivo.yaml:LINHA:COLUNA: campo: mensagem}.
 *
 * @param line 1-based; 0 when the problem concerns the whole file
 * @param column 1-based; 0 when unknown
 * @param field the dotted YAML path, e.g. {@code orgao_dominio.destinatario.tratamento}; empty for the whole file
 */
public record Problem(Severity severity, Path file, int line, int column, String field, String message)
        implements Diagnostic {

    public static Problem error(Path file, int line, int column, String field, String message) {
        return new Problem(Severity.ERROR, file, line, column, field, message);
    }

    public static Problem warning(Path file, int line, int column, String field, String message) {
        return new Problem(Severity.WARNING, file, line, column, field, message);
    }

    /** The same problem, naming its file as {@code file} (a path relative to where the user is, say). */
    public Problem inFile(Path file) {
        return new Problem(severity, file, line, column, field, message);
    }

    /**
     * The one-line form the user reads: on the terminal and in the checklist reports. Warnings say "aviso:" before
     * the message.
     */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "-" : file.toString());
        sb.append(':').append(Math.max(line, 1)).append(':').append(Math.max(column, 1)).append(": ");
        if (field != null && !field.isEmpty()) {
            sb.append(field).append(": ");
        }
        if (warning()) {
            sb.append("aviso: ");
        }
        sb.append(message);
        return sb.toString();
    }
}
