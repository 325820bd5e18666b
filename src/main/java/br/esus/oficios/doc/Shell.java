package br.esus.oficios.doc;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The shells whose commands the documents show in code blocks, and how each one continues a command on the next
 * line. A command broken with the shell's own continuation still runs when the reader copies its lines from the PDF
 * or the DOCX, where a command wrapped only on screen would be pasted as two commands. The tree is built with such
 * lines ({@code render/ShellLines}); the writers keep the lines of one command on one page.
 */
public enum Shell {
    /** bash (and sh): a backslash as the line's last character joins the next line to it. */
    BASH(" \\", 2, Set.of("bash", "sh", "shell")),
    /** PowerShell: a backtick as the line's very last character (nothing after it, not even a space). */
    POWERSHELL(" `", 4, Set.of("powershell", "ps1", "pwsh"));

    private final String continuation;
    private final int indent;
    private final Set<String> languages;

    Shell(String continuation, int indent, Set<String> languages) {
        this.continuation = continuation;
        this.indent = indent;
        this.languages = languages;
    }

    /** What ends a line whose command goes on in the next one: a space, then the continuation character. */
    public String continuation() {
        return continuation;
    }

    /** How many spaces further in than the command's first line its continuation lines start. */
    public int indent() {
        return indent;
    }

    /**
     * Whether the command on {@code line} goes on in the next line: it ends with the continuation character (a bash
     * word cut in two ends with the backslash right after the piece, with no space before it).
     */
    public boolean continues(String line) {
        return line.endsWith(continuation.substring(1));
    }

    /** The shell of a code block's language ({@code bash}, {@code ps1}…, the info string of the fence), if any. */
    public static Optional<Shell> ofLanguage(String language) {
        String word = language == null ? "" : language.strip().split("[\\s{]", 2)[0].toLowerCase(Locale.ROOT);
        for (Shell s : values()) {
            if (s.languages.contains(word)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
