package br.esus.oficios.read;

import br.esus.oficios.model.Problem;
import java.util.List;

/**
 * The PEC versions table ({@code versoes-pec.yaml}) is missing or broken. The message is the first problem as one
 * Portuguese line {@code arquivo:linha:coluna: campo: problema}; {@link #problems()} has them all.
 */
public final class VersoesPecException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public VersoesPecException(List<Problem> problems) {
        super(problems.get(0).format());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
