package br.esus.oficios.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import br.esus.oficios.doc.Shell;

/**
 * Reads the lines of one shell code block as the shell would split them into words, so that {@link ShellLines} can
 * break a long command only where the shell would not notice: between words, never inside quotes, a
 * {@code $(…)}, a comment or a here-document. For bash it also finds where a word too long for any line can be cut
 * with a backslash-newline (which bash removes before it reads the word, except inside single quotes).
 *
 * <p>One instance per code block: it remembers what a line leaves open for the next (a quote, a here-document, a
 * PowerShell here-string or block comment); the lines inside such a construct are marked not editable.
 */
final class ShellScanner {

    /** Where a bash word may be cut: {@code at} chars from its start; inside single quotes the quote must be closed. */
    record Split(int at, boolean inSingleQuotes) {
    }

    /** A word and the blanks before it ({@code separator}, empty for a line's first word). */
    record Word(String separator, String text, List<Split> splits) {
        Word {
            splits = List.copyOf(splits);
        }
    }

    /**
     * One line as the shell reads it.
     *
     * @param indent the blanks the line starts with
     * @param comment the comment that ends the line ({@code # …}), or null
     * @param commentSeparator the blanks between the last word and the comment
     * @param editable false when the line is (partly) inside a quote, here-document or block comment left open
     * @param continues the line already ends with the shell's continuation character
     */
    record Scanned(String indent, List<Word> words, String commentSeparator, String comment, boolean editable,
            boolean continues) {
        Scanned {
            words = List.copyOf(words);
        }

        static Scanned fixed() {
            return new Scanned("", List.of(), null, null, false, false);
        }
    }

    // What the stack holds: quotes ('"' double, '\'' single, '$' bash $'…', '`' bash backquotes) and brackets.
    private static final char DOUBLE = '"';
    private static final char SINGLE = '\'';
    private static final char ANSI = '$';
    private static final char BACKQUOTE = '`';

    private static final Pattern HEREDOC = Pattern.compile(
            "<<(-?)[ \\t]*(?:'([^']+)'|\"([^\"]+)\"|\\\\?([^\\s;&|<>()'\"]+))");

    private final Shell shell;
    /** The quotes (and what encloses them) the previous line left open. */
    private Deque<Character> carried = new ArrayDeque<>();
    /** The line that ends the here-document or here-string the block is in, or null. */
    private String closer;
    private boolean closerAfterTabs;
    private boolean inBlockComment;

    ShellScanner(Shell shell) {
        this.shell = shell;
    }

    /** Reads the next line of the block. */
    Scanned scan(String line) {
        if (closer != null) {
            String probe = closerAfterTabs ? line.replaceFirst("^\t+", "") : line;
            if (shell == Shell.BASH ? probe.equals(closer) : line.startsWith(closer)) {
                closer = null;
            }
            return Scanned.fixed();
        }
        if (inBlockComment) {
            inBlockComment = !line.contains("#>");
            return Scanned.fixed();
        }
        return new Lexer(line).run();
    }

    /** The words of one line; the fields are the lexer's state as it walks the line. */
    private final class Lexer {
        private final String line;
        private final int n;
        private final Deque<Character> stack;
        private final boolean startsInside;
        private final List<Word> words = new ArrayList<>();
        private List<Split> splits = new ArrayList<>();
        private int i;
        private int wordStart = -1;
        private int sepStart;
        private String indent = "";
        private String comment;
        private String commentSeparator;
        private boolean continues;
        private boolean editable = true;
        private String heredoc;
        private boolean heredocTabs;

        Lexer(String line) {
            this.line = line;
            this.n = line.length();
            this.stack = new ArrayDeque<>(carried);
            this.startsInside = !stack.isEmpty();
        }

        Scanned run() {
            if (startsInside) {
                wordStart = 0; // the word began on an earlier line
            } else {
                while (i < n && blank(line.charAt(i))) {
                    i++;
                }
                indent = line.substring(0, i);
                sepStart = i;
            }
            while (i < n) {
                char c = line.charAt(i);
                if (stack.isEmpty() && wordStart < 0) {
                    if (blank(c)) {
                        i++;
                        continue;
                    }
                    if (c == '#') {
                        commentSeparator = line.substring(sepStart, i);
                        comment = line.substring(i);
                        break;
                    }
                    if (shell == Shell.POWERSHELL && line.startsWith("<#", i)) {
                        inBlockComment = !line.substring(i + 2).contains("#>");
                        editable = false;
                        break;
                    }
                    wordStart = i;
                    splits = new ArrayList<>();
                }
                if (stack.isEmpty() && blank(c)) {
                    endWord(i);
                    continue;
                }
                boolean stop = shell == Shell.BASH ? bash(c) : powershell(c);
                if (stop) {
                    break;
                }
                if (shell == Shell.BASH) {
                    markSplit();
                }
            }
            if (wordStart >= 0) {
                endWord(n);
            }
            boolean quoteOpen = stack.contains(DOUBLE) || stack.contains(SINGLE) || stack.contains(ANSI)
                    || stack.contains(BACKQUOTE);
            carried = quoteOpen ? new ArrayDeque<>(stack) : new ArrayDeque<>();
            if (heredoc != null) {
                closer = heredoc;
                closerAfterTabs = heredocTabs;
            }
            boolean ok = editable && !startsInside && !quoteOpen && heredoc == null && closer == null && !inBlockComment;
            return new Scanned(indent, words, commentSeparator, comment, ok, continues);
        }

        private void endWord(int end) {
            String sep = startsInside && words.isEmpty() ? "" : line.substring(sepStart, wordStart);
            int from = wordStart;
            List<Split> inside = splits.stream().filter(s -> s.at() > 0 && s.at() < end - from).toList();
            words.add(new Word(sep, line.substring(wordStart, end), inside));
            wordStart = -1;
            sepStart = end;
            i = end;
        }

        /** After a unit of a bash word: may the word be cut here? */
        private void markSplit() {
            if (wordStart < 0 || i >= n || Character.isLowSurrogate(line.charAt(i))) {
                return;
            }
            Character top = stack.peek();
            if (top == null || (top == DOUBLE && stack.size() == 1)) {
                splits.add(new Split(i - wordStart, false));
            } else if (top == SINGLE && stack.size() == 1) {
                splits.add(new Split(i - wordStart, true));
            }
        }

        /** Consumes one unit of a bash line at {@code i}; true when the rest of the line is not words. */
        private boolean bash(char c) {
            Character top = stack.peek();
            if (top != null && top == SINGLE) {
                if (c == '\'') {
                    stack.pop();
                }
                i++;
            } else if (top != null && (top == ANSI || top == BACKQUOTE)) {
                if (c == '\\') {
                    i += 2;
                } else {
                    if (c == (top == ANSI ? '\'' : '`')) {
                        stack.pop();
                    }
                    i++;
                }
            } else if (c == '\\') {
                if (i + 1 == n) {
                    continues = true;
                    i++;
                } else {
                    i += 2;
                }
            } else if (top != null && top == DOUBLE) {
                if (c == '"') {
                    stack.pop();
                    i++;
                } else if (c == '$') {
                    dollar();
                } else if (c == '`') {
                    stack.push(BACKQUOTE);
                    i++;
                } else {
                    i++;
                }
            } else {
                if (c == '\'') {
                    stack.push(SINGLE);
                } else if (c == '"') {
                    stack.push(DOUBLE);
                } else if (c == '`') {
                    stack.push(BACKQUOTE);
                } else if (c == '$') {
                    dollar();
                    return false;
                } else if (c == '(') {
                    stack.push('(');
                } else if ((c == ')' || c == '}') && top != null && top == (c == ')' ? '(' : '{')) {
                    stack.pop();
                } else if (c == '<' && stack.isEmpty() && line.startsWith("<<", i)) {
                    return hereDocument();
                }
                i++;
            }
            i = Math.min(i, n);
            return false;
        }

        /** {@code $name}, {@code $1}, {@code $(…)}, {@code ${…}}, {@code $'…'}: never cut right after the dollar. */
        private void dollar() {
            char next = i + 1 < n ? line.charAt(i + 1) : ' ';
            if (next == '\'' && stack.isEmpty()) {
                stack.push(ANSI);
                i += 2;
            } else if (next == '(' || next == '{') {
                stack.push(next);
                i += 2;
            } else if (Character.isLetter(next) || next == '_') {
                i++;
                while (i < n && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_')) {
                    i++;
                }
            } else if (Character.isDigit(next) || "@*#?$!-".indexOf(next) >= 0) {
                i += 2;
            } else {
                i++;
            }
        }

        /** {@code <<EOF}: the lines up to EOF are the command's input, not commands; {@code <<<} is not one. */
        private boolean hereDocument() {
            if (line.startsWith("<<<", i)) {
                i += 3;
                return false;
            }
            Matcher m = HEREDOC.matcher(line).region(i, n);
            if (m.lookingAt() && heredoc == null) {
                heredocTabs = !m.group(1).isEmpty();
                heredoc = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            }
            i += 2;
            return false;
        }

        /** Consumes one unit of a PowerShell line at {@code i}; true when the rest of the line is not words. */
        private boolean powershell(char c) {
            Character top = stack.peek();
            char next = i + 1 < n ? line.charAt(i + 1) : '\0';
            if (top != null && top == SINGLE) {
                if (c == '\'' && next == '\'') {
                    i += 2;
                    return false;
                }
                if (c == '\'') {
                    stack.pop();
                }
                i++;
            } else if (top != null && top == DOUBLE) {
                if (c == '`' || (c == '"' && next == '"')) {
                    i += 2;
                } else if (c == '"') {
                    stack.pop();
                    i++;
                } else if (c == '$' && next == '(') {
                    stack.push('(');
                    i += 2;
                } else {
                    i++;
                }
            } else if (c == '`') {
                if (i + 1 == n) {
                    continues = true;
                    i++;
                } else {
                    i += 2;
                }
            } else if (c == '@' && (next == '"' || next == '\'') && line.substring(i + 2).isBlank()) {
                heredoc = next + "@"; // a here-string: its lines are text up to the line starting with "@ or '@
                return true;
            } else {
                if (c == '\'') {
                    stack.push(SINGLE);
                } else if (c == '"') {
                    stack.push(DOUBLE);
                } else if (c == '(' || c == '{' || c == '[') {
                    stack.push(c);
                } else if (top != null && (c == ')' && top == '(' || c == '}' && top == '{' || c == ']' && top == '[')) {
                    stack.pop();
                }
                i++;
            }
            i = Math.min(i, n);
            return false;
        }
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t';
    }
}
