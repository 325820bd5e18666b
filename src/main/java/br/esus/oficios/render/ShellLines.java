package br.esus.oficios.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import br.esus.oficios.doc.Shell;
import br.esus.oficios.render.ShellScanner.Scanned;
import br.esus.oficios.render.ShellScanner.Split;
import br.esus.oficios.render.ShellScanner.Word;

/**
 * Breaks the lines of a shell code block that are too long for the box they are printed in, with the shell's own
 * continuation, so that every line the reader sees is a line the shell reads. Otherwise the PDF and the DOCX wrap a
 * long command on screen, and whoever copies it pastes two commands: the first runs without its last arguments.
 *
 * <p>A long command is broken between words, before an option or an operator when one is near the end of the
 * line: bash ends the line with {@code " \"} and goes on 2 spaces further in, PowerShell with {@code " `"} and 4.
 * A comment is never cut: a long one becomes several comment lines, and one after a command moves to the lines
 * below it. A bash word longer than a whole line is cut with a backslash right after a piece of it, and goes on at
 * the very start of the next line (bash removes backslash-newline even inside double quotes; inside single quotes
 * the quote is closed before the backslash and opened again); a PowerShell word is left whole. Lines that fit,
 * blank lines, lines that already end with a continuation and lines inside a quote or here-document are kept.
 */
final class ShellLines {

    /** An operator that ends a command or a pipeline stage: the line breaks best right before it. */
    private static final Pattern OPERATOR = Pattern.compile("\\|\\|?|&&|;|\\|&");
    /** A redirection: a good place to break before it. */
    private static final Pattern REDIRECTION = Pattern.compile("(\\d|&)?(>>?|<)(&\\d)?");
    /** A redirection whose file is the next word: never break between them. */
    private static final Pattern BARE_REDIRECTION = Pattern.compile("(\\d|&)?(>>?|<)");
    private static final Pattern OPTION = Pattern.compile("--?[A-Za-z].*");

    private final Shell shell;
    private final int columns;

    /**
     * @param columns how many characters fit in a line of the box (see {@link CodeColumns})
     */
    ShellLines(Shell shell, int columns) {
        this.shell = shell;
        this.columns = columns;
    }

    /** The wrapper for a code block's language, when it names a shell ({@code bash}, {@code powershell}…). */
    static Optional<ShellLines> forLanguage(String language, int columns) {
        return Shell.ofLanguage(language).map(s -> new ShellLines(s, columns));
    }

    /** The block's text with its long lines broken; the other lines as they were. */
    String wrap(String code) {
        ShellScanner scanner = new ShellScanner(shell);
        List<String> out = new ArrayList<>();
        for (String line : code.replace("\r\n", "\n").split("\n", -1)) {
            out.addAll(wrapLine(line, scanner.scan(line)));
        }
        return String.join("\n", out);
    }

    private List<String> wrapLine(String line, Scanned s) {
        if (!s.editable() || s.continues() || line.isBlank() || width(line) <= columns) {
            return List.of(line);
        }
        if (s.words().isEmpty()) {
            return s.comment() == null ? List.of(line) : comment(s.indent(), s.comment());
        }
        String code = s.indent() + joined(s.words(), 0, s.words().size(), false);
        List<String> out = new ArrayList<>(width(code) <= columns ? List.of(code) : command(s));
        if (s.comment() != null) {
            int last = out.size() - 1;
            String withComment = out.get(last) + s.commentSeparator() + s.comment();
            if (width(withComment) <= columns) {
                out.set(last, withComment);
            } else {
                out.addAll(comment(s.indent(), s.comment()));
            }
        }
        return out;
    }

    /** A comment as lines of whole words, each starting with the comment's own marks ({@code #}). */
    private List<String> comment(String indent, String comment) {
        int marks = 0;
        while (marks < comment.length() && comment.charAt(marks) == '#') {
            marks++;
        }
        String body = comment.substring(marks).strip();
        if (body.isEmpty()) {
            return List.of(indent + comment);
        }
        String prefix = indent + comment.substring(0, marks) + " ";
        List<String> out = new ArrayList<>();
        StringBuilder line = null;
        for (String word : body.split("\\s+")) {
            if (line != null && width(line) + 1 + width(word) <= columns) {
                line.append(' ').append(word);
            } else {
                if (line != null) {
                    out.add(line.toString());
                }
                line = new StringBuilder(prefix).append(word);
            }
        }
        out.add(line.toString());
        return out;
    }

    /** The words of a command too long for one line, over as many lines as it takes. */
    private List<String> command(Scanned s) {
        List<Word> words = s.words();
        String continued = s.indent() + " ".repeat(shell.indent());
        List<String> out = new ArrayList<>();
        String line = s.indent();
        boolean hasWords = false;
        int i = 0;
        while (i < words.size()) {
            int k = fit(line, hasWords, words, i);
            if (k == i) {
                if (hasWords) {
                    out.add(line + shell.continuation());
                    line = continued;
                    hasWords = false;
                } else {
                    // A word longer than a whole line: bash can cut it, PowerShell gets it whole.
                    Word w = words.get(i);
                    boolean more = i + 1 < words.size();
                    line = shell == Shell.BASH ? cut(out, line, w, more) : line + w.text();
                    hasWords = true;
                    i++;
                }
                continue;
            }
            if (k < words.size()) {
                k = bestBreak(line, hasWords, words, i, k);
            }
            line += joined(words, i, k, hasWords);
            hasWords = true;
            i = k;
            if (i < words.size()) {
                out.add(line + shell.continuation());
                line = continued;
                hasWords = false;
            }
        }
        out.add(line);
        return out;
    }

    /** How many of the words from {@code from} on fit after {@code line}, leaving room for the continuation. */
    private int fit(String line, boolean hasWords, List<Word> words, int from) {
        int col = width(line);
        int k = from;
        while (k < words.size()) {
            Word w = words.get(k);
            int add = (hasWords || k > from ? width(w.separator()) : 0) + width(w.text());
            int tail = k + 1 < words.size() ? shell.continuation().length() : 0;
            if (col + add + tail > columns) {
                break;
            }
            col += add;
            k++;
        }
        return k;
    }

    /**
     * Where to end the line, given that the words up to {@code greedy} fit: before an operator, an option or a
     * redirection rather than between an option and its value, unless that leaves the line less than a third full.
     */
    private int bestBreak(String line, boolean hasWords, List<Word> words, int from, int greedy) {
        int best = greedy;
        int bestQuality = quality(words.get(greedy - 1), words.get(greedy));
        for (int j = greedy - 1; j > from; j--) {
            if (width(line + joined(words, from, j, hasWords)) < columns / 3) {
                break;
            }
            int q = quality(words.get(j - 1), words.get(j));
            if (q > bestQuality) {
                best = j;
                bestQuality = q;
            }
        }
        return best;
    }

    private static int quality(Word before, Word after) {
        String a = before.text();
        String b = after.text();
        if (OPERATOR.matcher(b).matches()) {
            return 3;
        }
        if (BARE_REDIRECTION.matcher(a).matches() || a.equals("&") || a.equals("=")) {
            return 0; // a redirection and its file, PowerShell's & and the command, = and the value
        }
        if (REDIRECTION.matcher(b).matches() || OPTION.matcher(b).matches()) {
            return 2;
        }
        if (OPTION.matcher(a).matches() && !a.contains("=")) {
            return 0; // probably an option and its value
        }
        return 1;
    }

    /**
     * Cuts a bash word that no line holds: each piece but the last ends with a backslash (after closing the single
     * quotes it is in, opened again on the next line), and the next piece starts at column 0, since the spaces
     * would otherwise become part of the word. Adds the full lines to {@code out}; returns the last, unfinished.
     */
    private String cut(List<String> out, String line, Word w, boolean more) {
        String text = w.text();
        String current = line;
        String reopen = "";
        int from = 0;
        while (true) {
            String rest = reopen + text.substring(from);
            if (width(current) + width(rest) + (more ? shell.continuation().length() : 0) <= columns) {
                return current + rest;
            }
            Split best = null;
            for (Split s : w.splits()) {
                int end = s.inSingleQuotes() ? 2 : 1;
                if (s.at() > from
                        && width(current) + width(reopen + text.substring(from, s.at())) + end <= columns) {
                    best = s;
                }
            }
            if (best == null) {
                return current + rest; // no place to cut: the line stays long
            }
            out.add(current + reopen + text.substring(from, best.at()) + (best.inSingleQuotes() ? "'\\" : "\\"));
            current = "";
            reopen = best.inSingleQuotes() ? "'" : "";
            from = best.at();
        }
    }

    private static String joined(List<Word> words, int from, int to, boolean hasWords) {
        StringBuilder sb = new StringBuilder();
        for (int j = from; j < to; j++) {
            Word w = words.get(j);
            if (hasWords || j > from) {
                sb.append(w.separator());
            }
            sb.append(w.text());
        }
        return sb.toString();
    }

    /** Columns a text takes in the box: one per character, four per tab (as the writers expand them). */
    static int width(CharSequence s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                w += 4;
            } else if (!Character.isLowSurrogate(c)) {
                w++;
            }
        }
        return w;
    }
}
