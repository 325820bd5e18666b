package br.esus.oficios.cli;

import java.util.List;

/**
 * The commands that write no document: {@code validar}, {@code novo}, the version and the help. They load neither the
 * PDF, DOCX and e-mail code nor any library that leaves work for the JVM's shutdown (a shutdown hook, a file to delete
 * on exit), so {@link Main} ends them without it; the package's launchers run them with the short AOT cache
 * ({@code pacote/Montar.java} reads this list from the jar).
 */
public final class ShortCommands {
    /** The first argument of each short command. */
    public static final List<String> FIRST_ARGUMENTS = List.of("validar", "novo", "--version", "-V", "--help", "-h");

    private ShortCommands() {
    }

    /** Whether a run with these arguments is a short command. */
    static boolean includes(String... args) {
        return args.length > 0 && FIRST_ARGUMENTS.contains(args[0]);
    }
}
