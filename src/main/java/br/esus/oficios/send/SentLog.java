package br.esus.oficios.send;

import br.esus.oficios.output.AtomicFiles;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code output/<uf>-<slug>/envios.jsonl}: one JSON object per line for every event of a send, lines only ever
 * appended (the checklist reads it too, through {@link SentLogScan}). Shape, field order included:
 * <pre>{"quando":"2026-11-23T18:30:00-03:00","estado":"enviado","documento":"oficio-dominio","para":["..."],
 * "cc":["..."],"assunto":"...","message_id":"&lt;...&gt;","conteudo_sha256":"...",
 * "anexos":[{"arquivo":"oficio-dominio.pdf","sha256":"..."}],"detalhe":"..."}</pre>
 * ({@code detalhe} only when there is something to say: why the outcome is unknown, why it failed).
 *
 * <p>The {@code estado} of a line, and when it is written (every line carries the whole message description, so any
 * line read alone says what was sent):
 * <ul>
 * <li>{@code intencao}: written, and synced to disk, right before the SMTP {@code DATA} command, once the server
 *     has accepted the sender and the recipients; from then on the message may reach the recipient even if nothing
 *     else is ever heard of it;</li>
 * <li>{@code enviado}: the server answered {@code 250} to the end of the message;</li>
 * <li>{@code incerto}: the connection failed or timed out after the server's {@code 354}, while the message was
 *     being handed over or while waiting for the answer to it: the server may have accepted it (a slow virus scan
 *     answers late), so it is never tried again automatically;</li>
 * <li>{@code falhou}: after an {@code intencao}, a definite failure: the server refused {@code DATA} or answered
 *     the message with a 4xx/5xx, or the connection failed before {@code 354} (the message itself never left).</li>
 * </ul>
 * A message is one {@code message_id}; retries of it keep the same Message-ID, so its lines read as
 * {@code intencao, falhou, intencao, enviado}. Its <em>latest</em> line decides: {@code enviado} (or a line without
 * {@code estado}, written before the states existed: it meant "the server accepted it") is sent;
 * {@code incerto}, or an {@code intencao} with nothing after it (the run was killed, the power went off), is an
 * unknown outcome; {@code falhou} is not sent and blocks nothing. See {@link #attempts()}.
 *
 * <p>Writing: the whole new file goes to a temporary file in the same folder, synced, which is then renamed over the
 * old one ({@link AtomicFiles}), and the folder is synced too, so a reader never sees a half line, a crash leaves the
 * old file intact, and an {@code intencao} that was written survives a power loss. The read–check–send–record
 * sequence runs under {@link #lock()}, an exclusive lock on a separate {@code .envios.lock} file (the log itself is
 * replaced by the rename, so it cannot carry the lock): two runs for the same municipality cannot both send the same
 * document.
 */
public final class SentLog {
    public static final String ARQUIVO = "envios.jsonl";
    static final String LOCK = ".envios.lock";
    /** Reads and writes the lines; unknown fields (written by a later version) are ignored. */
    static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** An attached file as sent: its name on disk and the SHA-256 of its bytes (lower-case hex). */
    @JsonPropertyOrder({"arquivo", "sha256"})
    public record Anexo(String arquivo, String sha256) {
    }

    /** The {@code estado} of a line (see the class comment). */
    public enum Estado {
        INTENCAO("intencao"), ENVIADO("enviado"), INCERTO("incerto"), FALHOU("falhou");

        private final String json;

        Estado(String json) {
            this.json = json;
        }

        /** The value written in the log. */
        public String json() {
            return json;
        }

        /** The state a line's {@code estado} stands for: none (an old line) is ENVIADO; null when unknown. */
        static Estado of(String json) {
            if (json == null) {
                return ENVIADO;
            }
            for (Estado e : values()) {
                if (e.json.equals(json)) {
                    return e;
                }
            }
            return null;
        }

        /** "intencao, enviado, incerto ou falhou": the values a line may hold, for a message. */
        static String known() {
            List<String> all = Arrays.stream(values()).map(Estado::json).toList();
            return String.join(", ", all.subList(0, all.size() - 1)) + " ou " + all.get(all.size() - 1);
        }
    }

    /**
     * One line of the log. {@code quando} is ISO-8601 with offset, to the second: when the line was written.
     *
     * @param estado {@link Estado#json()}; null in lines written before the states existed (they mean "sent")
     * @param conteudoSha256 the SHA-256 of the document's content ({@link MessageFactory#contentSha256}), which
     *        does not change when the same document is generated again on another day (the PDF's bytes do: its
     *        metadata carry the generation date); null in lines written before it existed
     * @param detalhe for {@code incerto} and {@code falhou}, what happened, in Portuguese; null otherwise
     */
    @JsonPropertyOrder({"quando", "estado", "documento", "para", "cc", "assunto", "message_id", "conteudo_sha256",
        "anexos", "detalhe"})
    public record Entry(
            String quando, @JsonInclude(JsonInclude.Include.NON_NULL) String estado, String documento,
            List<String> para, List<String> cc, String assunto, @JsonProperty("message_id") String messageId,
            @JsonProperty("conteudo_sha256") String conteudoSha256, List<Anexo> anexos,
            @JsonInclude(JsonInclude.Include.NON_NULL) String detalhe) {
        public Entry {
            para = para == null ? List.of() : List.copyOf(para);
            cc = cc == null ? List.of() : List.copyOf(cc);
            anexos = anexos == null ? List.of() : List.copyOf(anexos);
        }

        /** This message's line for another event. */
        Entry with(String quandoAgora, Estado novo, String detalheNovo) {
            return new Entry(quandoAgora, novo.json(), documento, para, cc, assunto, messageId, conteudoSha256,
                    anexos, detalheNovo);
        }
    }

    /**
     * One message, as the log tells it: every line with its Message-ID, the latest deciding.
     *
     * @param first the first line (the {@code intencao}, for a message sent with the states)
     * @param last the latest line
     */
    public record Attempt(Entry first, Entry last) {
        /** What the latest line says; an unknown {@code estado} (written by a later version) counts as INCERTO. */
        public Estado estado() {
            Estado e = Estado.of(last.estado());
            return e == null ? Estado.INCERTO : e;
        }

        /** The server accepted it. */
        public boolean sent() {
            return estado() == Estado.ENVIADO;
        }

        /** Unknown outcome: {@code incerto}, or an {@code intencao} that nothing followed (an interrupted run). */
        public boolean uncertain() {
            return estado() == Estado.INCERTO || estado() == Estado.INTENCAO;
        }

        /** Why the outcome is unknown, in Portuguese, for the refusal. */
        public String why() {
            if (estado() == Estado.INTENCAO) {
                return "a execução foi interrompida (encerrada à força, queda de energia...) depois de começar a "
                        + "passar a mensagem ao servidor, sem registrar a resposta dele";
            }
            return last.detalhe() == null || last.detalhe().isBlank() ? "o servidor não confirmou o recebimento"
                    : last.detalhe();
        }
    }

    /** The log cannot be read; sending that municipality's documents stops rather than risk a duplicate. */
    public static final class SentLogException extends Exception {
        private static final long serialVersionUID = 1L;

        SentLogException(String message) {
            super(message);
        }
    }

    private final Path folder;

    public SentLog(Path folder) {
        this.folder = folder;
    }

    public Path file() {
        return folder.resolve(ARQUIVO);
    }

    /** The municipality's send lock, held until closed. */
    public static final class Lock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        private Lock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        /** Fails if the lock was lost (the channel closed under it). */
        public void ensureHeld() throws IOException {
            if (!lock.isValid()) {
                throw new IOException("o bloqueio de " + LOCK + " foi perdido");
            }
        }

        @Override
        public void close() throws IOException {
            try (channel) {
                lock.release();
            }
        }
    }

    /** Takes the municipality's send lock; blocks while another process holds it. */
    public Lock lock() throws IOException {
        Files.createDirectories(folder);
        FileChannel ch = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            return new Lock(ch, ch.lock());
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    public List<Entry> read() throws SentLogException {
        Path f = file();
        if (!Files.exists(f)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SentLogException(f + ": não foi possível ler o registro de envios: " + e.getMessage());
        }
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                out.add(JSON.readValue(line, Entry.class));
            } catch (JsonProcessingException e) {
                throw new SentLogException(f + ":" + (i + 1) + ": linha ilegível no registro de envios ("
                        + e.getOriginalMessage().lines().findFirst().orElse("") + "); corrija ou apague a linha");
            }
        }
        return out;
    }

    /**
     * The messages in the log, in the order of their latest line ({@link #byMessage}).
     */
    public List<Attempt> attempts() throws SentLogException {
        return byMessage(read(), e -> e).stream().map(f -> new Attempt(f.first(), f.last())).toList();
    }

    /** The first and the latest of the lines of one message. */
    record Folded<L>(L first, L last) {
    }

    /**
     * Which line wins, the one rule every reader of the log follows ({@link #attempts()}, {@link SentLogScan}): the
     * lines of one message (one {@code message_id}) fold into one, its first and its latest line; the messages come in
     * the order of their latest line; a line without a {@code message_id} (written by hand) is a message of its own.
     *
     * @param entryOf the log line a line stands for
     */
    static <L> List<Folded<L>> byMessage(List<L> lines, Function<L, Entry> entryOf) {
        Map<String, Integer> byId = new HashMap<>();
        List<L> firsts = new ArrayList<>();
        List<L> lasts = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (L line : lines) {
            String id = entryOf.apply(line).messageId();
            boolean hasId = id != null && !id.isBlank();
            Integer k = hasId ? byId.get(id) : null;
            if (k == null) {
                k = firsts.size();
                firsts.add(line);
                lasts.add(line);
                if (hasId) {
                    byId.put(id, k);
                }
            } else {
                lasts.set(k, line);
                order.remove(k);
            }
            order.add(k);
        }
        return order.stream().map(k -> new Folded<>(firsts.get(k), lasts.get(k))).toList();
    }

    /**
     * The latest message of {@code documento} whose outcome is unknown, when nothing but failures came after it:
     * sending the document again could deliver it twice. Empty when the latest message of it that did not fail was
     * sent (or there is none).
     *
     * @param all the log already read ({@link #attempts()})
     */
    public static Optional<Attempt> findUncertain(List<Attempt> all, String documento) {
        for (int i = all.size() - 1; i >= 0; i--) {
            Attempt a = all.get(i);
            if (!a.last().documento().equals(documento) || a.estado() == Estado.FALHOU) {
                continue;
            }
            return a.uncertain() ? Optional.of(a) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * An earlier send of the same document.
     *
     * @param sameContent true when it matched by {@link Entry#conteudoSha256()}; false when by the attachments'
     *        bytes
     */
    public record Match(Entry entry, boolean sameContent) {
    }

    /**
     * The latest earlier send of {@code documento} (a message the server accepted: {@link Attempt#sent()}) with the
     * same content: the same {@code conteudoSha256}, or (for lines written before the content was recorded, and
     * whenever the files are byte for byte the same) every one of {@code anexos} with the same name and the same
     * SHA-256. Empty when the document changed (or was never sent).
     *
     * @param all the log already read ({@link #attempts()})
     * @param conteudoSha256 may be null: then only the attachments count
     */
    public static Optional<Match> findSame(List<Attempt> all, String documento, String conteudoSha256,
            List<Anexo> anexos) {
        for (int i = all.size() - 1; i >= 0; i--) {
            Entry e = all.get(i).last();
            if (!all.get(i).sent() || !e.documento().equals(documento)) {
                continue;
            }
            if (conteudoSha256 != null && conteudoSha256.equalsIgnoreCase(e.conteudoSha256())) {
                return Optional.of(new Match(e, true));
            }
            if (anexos.isEmpty()) {
                continue;
            }
            Map<String, String> sent = new HashMap<>();
            e.anexos().forEach(a -> sent.put(a.arquivo(), a.sha256()));
            if (anexos.stream().allMatch(a -> a.sha256().equalsIgnoreCase(sent.getOrDefault(a.arquivo(), "")))) {
                return Optional.of(new Match(e, false));
            }
        }
        return Optional.empty();
    }

    /**
     * Adds one line, replacing the file atomically; when this returns, the line is on disk (the new file and the
     * folder's entry for it are synced).
     */
    public void append(Entry entry) throws IOException {
        Path f = file();
        byte[] old = Files.exists(f) ? Files.readAllBytes(f) : new byte[0];
        ByteArrayOutputStream out = new ByteArrayOutputStream(old.length + 512);
        out.write(old);
        if (old.length > 0 && old[old.length - 1] != '\n') {
            out.write('\n');
        }
        out.write(JSON.writeValueAsBytes(entry));
        out.write('\n');
        AtomicFiles.write(f, out.toByteArray(), false);
        syncFolder();
    }

    /**
     * Syncs the folder, so that the rename that put the new log in place survives a power loss. Where a folder
     * cannot be opened for that (Windows), it is skipped: the file's own bytes were synced before the rename.
     */
    private void syncFolder() {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Skipped, see above.
        }
    }
}
