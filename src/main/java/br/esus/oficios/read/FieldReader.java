package br.esus.oficios.read;

import br.esus.oficios.model.Problem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads values out of a {@link YamlNode} tree for one file, adding a problem for everything wrong and going on, so
 * that the user gets every problem of the file at once. Every value is a single line without control characters.
 * One instance per file read; not thread-safe.
 */
final class FieldReader {
    /** What the scaffold writes where the user still has to fill something. */
    static final String PREENCHER = "PREENCHER";

    private final Path file;
    private final List<Problem> problems;
    private final Function<String, String> exemploDe;
    private final String modelo;

    /**
     * @param exemploDe the example for a path (as written in YAML), or null; used to say how to fix
     * @param modelo a file to look at for a missing block, e.g. {@code municipios/ba-santo-amaro.yaml}
     */
    FieldReader(Path file, List<Problem> problems, Function<String, String> exemploDe, String modelo) {
        this.file = file;
        this.problems = problems;
        this.exemploDe = exemploDe;
        this.modelo = modelo;
    }

    Path file() {
        return file;
    }

    void error(YamlNode at, String mensagem) {
        problems.add(Problem.error(file, at.line(), at.column(), at.path(), mensagem));
    }

    void errorAtKey(YamlNode at, String mensagem) {
        problems.add(Problem.error(file, at.keyLine(), at.keyColumn(), at.path(), mensagem));
    }

    void warning(YamlNode at, String mensagem) {
        problems.add(Problem.warning(file, at.line(), at.column(), at.path(), mensagem));
    }

    void warningAtKey(YamlNode at, String mensagem) {
        problems.add(Problem.warning(file, at.keyLine(), at.keyColumn(), at.path(), mensagem));
    }

    static String path(YamlNode.Mapping parent, String key) {
        return parent.path().isEmpty() ? key : parent.path() + "." + key;
    }

    /** Reports every key of {@code m} that is not in {@code known}, with a "você quis dizer" when one is close. */
    void keys(YamlNode.Mapping m, Collection<String> known) {
        for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
            if (!known.contains(e.getKey())) {
                String onde = m.path().isEmpty() ? "no começo da linha" : "em " + Texts.code(m.path() + ":");
                String sugestao = Suggest.closest(e.getKey(), known)
                        .map(s -> "você quis dizer " + Texts.code(s) + "?")
                        .orElse("as chaves aceitas " + onde + " são: " + String.join(", ", known));
                errorAtKey(e.getValue(), "chave desconhecida " + Texts.code(e.getKey()) + "; " + sugestao);
            }
        }
    }

    /** Reports a missing key at the parent's key, saying what to add. */
    void missing(YamlNode.Mapping parent, String key, boolean bloco) {
        String campo = path(parent, key);
        String exemplo = exemploDe.apply(campo);
        String onde = parent.path().isEmpty() ? "no começo de uma linha, sem espaços antes"
                : "em " + Texts.code(parent.path() + ":");
        String mensagem = bloco
                ? "bloco obrigatório ausente; acrescente " + Texts.code(key + ":") + " " + onde
                        + ", com as suas chaves nas linhas de baixo (veja " + modelo + ")"
                : "campo obrigatório ausente; acrescente " + onde + " a linha " + Texts.code(key + ": ...")
                        + (exemplo == null ? "" : " (ex.: " + exemplo + ")");
        problems.add(Problem.error(file, parent.keyLine(), parent.keyColumn(), campo, mensagem));
    }

    /** A block of keys; null when absent (reported if required), empty, or of another kind (reported). */
    YamlNode.Mapping block(YamlNode.Mapping m, String key, boolean required) {
        YamlNode n = m.entries().get(key);
        if (n == null || n instanceof YamlNode.Scalar s && s.blank()) {
            if (required) {
                missing(m, key, true);
            }
            return null;
        }
        if (n instanceof YamlNode.Mapping child) {
            return child;
        }
        if (!(n instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.INVALID)) {
            error(n, "esperava um bloco de chaves (nas linhas de baixo, com 2 espaços a mais), mas encontrei "
                    + n.kind() + describe(n));
        }
        return null;
    }

    /**
     * A single-line value, stripped; null when absent or empty (reported if required), a placeholder, of another
     * kind, or with line breaks or control characters (all reported).
     */
    YamlNode.Scalar scalar(YamlNode.Mapping m, String key, boolean required) {
        YamlNode n = m.entries().get(key);
        if (n == null) {
            if (required) {
                missing(m, key, false);
            }
            return null;
        }
        if (!(n instanceof YamlNode.Scalar s)) {
            error(n, "esperava um valor na mesma linha da chave, mas encontrei " + n.kind()
                    + "; escreva " + Texts.code(key + ": valor") + exemplo(n.path()));
            return null;
        }
        return clean(s, required);
    }

    /**
     * {@code s} stripped; null when empty (reported if required), a placeholder, or with line breaks or control
     * characters (all reported).
     */
    private YamlNode.Scalar clean(YamlNode.Scalar s, boolean required) {
        if (s.type() == YamlNode.Scalar.Type.INVALID) {
            return null;
        }
        if (s.blank()) {
            if (required) {
                error(s, "valor vazio; preencha" + exemplo(s.path()));
            }
            return null;
        }
        String text = s.text().strip();
        if (text.startsWith(PREENCHER)) {
            error(s, "ainda não preenchido; troque " + PREENCHER + " pelo valor" + exemplo(s.path()));
            return null;
        }
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            error(s, "quebra de linha não é permitida; escreva o valor numa linha só (sem | nem >)");
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Texts.isControl(c)) {
                error(s, (c == '\t' ? "tabulação" : String.format("caractere de controle U+%04X", (int) c))
                        + " não é permitido no valor; apague-o (use espaços)");
                return null;
            }
        }
        return new YamlNode.Scalar(s.path(), s.line(), s.column(), s.keyLine(), s.keyColumn(), text, s.type());
    }

    /**
     * A list, written {@code [a, b]} or one {@code - item} per line; null when absent or empty (reported if
     * required) or of another kind (reported).
     */
    YamlNode.Sequence list(YamlNode.Mapping m, String key, boolean required) {
        YamlNode n = m.entries().get(key);
        if (n == null || n instanceof YamlNode.Scalar s && s.blank()
                || n instanceof YamlNode.Sequence q && q.items().isEmpty()) {
            if (required) {
                missing(m, key, false);
            }
            return null;
        }
        if (n instanceof YamlNode.Sequence q) {
            return q;
        }
        if (!(n instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.INVALID)) {
            error(n, "esperava uma lista, mas encontrei " + n.kind() + describe(n) + "; escreva "
                    + Texts.code(key + ": [primeiro, segundo]") + " ou um item por linha, começando com `- `"
                    + exemplo(n.path()));
        }
        return null;
    }

    /** A list of single-line texts (each checked as {@link #scalar} does); empty when absent. */
    List<String> texts(YamlNode.Mapping m, String key, boolean required) {
        YamlNode.Sequence q = list(m, key, required);
        List<String> out = new java.util.ArrayList<>();
        if (q == null) {
            return out;
        }
        for (YamlNode item : q.items()) {
            if (!(item instanceof YamlNode.Scalar s)) {
                error(item, "cada item da lista é um texto numa linha só, mas encontrei " + item.kind());
                continue;
            }
            YamlNode.Scalar c = clean(s, true);
            if (c != null) {
                out.add(c.text());
            }
        }
        return out;
    }

    String text(YamlNode.Mapping m, String key, boolean required) {
        YamlNode.Scalar s = scalar(m, key, required);
        return s == null ? null : s.text();
    }

    /** One of {@code values} (keyed by the YAML word); a wrong word gets the list and a "você quis dizer". */
    <E> E choice(YamlNode.Mapping m, String key, boolean required, Map<String, E> values) {
        YamlNode.Scalar s = scalar(m, key, required);
        return s == null ? null : choice(s, values);
    }

    <E> E choice(YamlNode.Scalar s, Map<String, E> values) {
        E e = values.get(s.text());
        if (e == null) {
            String sugestao = Suggest.closest(s.text(), values.keySet())
                    .map(v -> "você quis dizer " + Texts.code(v) + "? ").orElse("");
            error(s, "valor inválido " + Texts.quote(s.text()) + "; " + sugestao + "use um destes: "
                    + String.join(", ", values.keySet()));
        }
        return e;
    }

    Boolean bool(YamlNode.Mapping m, String key, boolean required) {
        YamlNode.Scalar s = scalar(m, key, required);
        if (s == null) {
            return null;
        }
        String t = s.text().toLowerCase(Locale.ROOT);
        if (s.type() == YamlNode.Scalar.Type.BOOLEAN && (t.equals("true") || t.equals("false"))) {
            return t.equals("true");
        }
        error(s, "valor inválido " + Texts.quote(s.text()) + "; escreva true (sim) ou false (não), sem aspas");
        return null;
    }

    /** A whole number between min and max, written with digits only (quoted or not). */
    Integer integer(YamlNode.Mapping m, String key, boolean required, int min, int max) {
        YamlNode.Scalar s = scalar(m, key, required);
        if (s == null) {
            return null;
        }
        if (s.text().matches("\\d{1,9}")) {
            int v = Integer.parseInt(s.text());
            if (v >= min && v <= max) {
                return v;
            }
        }
        error(s, "valor inválido " + Texts.quote(s.text()) + "; escreva um número inteiro de " + min + " a " + max
                + ", só com dígitos" + exemplo(s.path()));
        return null;
    }

    LocalDate date(YamlNode.Mapping m, String key, boolean required) {
        YamlNode.Scalar s = scalar(m, key, required);
        if (s == null) {
            return null;
        }
        LocalDate d = Formatos.data(s.text());
        if (d == null) {
            error(s, Formatos.dataInvalida(s.text()));
        }
        return d;
    }

    /** {@code " (ex.: ...)"} for the path, or "". */
    private String exemplo(String path) {
        String e = exemploDe.apply(path);
        return e == null ? "" : " (ex.: " + e + ")";
    }

    private static String describe(YamlNode n) {
        return n instanceof YamlNode.Scalar s && s.text() != null ? " (" + Texts.quote(s.text()) + ")" : "";
    }
}
