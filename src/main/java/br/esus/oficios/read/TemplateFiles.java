package br.esus.oficios.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where templates and the checklist catalog come from, file by file: the {@code --modelos} folder first, then a
 * {@code templates/} folder in the working directory, then the copy packed into the jar ({@code /templates/}).
 */
public record TemplateFiles(List<Path> dirs) {

    /** The classpath folder that holds the packed copy. */
    public static final String CLASSPATH_DIR = "/templates/";

    public TemplateFiles {
        dirs = List.copyOf(dirs);
    }

    /**
     * @param modelos the {@code --modelos} option, or null
     * @param workingDir the current directory
     */
    public static TemplateFiles of(Path modelos, Path workingDir) {
        List<Path> d = new ArrayList<>();
        if (modelos != null) {
            d.add(modelos);
        }
        Path local = workingDir.resolve("templates");
        if (Files.isDirectory(local) && (modelos == null || !samePath(local, modelos))) {
            d.add(local);
        }
        return new TemplateFiles(d);
    }

    /** Only the copy packed into the jar. */
    public static TemplateFiles packed() {
        return new TemplateFiles(List.of());
    }

    /** The file on disk that overrides {@code name}, if any. */
    public Optional<Path> findFile(String name) {
        for (Path dir : dirs) {
            Path p = dir.resolve(name).normalize();
            if (p.startsWith(dir.normalize()) && Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The bytes of {@code name} from the first place that has it; empty when none has it. */
    public Optional<byte[]> read(String name) throws IOException {
        Optional<Path> file = findFile(name);
        if (file.isPresent()) {
            return Optional.of(Files.readAllBytes(file.get()));
        }
        try (InputStream in = TemplateFiles.class.getResourceAsStream(CLASSPATH_DIR + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        }
    }

    /** Whether some place has {@code name}. */
    public boolean has(String name) {
        return findFile(name).isPresent() || TemplateFiles.class.getResource(CLASSPATH_DIR + name) != null;
    }

    /**
     * The text of {@code name} from the first place that has it, in NFC (see {@link Texts}); empty when none has it.
     *
     * @throws NotUtf8Exception when the file is not UTF-8 (saved as Windows-1252 or UTF-16, say)
     */
    public Optional<String> readText(String name) throws IOException {
        Optional<byte[]> bytes = read(name);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        Utf8.Decoded d = Utf8.decode(bytes.get());
        if (d.text() == null) {
            throw new NotUtf8Exception(describe(name) + ":" + d.line() + ":" + d.column() + ": " + d.problem());
        }
        return Optional.of(Normalizer.normalize(d.text(), Normalizer.Form.NFC));
    }

    /** A template that is not UTF-8. The message is the line to show: {@code arquivo:linha:coluna: problema}. */
    public static final class NotUtf8Exception extends IOException {
        private static final long serialVersionUID = 1L;

        NotUtf8Exception(String message) {
            super(message);
        }
    }

    /** A name for messages: the file's path, or "(modelo embutido)/name". */
    public String describe(String name) {
        return findFile(name).map(Path::toString).orElse("(modelo embutido)/" + name);
    }

    private static boolean samePath(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
