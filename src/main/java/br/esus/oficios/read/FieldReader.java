package br.esus.oficios.read;

import br.esus.oficios.model.Problem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads values out of a {@link YamlNode} tree for one file, adding a problem for everything wrong and going on, so
 * that the user gets every problem of the file at once. Every value is a single line without control characters.
 * One instance per file read; not thread-safe.
 */
public final class FieldReader {
    /** What the scaffold writes where the user still has to fill something. */
    static final String PREENCHER = "PREENCHER";

    private final Path file;
    private final Consumer<Problem> problems;
    private final Function<String, String> exampleOf;
    private final String model;
    private final BiFunction<String, String, String> lengthProblem;
    private Predicate<String> freeText = path -> false;
    /** The declared keys, for the methods that take whether a key is required and its rules from there. */
    private FieldCatalog catalog;

    /**
     * @param exampleOf the example for a path (as written in YAML), or null; used to say how to fix
     * @param model a file to look at for a missing block, e.g. {@code municipios/ba-santo-amaro.yaml}
     */
    FieldReader(Path file, List<Problem> problems, Function<String, String> exampleOf, String model) {
        this(file, problems::add, exampleOf, model, (path, text) -> null);
    }

    /**
     * A reader of a file whose keys are declared in {@code catalog}: the examples, the maximum lengths and the free
     * texts come from there.
     *
     * @param problems receives every problem, in the order found
     * @param model a file to look at for a missing block, e.g. {@code municipios/ba-santo-amaro.yaml}
     */
    public FieldReader(Path file, Consumer<Problem> problems, FieldCatalog catalog, String model) {
        this(file, problems, catalog::example, model, catalog::lengthProblem);
        this.freeText = catalog::freeText;
        this.catalog = catalog;
    }

    /**
     * @param lengthProblem what is wrong with a value's length (path, value), or null when it fits; every
     *        single-line value is checked
     */
    private FieldReader(Path file, Consumer<Problem> problems, Function<String, String> exampleOf, String model,
            BiFunction<String, String, String> lengthProblem) {
        this.file = file;
        this.problems = problems;
        this.exampleOf = exampleOf;
        this.model = model;
        this.lengthProblem = lengthProblem;
    }

    /**
     * Says which values are free text (names of people and bodies, addresses, notes): they lose the invisible
     * characters ({@link Texts#isInvisible}) with a warning and keep the unusual spaces. Any other value (a name
     * that becomes a folder, a code, an e-mail, a domain) that has either is refused. By default no value is free
     * text; a reader made from a {@link FieldCatalog} takes the catalog's.
     *
     * @param paths tells a free text's path, e.g. {@code prefeitura.endereco} or {@code pop.distribuicao[0]}
     * @return this reader
     */
    FieldReader freeText(Predicate<String> paths) {
        this.freeText = paths;
        return this;
    }

    Path file() {
        return file;
    }

    public void error(YamlNode at, String message) {
        problems.accept(Problem.error(file, at.line(), at.column(), at.path(), message));
    }

    public void errorAtKey(YamlNode at, String message) {
        problems.accept(Problem.error(file, at.keyLine(), at.keyColumn(), at.path(), message));
    }

    void warning(YamlNode at, String message) {
        problems.accept(Problem.warning(file, at.line(), at.column(), at.path(), message));
    }

    void warningAtKey(YamlNode at, String message) {
        problems.accept(Problem.warning(file, at.keyLine(), at.keyColumn(), at.path(), message));
    }

    public static String path(YamlNode.Mapping parent, String key) {
        return parent.path().isEmpty() ? key : parent.path() + "." + key;
    }

    /** Reports every key of {@code m} that is not in {@code known}, with a "você quis dizer" when one is close. */
    public void keys(YamlNode.Mapping m, Collection<String> known) {
        for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
            String visible = SingleLineText.visible(e.getKey());
            if (!known.contains(e.getKey()) && known.contains(visible)) {
                errorAtKey(e.getValue(), "a chave " + Texts.code(visible) + " tem " + SingleLineText.names(e.getKey())
                        + "; apague-o (a chave parece certa, mas o programa não a reconhece)"
                        + SingleLineText.COPIED);
            } else if (!known.contains(e.getKey())) {
                String where = m.path().isEmpty() ? "no começo da linha" : "em " + Texts.code(m.path() + ":");
                String hint = Suggest.closest(e.getKey(), known)
                        .map(s -> "você quis dizer " + Texts.code(s) + "?")
                        .orElse("as chaves aceitas " + where + " são: " + String.join(", ", known));
                errorAtKey(e.getValue(), "chave desconhecida " + Texts.code(e.getKey()) + "; " + hint);
            }
        }
    }

    /** Reports a missing key at the parent's key, saying what to add. */
    void missing(YamlNode.Mapping parent, String key, boolean isBlock) {
        String field = path(parent, key);
        String example = exampleOf.apply(field);
        String where = parent.path().isEmpty() ? "no começo de uma linha, sem espaços antes"
                : "em " + Texts.code(parent.path() + ":");
        String message = isBlock
                ? "bloco obrigatório ausente; acrescente " + Texts.code(key + ":") + " " + where
                        + ", com as suas chaves nas linhas de baixo (veja " + model + ")"
                : "campo obrigatório ausente; acrescente " + where + " a linha " + Texts.code(key + ": ...")
                        + (example == null ? "" : " (ex.: " + example + ")");
        problems.accept(Problem.error(file, parent.keyLine(), parent.keyColumn(), field, message));
    }

    /** A block of keys; null when absent (reported if required), empty, or of another kind (reported). */
    public YamlNode.Mapping block(YamlNode.Mapping m, String key, boolean required) {
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
    public YamlNode.Scalar scalar(YamlNode.Mapping m, String key, boolean required) {
        YamlNode n = m.entries().get(key);
        if (n == null) {
            if (required) {
                missing(m, key, false);
            }
            return null;
        }
        if (!(n instanceof YamlNode.Scalar s)) {
            error(n, "esperava um valor na mesma linha da chave, mas encontrei " + n.kind()
                    + "; escreva " + Texts.code(key + ": valor") + exampleSuffix(n.path()));
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
                error(s, "valor vazio; preencha" + exampleSuffix(s.path()));
            }
            return null;
        }
        String text = SingleLineText.normalize(s.text());
        if (text.startsWith(PREENCHER)) {
            error(s, "ainda não preenchido; troque " + PREENCHER + " pelo valor" + exampleSuffix(s.path())
                    + (required ? "" : ", ou apague a linha se não for usar este campo, que é opcional"));
            return null;
        }
        String problem = SingleLineText.lineProblem(text);
        if (problem == null && !freeText.test(s.path())) {
            problem = SingleLineText.invisibleProblem(text);
        }
        if (problem != null) {
            error(s, problem);
            return null;
        }
        String removed = SingleLineText.removedWarning(text);
        if (removed != null) {
            warning(s, removed);
        }
        text = SingleLineText.withoutInvisibles(text);
        if (text.isEmpty()) {
            if (required) {
                error(s, "valor vazio (só caracteres invisíveis); preencha" + exampleSuffix(s.path()));
            }
            return null;
        }
        String longo = lengthProblem.apply(s.path(), text);
        if (longo != null) {
            error(s, longo);
            return null;
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
                    + exampleSuffix(n.path()));
        }
        return null;
    }

    /** A list of single-line texts (each checked as {@link #scalar} does); empty when absent. */
    public List<String> texts(YamlNode.Mapping m, String key, boolean required) {
        return scalars(m, key, required).stream().map(YamlNode.Scalar::text).toList();
    }

    /** The same as {@link #texts}, each text with where it is, for further checks. */
    public List<YamlNode.Scalar> scalars(YamlNode.Mapping m, String key, boolean required) {
        YamlNode.Sequence q = list(m, key, required);
        List<YamlNode.Scalar> out = new java.util.ArrayList<>();
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
                out.add(c);
            }
        }
        return out;
    }

    public String text(YamlNode.Mapping m, String key, boolean required) {
        YamlNode.Scalar s = scalar(m, key, required);
        return s == null ? null : s.text();
    }

    /** One of {@code values} (keyed by the YAML word); a wrong word gets the list and a "você quis dizer". */
    public <E> E choice(YamlNode.Mapping m, String key, boolean required, Map<String, E> values) {
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

    public Boolean bool(YamlNode.Mapping m, String key, boolean required) {
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
    public Integer integer(YamlNode.Mapping m, String key, boolean required, int min, int max) {
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
                + ", só com dígitos" + exampleSuffix(s.path()));
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

    /*
     * The same readers for a file whose keys are declared (a reader made from a FieldCatalog): whether the key is
     * required, its range and its choices come from its declaration.
     */

    /** The declaration of {@code key} in {@code m}. */
    private Field declared(YamlNode.Mapping m, String key) {
        return catalog.get(path(m, key));
    }

    public YamlNode.Mapping block(YamlNode.Mapping m, String key) {
        return block(m, key, declared(m, key).required());
    }

    public YamlNode.Scalar scalar(YamlNode.Mapping m, String key) {
        return scalar(m, key, declared(m, key).required());
    }

    public String text(YamlNode.Mapping m, String key) {
        return text(m, key, declared(m, key).required());
    }

    public YamlNode.Sequence list(YamlNode.Mapping m, String key) {
        return list(m, key, declared(m, key).required());
    }

    public List<String> texts(YamlNode.Mapping m, String key) {
        return texts(m, key, declared(m, key).required());
    }

    public List<YamlNode.Scalar> scalars(YamlNode.Mapping m, String key) {
        return scalars(m, key, declared(m, key).required());
    }

    public Boolean bool(YamlNode.Mapping m, String key) {
        return bool(m, key, declared(m, key).required());
    }

    public LocalDate date(YamlNode.Mapping m, String key) {
        return date(m, key, declared(m, key).required());
    }

    /** A whole number in the declared range. */
    public Integer integer(YamlNode.Mapping m, String key) {
        Field d = declared(m, key);
        return integer(m, key, d.required(), d.min(), d.max());
    }

    /** One of the declared choices, read as {@code type}. */
    public <E> E choice(YamlNode.Mapping m, String key, Class<E> type) {
        Field d = declared(m, key);
        return choice(m, key, d.required(), d.choices(type));
    }

    /** The same, from a value already read. */
    public <E> E choice(YamlNode.Scalar s, Class<E> type) {
        return choice(s, catalog.get(s.path()).choices(type));
    }

    /** {@code " (ex.: ...)"} for the path, or "". */
    private String exampleSuffix(String path) {
        String e = exampleOf.apply(path);
        return e == null ? "" : " (ex.: " + e + ")";
    }

    private static String describe(YamlNode n) {
        return n instanceof YamlNode.Scalar s && s.text() != null ? " (" + Texts.quote(s.text()) + ")" : "";
    }
}
