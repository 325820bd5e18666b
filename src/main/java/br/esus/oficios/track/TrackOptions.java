package br.esus.oficios.track;

import java.nio.file.Path;
import java.util.Map;

/**
 * The options of {@code gerar-oficios checklist}.
 *
 * @param formato the output format; {@link TrackFormat#TABELA} by default
 * @param saida the file to write ({@code --saida}); null writes to the given stream
 * @param detalhes {@code --detalhes}: add the matrix items × municipalities to tabela and md
 * @param cores use ANSI colours in {@code tabela}; see {@link #coloursFor(boolean, Map)}
 * @param terminal the view goes to a terminal (when {@code saida} is null): the problems it lists at its end are not
 *        printed on stderr too, which the same screen would show twice
 */
public record TrackOptions(TrackFormat formato, Path saida, boolean detalhes, boolean cores, boolean terminal) {

    public TrackOptions {
        formato = formato == null ? TrackFormat.TABELA : formato;
    }

    /** Options for a view that does not go to a terminal. */
    public TrackOptions(TrackFormat formato, Path saida, boolean detalhes, boolean cores) {
        this(formato, saida, detalhes, cores, false);
    }

    /** Whether the view itself is what the user sees on the screen, with the invalid files' errors in it. */
    boolean viewOnScreen() {
        return terminal && saida == null && (formato == TrackFormat.TABELA || formato == TrackFormat.MD);
    }

    /** Default: tabela on the given stream, no details, no colours. */
    public static TrackOptions padrao() {
        return new TrackOptions(TrackFormat.TABELA, null, false, false);
    }

    /**
     * Whether the terminal table may use colours: only when the output is a terminal and {@code NO_COLOR} is unset or
     * empty (no-color.org). The CLI calls {@code coloursFor(System.console() != null, System.getenv())}.
     */
    public static boolean coloursFor(boolean terminal, Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        return terminal && (noColor == null || noColor.isEmpty());
    }
}
