package br.esus.oficios.send;

import br.esus.oficios.model.Problem;
import br.esus.oficios.output.JsonLines;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a sends log ({@link SentLog}) for a report, such as {@code gerar-oficios checklist}, that must go on whatever
 * the log holds: a line it cannot use (not JSON, not an object, no {@code documento}, a {@code quando} that is not an
 * ISO 8601 date and time with offset) becomes a warning and is left out, an {@code estado} this version does not know
 * a warning and an unknown outcome, and a log that cannot be read a warning. Unknown fields are ignored; a byte order
 * mark before the first line is skipped. The lines of a message fold as {@link SentLog#byMessage} says, the latest
 * deciding ({@link SentLog.Attempt#estado()}). Sending itself reads the log with {@link SentLog#read()}, which stops
 * at the first line it cannot read rather than risk a duplicate.
 */
public final class SentLogScan {
    /**
     * One message of the log.
     *
     * @param line the line of the file its latest event came from (1-based)
     * @param when the time of its latest event (the answer, or the intent when none came), with the offset it was
     *        written with
     */
    public record Message(SentLog.Attempt attempt, int line, OffsetDateTime when) {
        /** The document id, e.g. {@code oficio-dominio}. */
        public String documento() {
            return attempt.last().documento();
        }

        /** The message's Message-ID; empty when its lines have none. */
        public String messageId() {
            String id = attempt.last().messageId();
            return id == null ? "" : id;
        }
    }

    /**
     * What reading one log gave.
     *
     * @param messages every message, failed ones included, in the order of their latest line
     * @param warnings the lines left out and the unknown states, in line order
     */
    public record Result(List<Message> messages, List<Problem> warnings) {
        public Result {
            messages = List.copyOf(messages);
            warnings = List.copyOf(warnings);
        }

        /** No log: nothing sent, nothing to say. */
        public static Result empty() {
            return new Result(List.of(), List.of());
        }
    }

    /** A line that could be used, as an {@link SentLog.Entry} of the log. */
    private record Line(int number, OffsetDateTime when, SentLog.Entry entry) {
    }

    private SentLogScan() {
    }

    /** Reads {@code file}; a missing file is an empty log. */
    public static Result read(Path file) {
        JsonLines.Read log = JsonLines.read(file, "registro de envios");
        List<Line> read = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>(log.warnings());
        for (JsonLines.Line l : log.lines()) {
            line(file, l.number(), l.text(), warnings).ifPresent(read::add);
        }
        List<Message> messages = SentLog.byMessage(read, Line::entry).stream()
                .map(f -> new Message(new SentLog.Attempt(f.first().entry(), f.last().entry()), f.last().number(),
                        f.last().when()))
                .toList();
        return new Result(messages, warnings);
    }

    /** Line {@code n}, or empty with the reason added to {@code warnings}. */
    private static Optional<Line> line(Path file, int n, String text, List<Problem> warnings) {
        JsonNode node;
        try {
            node = SentLog.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            warnings.add(warning(file, n, "", "linha com JSON inválido (" + e.getOriginalMessage()
                    + "); linha ignorada"));
            return Optional.empty();
        }
        if (node == null || !node.isObject()) {
            warnings.add(warning(file, n, "", "a linha não é um objeto JSON; linha ignorada"));
            return Optional.empty();
        }
        String documento = node.path("documento").asText("");
        if (documento.isEmpty()) {
            warnings.add(warning(file, n, "documento", "ausente; linha ignorada"));
            return Optional.empty();
        }
        String quando = node.path("quando").asText("");
        OffsetDateTime when;
        try {
            when = OffsetDateTime.parse(quando);
        } catch (DateTimeParseException e) {
            warnings.add(warning(file, n, "quando", "\"" + quando
                    + "\" não é data e hora ISO 8601 com fuso (ex.: 2026-11-23T18:30:00-03:00); linha ignorada"));
            return Optional.empty();
        }
        String estado = text(node, "estado");
        if (estado != null && SentLog.Estado.of(estado) == null) {
            warnings.add(warning(file, n, "estado", "\"" + estado + "\" desconhecido (esperado "
                    + SentLog.Estado.known() + "); tratado como envio incerto"));
        }
        List<String> para = new ArrayList<>();
        node.path("para").forEach(p -> para.add(p.asText()));
        // The attached files' names: the checklist tells a signed ofício from the unsigned PDF by them.
        List<SentLog.Anexo> anexos = new ArrayList<>();
        node.path("anexos").forEach(a -> {
            String arquivo = text(a, "arquivo");
            if (arquivo != null) {
                anexos.add(new SentLog.Anexo(arquivo, text(a, "sha256")));
            }
        });
        return Optional.of(new Line(n, when, new SentLog.Entry(quando, estado, documento, para, List.of(),
                node.path("assunto").asText(""), node.path("message_id").asText(""), text(node, "conteudo_sha256"),
                anexos, text(node, "detalhe"))));
    }

    /** The field as text; null when absent or JSON null. */
    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText("");
    }

    private static Problem warning(Path file, int line, String field, String message) {
        return Problem.warning(file, line, 1, field, message);
    }
}
