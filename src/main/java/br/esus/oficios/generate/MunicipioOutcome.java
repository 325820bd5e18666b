package br.esus.oficios.generate;

import br.esus.oficios.model.DocumentProblem;
import br.esus.oficios.model.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * What happened to one municipality file.
 *
 * @param folder the output folder, or null when the file was invalid
 * @param written the files written, in order
 * @param problems the file's problems (errors and warnings)
 * @param failures one per document that could not be rendered, and at most one for the files that could not be
 *        written
 * @param warnings the documents' warnings (e.g. a secret not set in the environment)
 * @param diskStop the output disk is full (or read-only): nothing more can be written there, so the batch stops; the
 *        first municipality to find it says so in {@code failures}, the batch counts the others as not generated
 */
public record MunicipioOutcome(Path file, Path folder, List<Path> written, List<Problem> problems,
        List<DocumentProblem> failures, List<DocumentProblem> warnings, boolean diskStop) {
    public MunicipioOutcome {
        written = List.copyOf(written);
        problems = List.copyOf(problems);
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
    }

    public MunicipioOutcome(Path file, Path folder, List<Path> written, List<Problem> problems,
            List<DocumentProblem> failures, List<DocumentProblem> warnings) {
        this(file, folder, written, problems, failures, warnings, false);
    }

    public boolean invalid() {
        return folder == null;
    }

    public boolean ok() {
        return folder != null && failures.isEmpty() && !diskStop;
    }
}
