package br.esus.oficios.cli;

import br.esus.oficios.model.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The warnings of a batch, so that thousands of municipalities with the same warning (the same PEC version out of
 * the table, the same secret not set) do not print it thousands of times. A warning, told apart by its text after
 * the file and place ({@link DiagnosticLines#text}), prints as always in the first file that has it, where it can be
 * read in place; in the next ones it is only counted, and {@link #summary()} gives one line for it with the number
 * of files. So a warning is said once, with its count.
 * Errors always print, one per file: each one has to be fixed in its file. One instance per batch.
 */
final class RepeatedWarnings {
    private final Map<String, Seen> seen = new LinkedHashMap<>();

    /** How many files had a warning, and the last one (a file that says it twice counts once). */
    private static final class Seen {
        int files;
        Object lastFile;
    }

    /** The lines to print for one file's diagnostics, in order. */
    List<String> lines(List<? extends Diagnostic> diagnostics) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (!d.warning()) {
                out.add(DiagnosticLines.line(d));
                continue;
            }
            Seen s = seen.computeIfAbsent(DiagnosticLines.text(d), k -> new Seen());
            if (s.files == 0 || !Objects.equals(s.lastFile, d.file())) {
                s.files++;
                s.lastFile = d.file();
            }
            if (s.files == 1) {
                out.add(DiagnosticLines.line(d));
            }
        }
        return out;
    }

    /**
     * One line for each warning that was only counted in some files, at the end of the batch, like
     * {@code instalacao.versao_pec: aviso: ... (em 5.570 arquivos; o primeiro está acima)}.
     */
    List<String> summary() {
        List<String> out = new ArrayList<>();
        seen.forEach((text, s) -> {
            if (s.files > 1) {
                out.add(text + " (em " + Thousands.of(s.files) + " arquivos; o primeiro está acima)");
            }
        });
        return out;
    }
}
