package br.esus.oficios.output;

import br.esus.oficios.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a JSON Lines log the program keeps beside a municipality's documents ({@code envios.jsonl},
 * {@code conferencias.jsonl}), read for reporting: each non-empty line with its number (a byte order mark on the
 * first is dropped), each caller parsing them its own way. A missing file has no lines; one that cannot be read is a
 * warning, and the report goes on without it.
 */
public final class JsonLines {
    private JsonLines() {
    }

    /** A non-empty line, stripped, and its number in the file (from 1). */
    public record Line(int number, String text) {
    }

    /** The lines read, or the warning that says why there are none. */
    public record Read(List<Line> lines, List<Problem> warnings) {
        public Read {
            lines = List.copyOf(lines);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Reads {@code file}.
     *
     * @param what the log as the warning names it, e.g. "registro de envios"
     */
    public static Read read(Path file, String what) {
        List<String> all;
        try {
            all = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Read(List.of(), List.of());
        } catch (IOException e) {
            return new Read(List.of(), List.of(Problem.warning(file, 0, 0, "", "não foi possível ler o " + what
                    + " (" + IoMessages.readReason(e) + "); o acompanhamento segue sem ele")));
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String text = all.get(i).strip();
            if (i == 0 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (!text.isEmpty()) {
                lines.add(new Line(i + 1, text));
            }
        }
        return new Read(lines, List.of());
    }
}
