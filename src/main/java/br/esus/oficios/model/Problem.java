package br.esus.oficios.model;

import java.nio.file.Path;

/**
 * One problem found in a file, printed as {@code arquivo.yaml:LINHA:COLUNA: campo: mensagem}.
 *
 * @param line 1-based; 0 when the problem concerns the whole file
 * @param column 1-based; 0 when unknown
 * @param campo the dotted YAML path, e.g. {@code orgao_dominio.destinatario.tratamento}; empty for the whole file
 * @param warning a warning is printed but does not make the file invalid
 */
public record Problem(Path file, int line, int column, String campo, String mensagem, boolean warning) {

    public static Problem error(Path file, int line, int column, String campo, String mensagem) {
        return new Problem(file, line, column, campo, mensagem, false);
    }

    public static Problem warning(Path file, int line, int column, String campo, String mensagem) {
        return new Problem(file, line, column, campo, mensagem, true);
    }

    /** The one-line form the user sees. Warnings say "aviso:" before the message. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "-" : file.toString());
        sb.append(':').append(Math.max(line, 1)).append(':').append(Math.max(column, 1)).append(": ");
        if (campo != null && !campo.isEmpty()) {
            sb.append(campo).append(": ");
        }
        if (warning) {
            sb.append("aviso: ");
        }
        sb.append(mensagem);
        return sb.toString();
    }
}
