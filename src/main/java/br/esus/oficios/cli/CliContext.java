package br.esus.oficios.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the commands get from the outside world, so that tests can run the CLI in-process.
 *
 * @param cwd the working directory; relative paths are resolved against it
 * @param interactive true when standard output is a terminal (colours)
 */
public record CliContext(PrintStream out, PrintStream err, Map<String, String> env, Path cwd, LocalDate today,
        boolean interactive) {

    public Path resolve(Path p) {
        return p.isAbsolute() ? p : cwd.resolve(p);
    }

    /** A path as the user should see it: relative to the working directory when it is inside it. */
    public String show(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path base = cwd.toAbsolutePath().normalize();
        return abs.startsWith(base) && !abs.equals(base) ? base.relativize(abs).toString() : p.toString();
    }
}
