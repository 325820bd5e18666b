package br.esus.oficios.generate;

import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.Problem;
import java.util.List;

/**
 * A check a caller adds between reading a municipality file and rendering its documents ({@code enviar} refuses the
 * example addresses there): a file it finds errors in is refused like an invalid one, and nothing of it is made.
 */
@FunctionalInterface
public interface Precheck {
    /** No check beyond the file's own. */
    Precheck NONE = (input, municipio) -> List.of();

    /** The errors that refuse {@code municipio} (read from {@code input} without errors); empty to go on. */
    List<Problem> errors(InputFile input, Municipio municipio);
}
