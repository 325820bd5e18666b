package br.esus.oficios.send;

import br.esus.oficios.output.AtomicFiles;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code output/<uf>-<slug>/envios.jsonl}: one JSON object per line for every message the server accepted (the
 * checklist tracker reads it too). Shape, field order included:
 * <pre>{"quando":"2026-11-23T18:30:00-03:00","documento":"oficio-dominio","para":["..."],"cc":["..."],
 * "assunto":"...","message_id":"&lt;...&gt;","conteudo_sha256":"...",
 * "anexos":[{"arquivo":"oficio-dominio.pdf","sha256":"..."}]}</pre>
 *
 * <p>Writing: the whole new file goes to a temporary file in the same folder, which is then renamed over the old
 * one ({@link AtomicFiles}), so a reader never sees a half line and a crash leaves the old file intact. The
 * read–check–send–append sequence runs under {@link #lock()}, an exclusive lock on a separate
 * {@code .envios.lock} file (the log itself is replaced by the rename, so it cannot carry the lock): two runs for
 * the same municipality cannot both send the same document.
 */
public final class SentLog {
    public static final String ARQUIVO = "envios.jsonl";
    static final String LOCK = ".envios.lock";
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** An attached file as sent: its name on disk and the SHA-256 of its bytes (lower-case hex). */
    @JsonPropertyOrder({"arquivo", "sha256"})
    public record Anexo(String arquivo, String sha256) {
    }

    /**
     * One line of the log. {@code quando} is ISO-8601 with offset, to the second.
     *
     * @param conteudoSha256 the SHA-256 of the document's content ({@link MessageFactory#contentSha256}), which
     *        does not change when the same document is generated again on another day (the PDF's bytes do: its
     *        metadata carry the generation date); null in lines written before it existed
     */
    @JsonPropertyOrder({"quando", "documento", "para", "cc", "assunto", "message_id", "conteudo_sha256", "anexos"})
    public record Entry(
            String quando, String documento, List<String> para, List<String> cc, String assunto,
            @JsonProperty("message_id") String messageId, @JsonProperty("conteudo_sha256") String conteudoSha256,
            List<Anexo> anexos) {
        public Entry {
            para = para == null ? List.of() : List.copyOf(para);
            cc = cc == null ? List.of() : List.copyOf(cc);
            anexos = anexos == null ? List.of() : List.copyOf(anexos);
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
     * An earlier send of the same document.
     *
     * @param sameContent true when it matched by {@link Entry#conteudoSha256()}; false when by the attachments'
     *        bytes
     */
    public record Match(Entry entry, boolean sameContent) {
    }

    /**
     * The latest earlier send of {@code documento} with the same content: the same {@code conteudoSha256}, or (for
     * lines written before the content was recorded, and whenever the files are byte for byte the same) every one
     * of {@code anexos} with the same name and the same SHA-256. Empty when the document changed (or was never
     * sent).
     *
     * @param conteudoSha256 may be null: then only the attachments count
     */
    public Optional<Match> findSame(String documento, String conteudoSha256, List<Anexo> anexos)
            throws SentLogException {
        List<Entry> entries = read();
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (!e.documento().equals(documento)) {
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

    /** Adds one line, replacing the file atomically. */
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
    }
}
