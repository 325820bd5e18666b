package br.esus.oficios.track;

import java.nio.file.Path;

/**
 * How {@code gerar-oficios checklist} shows the matrix.
 *
 * @param format the output format; {@link TrackFormat#TABELA} by default
 * @param outputFile the FILE to write ({@code --saida} of {@code checklist}, unlike {@code gerar}'s, which is a
 *        folder); null writes to the given stream
 * @param details {@code --detalhes}: add the matrix items × municipalities to tabela and md
 * @param colours use ANSI colours in {@code tabela}
 */
public record TrackOptions(TrackFormat format, Path outputFile, boolean details, boolean colours) {

    public TrackOptions {
        format = format == null ? TrackFormat.TABELA : format;
    }
}
