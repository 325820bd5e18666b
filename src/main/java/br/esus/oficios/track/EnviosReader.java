package br.esus.oficios.track;

import br.esus.oficios.model.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the sends log {@code envios.jsonl} (one JSON object per line and per event, written by {@code gerar-oficios
 * enviar}; see {@code send.SentLog}). The lines of one message (one {@code message_id}) are folded into one
 * {@link Envio}, the latest line deciding: {@code enviado}, or no {@code estado} (lines written before the states
 * existed), is a send; {@code incerto}, an {@code intencao} with nothing after it (an interrupted run) or an
 * {@code estado} this version does not know is an {@linkplain Envio#incerto() uncertain} send; {@code falhou} is no
 * send at all. Unknown fields are ignored; a line that cannot be read becomes a warning, never an exception.
 */
public final class EnviosReader {

    /** What reading one log gave. */
    public record Log(List<Envio> envios, List<Problem> avisos) {
        public Log {
            envios = List.copyOf(envios);
            avisos = List.copyOf(avisos);
        }

        public static Log vazio() {
            return new Log(List.of(), List.of());
        }
    }

    /** The log's name inside a municipality's output folder. */
    public static final String FILE_NAME = "envios.jsonl";

    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** Reads {@code file}; a missing file is an empty log. */
    public Log read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Log.vazio();
        } catch (IOException e) {
            return new Log(List.of(), List.of(Problem.warning(file, 0, 0, "",
                    "não foi possível ler o registro de envios (" + br.esus.oficios.output.IoMessages.readReason(e) + "); "
                            + "o acompanhamento segue sem ele")));
        }
        // One message per Message-ID (a line without one is a message of its own), in the order of its latest line.
        Map<String, Envio> porMensagem = new LinkedHashMap<>();
        List<Problem> avisos = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty()) {
                continue;
            }
            int n = i + 1;
            try {
                JsonNode node = mapper.readTree(line);
                if (node == null || !node.isObject()) {
                    avisos.add(aviso(file, n, "", "a linha não é um objeto JSON; linha ignorada"));
                    continue;
                }
                String documento = node.path("documento").asText("");
                String quando = node.path("quando").asText("");
                if (documento.isEmpty()) {
                    avisos.add(aviso(file, n, "documento", "ausente; linha ignorada"));
                    continue;
                }
                OffsetDateTime t;
                try {
                    t = OffsetDateTime.parse(quando);
                } catch (DateTimeParseException e) {
                    avisos.add(aviso(file, n, "quando", "\"" + quando
                            + "\" não é data e hora ISO 8601 com fuso (ex.: 2026-11-23T18:30:00-03:00); linha ignorada"));
                    continue;
                }
                List<String> para = new ArrayList<>();
                node.path("para").forEach(p -> para.add(p.asText()));
                String messageId = node.path("message_id").asText("");
                String key = messageId.isEmpty() ? "linha " + n : messageId;
                String estado = node.path("estado").isMissingNode() || node.path("estado").isNull() ? "enviado"
                        : node.path("estado").asText("");
                porMensagem.remove(key);
                switch (estado) {
                    case "enviado" -> porMensagem.put(key, new Envio(t, documento, para,
                            node.path("assunto").asText(""), n, false, messageId));
                    case "intencao", "incerto" -> porMensagem.put(key, new Envio(t, documento, para,
                            node.path("assunto").asText(""), n, true, messageId));
                    case "falhou" -> {
                        // Not sent: the message counts for nothing.
                    }
                    default -> {
                        avisos.add(aviso(file, n, "estado", "\"" + estado + "\" desconhecido (esperado intencao, "
                                + "enviado, incerto ou falhou); tratado como envio incerto"));
                        porMensagem.put(key, new Envio(t, documento, para, node.path("assunto").asText(""), n, true,
                                messageId));
                    }
                }
            } catch (JsonProcessingException e) {
                avisos.add(aviso(file, n, "", "linha com JSON inválido (" + e.getOriginalMessage() + "); linha ignorada"));
            }
        }
        return new Log(new ArrayList<>(porMensagem.values()), avisos);
    }

    private static Problem aviso(Path file, int line, String campo, String msg) {
        return Problem.warning(file, line, 1, campo, msg);
    }
}
