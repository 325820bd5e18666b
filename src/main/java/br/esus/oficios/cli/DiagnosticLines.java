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
        DocumentProblem p = (DocumentProblem) d;
        StringBuilder sb = new StringBuilder();
        sb.append(p.file() == null ? "-" : p.file().toString()).append(": ");
        if (p.document() != null) {
            sb.append(p.document()).append(": ");
        }
        if (p.warning()) {
            sb.append("aviso: ");
        }
        return sb.append(p.message()).toString();
    }

    static void print(PrintStream err, List<? extends Diagnostic> diagnostics) {
        diagnostics.forEach(d -> err.println(line(d)));
    }
}
