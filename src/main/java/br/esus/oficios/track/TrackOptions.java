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
 */
public record TrackOptions(TrackFormat formato, Path saida, boolean detalhes, boolean cores) {

    public TrackOptions {
        formato = formato == null ? TrackFormat.TABELA : formato;
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
