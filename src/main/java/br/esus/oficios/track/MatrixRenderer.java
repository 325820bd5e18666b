package br.esus.oficios.track;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link ChecklistMatrix} in one format. */
public interface MatrixRenderer {
    void render(ChecklistMatrix matrix, OutputStream out) throws IOException;

    /** The renderer for a format. */
    static MatrixRenderer of(TrackOptions options) {
        return switch (options.format()) {
            case TABELA -> new TableRenderer(options.details(), options.colours());
            case MD -> new MarkdownRenderer(options.details());
            case CSV -> new CsvRenderer();
            case XLSX -> new XlsxRenderer();
            case HTML -> new HtmlRenderer();
        };
    }
}
