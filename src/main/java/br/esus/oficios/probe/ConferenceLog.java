package br.esus.oficios.probe;

import br.esus.oficios.model.Problem;
import br.esus.oficios.output.JsonLines;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code output/<uf>-<slug>/conferencias.jsonl}: the evidence of {@code conferir}, one JSON object per line and per
 * run of a municipality (a run is the unit the checklist reads: an item needs every check of the same run), lines only
 * ever appended. Shape, field order included:
 * <pre>{"quando":"2026-12-06T14:03:00Z","versao":"gerar-oficios 1.0","conferencias":[{"conferencia":"dns",
 * "item":"dns_govbr","resultado":"ok","motivo":"...","pergunta":"...","resposta":"...","avisos":[],
 * "quando":"2026-12-06T14:03:00.120Z"}, ...]}</pre>
 * {@code resultado} is {@code ok}, {@code falhou} or {@code nao-conferido}. A run is written with one append of the
 * whole line, synced; a crash can at worst leave a half line at the end, which the next append puts on its own line
 * and {@link #read} skips with a warning.
 */
public final class ConferenceLog {
    public static final String FILE = "conferencias.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String INVALID_LINE = "linha incompleta ou com JSON inválido (uma execução interrompida pode deixar "
            + "a última linha pela metade); linha ignorada";

    /** One run of one municipality: when it started and what every check saw. */
    public record Run(Instant when, List<Observation> observations) {
        public Run {
            observations = List.copyOf(observations);
        }
    }

    /**
     * What reading a log gave.
     *
     * @param runs the runs that could be read, oldest first
     * @param warnings the lines left out, in line order
     */
    public record Scan(List<Run> runs, List<Problem> warnings) {
        public Scan {
            runs = List.copyOf(runs);
            warnings = List.copyOf(warnings);
        }

        /** The latest run; empty when none. */
        public Optional<Run> last() {
            return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
        }
    }

    @JsonPropertyOrder({"quando", "versao", "conferencias"})
    record Line(String quando, String versao, List<Entry> conferencias) {
    }

    @JsonPropertyOrder({"conferencia", "item", "resultado", "motivo", "pergunta", "resposta", "avisos", "quando"})
    record Entry(String conferencia, String item, String resultado, String motivo, String pergunta, String resposta,
            List<String> avisos, String quando) {
    }

    private ConferenceLog() {
    }

    /** The value of {@code resultado}: {@code ok}, {@code falhou}, {@code nao-conferido}. */
    static String json(Outcome o) {
        return switch (o) {
            case PASSED -> "ok";
            case FAILED -> "falhou";
            case NOT_CHECKED -> "nao-conferido";
        };
    }

    /** The line of a run, without its line break. */
    static String line(Run run, String version) {
        List<Entry> entries = run.observations().stream().map(o -> new Entry(o.check().label(), o.check().item(),
                json(o.outcome()), o.reason(), o.asked(), o.answer(), o.warnings(), o.when().toString())).toList();
        try {
            return JSON.writeValueAsString(new Line(run.when().toString(), version, entries));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Appends {@code run} to {@code file} (creating it and its folder), in one write of the whole line, synced. When
     * the file does not end with a line break (a crash cut its last line), the new line starts on a line of its own.
     */
    public static void append(Path file, Run run, String version) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        boolean cut = false;
        if (Files.exists(file)) {
            try (FileChannel r = FileChannel.open(file, StandardOpenOption.READ)) {
                long size = r.size();
                if (size > 0) {
                    ByteBuffer lastByte = ByteBuffer.allocate(1);
                    r.read(lastByte, size - 1);
                    cut = lastByte.get(0) != '\n';
                }
            }
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer bytes = ByteBuffer.wrap(((cut ? "\n" : "") + line(run, version) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                ch.write(bytes);
            }
            ch.force(true);
        }
    }

    /** Reads {@code file}; a missing file has no runs. A line that cannot be used is a warning and is left out. */
    public static Scan read(Path file) {
        JsonLines.Read log = JsonLines.read(file, "registro de conferências");
        List<Run> runs = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>(log.warnings());
        for (JsonLines.Line l : log.lines()) {
            run(file, l.number(), l.text(), warnings).ifPresent(runs::add);
        }
        runs.sort(java.util.Comparator.comparing(Run::when));
        return new Scan(runs, warnings);
    }

    private static Optional<Run> run(Path file, int n, String text, List<Problem> warnings) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            warnings.add(warning(file, n, "", INVALID_LINE));
            return Optional.empty();
        }
        if (node == null || !node.isObject()) {
            warnings.add(warning(file, n, "", "a linha não é um objeto JSON; linha ignorada"));
            return Optional.empty();
        }
        Optional<Instant> when = instant(node.path("quando").asText(""));
        if (when.isEmpty()) {
            warnings.add(warning(file, n, "quando", "\"" + node.path("quando").asText("") + "\" não é um instante "
                    + "ISO 8601 (ex.: 2026-12-06T14:03:00Z); linha ignorada"));
            return Optional.empty();
        }
        List<Observation> observations = new ArrayList<>();
        for (JsonNode c : node.path("conferencias")) {
            Optional<Check> check = Arrays.stream(Check.values())
                    .filter(k -> k.label().equals(c.path("conferencia").asText(""))).findFirst();
            Optional<Outcome> outcome = Arrays.stream(Outcome.values())
                    .filter(o -> json(o).equals(c.path("resultado").asText(""))).findFirst();
            if (check.isEmpty() || outcome.isEmpty()) {
                warnings.add(warning(file, n, "conferencias", "conferência \"" + c.path("conferencia").asText("")
                        + "\" com resultado \"" + c.path("resultado").asText("") + "\" desconhecida; ignorada"));
                continue;
            }
            List<String> avisos = new ArrayList<>();
            c.path("avisos").forEach(a -> avisos.add(a.asText()));
            observations.add(new Observation(check.get(), outcome.get(), c.path("motivo").asText(""),
                    c.path("pergunta").asText(""), c.path("resposta").asText(""), avisos,
                    instant(c.path("quando").asText("")).orElse(when.get())));
        }
        return Optional.of(new Run(when.get(), observations));
    }

    private static Optional<Instant> instant(String s) {
        try {
            return Optional.of(Instant.parse(s));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Problem warning(Path file, int line, String field, String message) {
        return Problem.warning(file, line, 1, field, message);
    }
}
