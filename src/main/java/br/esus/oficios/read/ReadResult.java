package br.esus.oficios.read;

import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * What reading one municipality file gave: the validated municipality, or null when any problem is an error.
 * Warnings may come with a valid municipality.
 */
public record ReadResult(Path file, Municipio municipio, List<Problem> problems) {
    public ReadResult {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return municipio != null && problems.stream().noneMatch(p -> !p.warning());
    }

    public List<Problem> errors() {
        return problems.stream().filter(p -> !p.warning()).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(Problem::warning).toList();
    }
}
