package br.esus.oficios.cli;

import br.esus.oficios.model.Diagnostic;
import br.esus.oficios.model.DocumentProblem;
import br.esus.oficios.model.Problem;
import java.io.PrintStream;
import java.util.List;

/**
 * How the CLI prints a {@link Diagnostic}: one line each on stderr. A {@link Problem} as
 * {@code arquivo.yaml:LINHA:COLUNA: campo: [aviso: ]mensagem} ({@link Problem#format()}, the form the checklist
 * reports also show); a {@link DocumentProblem} as {@code arquivo.yaml: [documento: ][aviso: ]mensagem}.
 */
final class DiagnosticLines {
    private DiagnosticLines() {
    }

    static String line(Diagnostic d) {
        if (d instanceof Problem p) {
            return p.format();
        }
        return where(d) + ": " + text(d);
    }

    /** Where the line points: the file, and its line and column for a {@link Problem}. */
    static String where(Diagnostic d) {
        if (d instanceof Problem p) {
            String line = p.format();
            return line.substring(0, line.length() - text(d).length() - 2);
        }
        return d.file() == null ? "-" : d.file().toString();
    }

    /**
     * The line without {@link #where}: {@code campo: [aviso: ]mensagem} or {@code [documento: ][aviso: ]mensagem},
     * the same for the same warning in any file.
     */
    static String text(Diagnostic d) {
        StringBuilder sb = new StringBuilder();
        if (d instanceof Problem p) {
            if (p.field() != null && !p.field().isEmpty()) {
                sb.append(p.field()).append(": ");
            }
        } else if (((DocumentProblem) d).document() != null) {
            sb.append(((DocumentProblem) d).document()).append(": ");
        }
        if (d.warning()) {
            sb.append("aviso: ");
        }
        return sb.append(d.message()).toString();
    }

    static void print(PrintStream err, List<? extends Diagnostic> diagnostics) {
        diagnostics.forEach(d -> err.println(line(d)));
    }
}
