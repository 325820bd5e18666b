package br.esus.oficios.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

/** Runs the CLI in-process in a working directory and keeps what it printed. */
record CliRun(int exit, String out, String err) {

    /** The day the runs happen unless a test says otherwise. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static CliRun run(Path cwd, Map<String, String> env, String... args) {
        return run(cwd, env, TODAY, args);
    }

    static CliRun run(Path cwd, Map<String, String> env, LocalDate today, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext ctx = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, cwd, today, false);
        int code = Main.run(ctx, args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Copies the example municipalities into {@code cwd/municipios}, as a coordinator's working folder has them. */
    static void copyExamples(Path cwd) throws IOException {
        Files.createDirectories(cwd.resolve("municipios"));
        try (Stream<Path> s = Files.list(Path.of("municipios"))) {
            for (Path p : s.toList()) {
                Files.copy(p, cwd.resolve("municipios").resolve(p.getFileName()));
            }
        }
    }

    static CliRun run(Path cwd, String... args) {
        return run(cwd, Map.of(), args);
    }

    @Override
    public String toString() {
        return "exit=" + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
}
