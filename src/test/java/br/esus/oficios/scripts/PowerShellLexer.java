package br.esus.oficios.scripts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A small reader of the PowerShell that the script templates produce, for tests on a machine without PowerShell.
 * It is not a parser: it knows comments ({@code #} to the end of the line), strings (single-quoted, double-quoted
 * with {@code `} escapes and {@code $(...)} inside, here-strings) and brackets, which is what it takes to find
 * unbalanced brackets or quotes, variables used but never set, and the constructs FreeMarker or PowerShell would
 * misread. Quote characters include the typographic ones, which PowerShell also takes as quotes.
 */
final class PowerShellLexer {

    /** Variables PowerShell sets by itself, in lower case. */
    static final Set<String> AUTOMATIC = Set.of("_", "null", "true", "false", "matches", "lastexitcode",
            "executioncontext", "psscriptroot", "host");
    /** Scope and drive prefixes allowed before a colon in a variable name. */
    static final Set<String> SCOPES = Set.of("env", "script", "global", "local", "private", "using");

    /**
     * @param code        the text with comments removed and every string reduced to its quotes ({@code ''} or
     *                    {@code ""}), here-strings to {@code @''@}; line breaks kept
     * @param problems    what is wrong, one per item, with the line number
     * @param referenced  variables read, in lower case, without scope prefix (not {@code $env:})
     * @param assigned    variables set ({@code $x =}, {@code +=}), declared ({@code [type]$x}) or loop variables
     * @param hereStrings the contents of the here-strings, in order
     */
    record Result(String code, List<String> problems, Set<String> referenced, Set<String> assigned,
            List<String> hereStrings) {
    }

    private final String s;
    private int i;
    private int line = 1;
    private final StringBuilder code = new StringBuilder();
    private final List<String> problems = new ArrayList<>();
    private final Set<String> referenced = new LinkedHashSet<>();
    private final Set<String> assigned = new LinkedHashSet<>();
    private final List<String> hereStrings = new ArrayList<>();
    private final Deque<Character> brackets = new ArrayDeque<>();
    private final Deque<Integer> bracketLines = new ArrayDeque<>();
    /** For each open bracket: whether it is the parameter list of {@code param(} or {@code function Name(}. */
    private final Deque<Boolean> paramLists = new ArrayDeque<>();

    private PowerShellLexer(String text) {
        this.s = text;
    }

    /** Reads a whole script (without BOM; line ends LF or CRLF). */
    static Result read(String text) {
        PowerShellLexer l = new PowerShellLexer(text.replace("\r\n", "\n"));
        l.code(-1);
        if (!l.brackets.isEmpty()) {
            l.problems.add("linha " + l.bracketLines.peek() + ": '" + l.brackets.peek() + "' sem fechamento");
        }
        return new Result(l.code.toString(), l.problems, l.referenced, l.assigned, l.hereStrings);
    }

    private static boolean singleQuote(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B';
    }

    private static boolean doubleQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
    }

    private static boolean nameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private char at(int k) {
        return k < s.length() ? s.charAt(k) : '\0';
    }

    private void problem(String what) {
        problems.add("linha " + line + ": " + what);
    }

    /**
     * Reads code until the end of the text, or until the bracket at depth {@code stopDepth} closes (the end of a
     * {@code $(...)} inside a string).
     */
    private void code(int stopDepth) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                code.append(c);
                i++;
            } else if (c == '#') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '<' && at(i + 1) == '#') {
                problem("comentário de bloco <# (o FreeMarker o leria como diretiva)");
                i += 2;
            } else if (c == '@' && (singleQuote(at(i + 1)) || doubleQuote(at(i + 1)))) {
                hereString();
            } else if (singleQuote(c)) {
                singleQuoted();
            } else if (doubleQuote(c)) {
                doubleQuoted();
            } else if (c == '`') {
                if (at(i + 1) == '\n') {
                    line++;
                }
                i += 2;
            } else if (c == '$') {
                variable(false);
            } else if (c == '(' || c == '[' || c == '{') {
                open(c, c == '(' && tail().matches("(?s).*\\b(param|function\\s+\\w+)\\s*$"));
                code.append(c);
                i++;
            } else if (c == ')' || c == ']' || c == '}') {
                char open = c == ')' ? '(' : c == ']' ? '[' : '{';
                if (brackets.isEmpty() || brackets.peek() != open) {
                    problem("'" + c + "' sem abertura correspondente");
                } else {
                    brackets.pop();
                    bracketLines.pop();
                    paramLists.pop();
                }
                code.append(c);
                i++;
                if (brackets.size() == stopDepth) {
                    return;
                }
            } else {
                code.append(c);
                i++;
            }
        }
        if (stopDepth >= 0) {
            problem("$( sem o ) que o fecha, dentro de um texto");
        }
    }

    private void open(char c, boolean paramList) {
        brackets.push(c);
        bracketLines.push(line);
        paramLists.push(paramList);
    }

    /** The last characters of the code read so far. */
    private String tail() {
        return code.substring(Math.max(0, code.length() - 60));
    }

    private void hereString() {
        boolean expandable = doubleQuote(at(i + 1));
        int eol = s.indexOf('\n', i);
        if (eol < 0 || !s.substring(i + 2, eol).isBlank()) {
            problem("@' ou @\" de um here-string precisa terminar a linha");
            i += 2;
            return;
        }
        String end = expandable ? "\n\"@" : "\n'@";
        int close = s.indexOf(end, eol);
        if (close < 0) {
            problem("here-string sem o fechamento no começo de uma linha");
            i = s.length();
            return;
        }
        String body = s.substring(eol + 1, Math.max(eol + 1, close));
        hereStrings.add(body);
        if (expandable) {
            problem("here-string com aspas duplas (os $ dentro dele seriam lidos pelo PowerShell)");
        }
        line += (int) s.substring(i, close + 1).chars().filter(ch -> ch == '\n').count();
        code.append(expandable ? "@\"\"@" : "@''@");
        i = close + 3;
    }

    private void singleQuoted() {
        int start = line;
        i++;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (singleQuote(c)) {
                if (singleQuote(at(i + 1))) {
                    i += 2;
                    continue;
                }
                i++;
                code.append("''");
                return;
            }
            i++;
        }
        problems.add("linha " + start + ": aspas simples sem fechamento");
    }

    private void doubleQuoted() {
        int start = line;
        i++;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (c == '`') {
                i += 2;
            } else if (doubleQuote(c)) {
                if (doubleQuote(at(i + 1))) {
                    i += 2;
                    continue;
                }
                i++;
                code.append("\"\"");
                return;
            } else if (c == '$') {
                if (at(i + 1) == '(') {
                    int depth = brackets.size();
                    open('(', false);
                    code.append(" $(");
                    i += 2;
                    code(depth);
                    code.append(' ');
                } else {
                    variable(true);
                }
            } else {
                i++;
            }
        }
        problems.add("linha " + start + ": aspas duplas sem fechamento");
    }

    /** At a {@code $}: a variable, a subexpression {@code $(} (code only) or a lone dollar. */
    private void variable(boolean inString) {
        char next = at(i + 1);
        if (next == '{') {
            problem("${...} (use $nome ou $($nome))");
            i += 2;
            return;
        }
        if (!inString && next == '(') {
            code.append('$');
            i++;
            return;
        }
        if (!nameChar(next)) {
            if (!inString) {
                code.append('$');
            }
            i++;
            return;
        }
        int start = i + 1;
        int k = start;
        while (nameChar(at(k))) {
            k++;
        }
        String name = s.substring(start, k);
        String scope = null;
        if (at(k) == ':') {
            if (SCOPES.contains(name.toLowerCase(Locale.ROOT)) && nameChar(at(k + 1))) {
                scope = name.toLowerCase(Locale.ROOT);
                int q = k + 1;
                while (nameChar(at(q))) {
                    q++;
                }
                name = s.substring(k + 1, q);
                k = q;
            } else if (inString || nameChar(at(k + 1))) {
                // "$Pasta:" is a drive-qualified name for PowerShell, or an error: write "$($Pasta):".
                problem("$" + name + ": seguido de dois-pontos (escreva $(" + "$" + name + "):)");
            }
        }
        String key = name.toLowerCase(Locale.ROOT);
        boolean declaration = !inString && isDeclaration(start - 1);
        if (!inString) {
            code.append('$').append(scope == null ? "" : scope + ":").append(name);
        }
        i = k;
        if ("env".equals(scope)) {
            return;
        }
        if (!inString && isAssignment(k)) {
            assigned.add(key);
        } else if (declaration) {
            assigned.add(key);
        } else {
            referenced.add(key);
        }
    }

    private boolean isAssignment(int k) {
        int q = k;
        while (at(q) == ' ') {
            q++;
        }
        char c = at(q);
        if (c == '=' && at(q + 1) != '=') {
            return true;
        }
        return (c == '+' || c == '-') && at(q + 1) == '=';
    }

    /** {@code [type]$x} in a parameter list, or {@code foreach ($x in ...)}. */
    private boolean isDeclaration(int dollar) {
        if (dollar > 0 && s.charAt(dollar - 1) == ']' && Boolean.TRUE.equals(paramLists.peek())) {
            return true;
        }
        return tail().matches("(?s).*\\bforeach\\s*\\(\\s*$");
    }
}
