package br.esus.oficios.read;

import br.esus.oficios.model.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.events.StreamStartEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML bytes into a {@link YamlNode} tree that keeps every line and column, collecting problems instead of
 * stopping at the first: size, encoding, syntax, duplicate keys, anchors and aliases, nesting, several documents.
 * Thread-safe: one instance serves parallel reads.
 */
public final class YamlTree {
    /** Larger files are refused before parsing. */
    static final int MAX_BYTES = 1024 * 1024;
    /** Deepest nesting accepted (the root block is level 1). */
    static final int MAX_DEPTH = 20;

    /** The words of a boolean, for a value tagged {@code !!bool}, in lower case. */
    private static final Set<String> BOOLEAN_WORDS = Set.of("true", "false", "yes", "no", "on", "off", "y", "n");

    /** SnakeYAML's rules for what a plain value is (YAML 1.1); only read, so it serves parallel parses. */
    private final Resolver resolver = new Resolver();

    /**
     * @param shown the file name used in problems, as the caller gave it
     * @param conteudo what the file should contain, for the messages on an empty file or one that is not a block
     *        of keys, e.g. {@code "municipio:, prefeitura:, ..."}
     * @return the root block, or null when the file cannot be read as a block of keys (the reason is in problems)
     */
    public YamlNode.Mapping parse(Path shown, byte[] bytes, List<Problem> problems, String conteudo) {
        if (bytes.length > MAX_BYTES) {
            problems.add(Problem.error(shown, 0, 0, "", String.format(
                    "arquivo grande demais (%d bytes; o limite é 1 MiB); confira se é mesmo um arquivo de município",
                    bytes.length)));
            return null;
        }
        String text = decodeUtf8(shown, bytes, problems);
        if (text == null) {
            return null;
        }
        if (text.isBlank()) {
            problems.add(Problem.error(shown, 0, 0, "", "arquivo vazio; escreva nele " + conteudo));
            return null;
        }
        List<int[]> refused = new ArrayList<>();
        YamlNode.Mapping root = new Builder(shown, problems, conteudo).build(withoutRefused(text, refused));
        for (int[] r : refused) {
            problems.add(Problem.error(shown, r[0], r[1], root == null ? "" : fieldAt(root, r[0], r[3]),
                    "caractere de controle " + Texts.nome(r[2]) + " não é permitido no arquivo; apague-o (ele pode "
                    + "não aparecer no editor: apague e digite de novo o trecho desta posição)"));
        }
        return root;
    }

    /**
     * The path of the key or single value that holds the position (line, column) of the file, or "" (a comment, the
     * indentation).
     */
    private static String fieldAt(YamlNode node, int line, int column) {
        String[] best = {""};
        int[] bestColumn = {0};
        walk(node, n -> {
            if (n.keyLine() == line && n.keyColumn() <= column && n.keyColumn() > bestColumn[0]) {
                best[0] = n.path();
                bestColumn[0] = n.keyColumn();
            }
            if (n instanceof YamlNode.Scalar && n.line() == line && n.column() <= column
                    && n.column() >= bestColumn[0]) {
                best[0] = n.path();
                bestColumn[0] = n.column();
            }
        });
        return best[0];
    }

    private static void walk(YamlNode node, java.util.function.Consumer<YamlNode> visit) {
        visit.accept(node);
        if (node instanceof YamlNode.Mapping m) {
            m.entries().values().forEach(child -> walk(child, visit));
        } else if (node instanceof YamlNode.Sequence q) {
            q.items().forEach(child -> walk(child, visit));
        }
    }

    /**
     * {@code text} without the characters YAML refuses anywhere (control characters but tab and line breaks).
     * SnakeYAML stops at the first one and gives the position where it was reading, often lines away; this way each is
     * reported where it is and by name, and the rest of the file is still read and checked.
     *
     * @param refused gets {line, column, character, column in the text returned} for each one
     */
    private static String withoutRefused(String text, List<int[]> refused) {
        StringBuilder out = null;
        int line = 1;
        int column = 1;
        int removedOnLine = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (refused(cp)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                refused.add(new int[] {line, column, cp, column - removedOnLine});
                column++;
                removedOnLine++;
            } else {
                if (out != null) {
                    out.appendCodePoint(cp);
                }
                if (cp == '\n' || cp == '\r' && (next >= text.length() || text.charAt(next) != '\n')) {
                    line++;
                    column = 0;
                    removedOnLine = 0;
                }
                column++;
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    /** What SnakeYAML's reader refuses: YAML's non-printable characters (YAML 1.1 §5.1). */
    private static boolean refused(int cp) {
        return !(cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0x7E || cp == 0x85
                || cp >= 0xA0 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /** Strict UTF-8 (a BOM is skipped); on a bad byte, says where and how to fix it. */
    private static String decodeUtf8(Path shown, byte[] bytes, List<Problem> problems) {
        Utf8.Decoded d = Utf8.decode(bytes);
        if (d.text() == null) {
            problems.add(Problem.error(shown, d.line(), d.column(), "", d.problem()));
        }
        return d.text();
    }

    /** Signals a problem after which the rest of the file cannot be read. */
    private static final class Stop extends Exception {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** One parse: not shared between threads. */
    private final class Builder {
        private final Path shown;
        private final List<Problem> problems;
        private final String conteudo;
        private Parser parser;
        /** The last event read, as the positions of problems are given from it. */
        private Event event;

        Builder(Path shown, List<Problem> problems, String conteudo) {
            this.shown = shown;
            this.problems = problems;
            this.conteudo = conteudo;
        }

        YamlNode.Mapping build(String text) {
            parser = new ParserImpl(new StreamReader(text), new LoaderOptions());
            try {
                Event first = next();
                if (first == null) {
                    problems.add(Problem.error(shown, 0, 0, "", "arquivo sem conteúdo (só comentários); escreva "
                            + "nele " + conteudo));
                    return null;
                }
                int line = line(first);
                int column = column(first);
                YamlNode root = value(first, "", line, column, 1);
                Event more = next();
                if (more != null) {
                    problems.add(Problem.error(shown, line(more), column(more), "", "o arquivo tem mais de um "
                            + "documento YAML (separados por ---); deixe um só município por arquivo"));
                }
                if (root instanceof YamlNode.Mapping m) {
                    return m;
                }
                problems.add(Problem.error(shown, root.line(), root.column(), "", "o arquivo deve ser um bloco de "
                        + "chaves, mas é " + root.kind() + "; escreva nele " + conteudo));
                return null;
            } catch (Stop stop) {
                return null;
            }
        }

        private YamlNode value(Event e, String path, int keyLine, int keyColumn, int depth) throws Stop {
            if (!(e instanceof NodeEvent)) {
                throw new IllegalStateException("YAML inesperado: " + e);
            }
            int line = line(e);
            int column = column(e);
            if (e instanceof AliasEvent alias) {
                problems.add(Problem.error(shown, line, column, path, "referência "
                        + Texts.code("*" + alias.getAnchor()) + " não é permitida (âncoras e referências YAML não "
                        + "são aceitas); escreva o valor completo aqui"));
                return new YamlNode.Scalar(path, line, column, keyLine, keyColumn, "", YamlNode.Scalar.Type.INVALID);
            }
            anchor((NodeEvent) e, path, line, column);
            if (e instanceof MappingStartEvent || e instanceof SequenceStartEvent) {
                if (depth > MAX_DEPTH) {
                    problems.add(Problem.error(shown, line, column, path, "aninhamento com mais de " + MAX_DEPTH
                            + " níveis; confira a indentação"));
                    throw new Stop();
                }
                return e instanceof MappingStartEvent
                        ? mapping(path, line, column, keyLine, keyColumn, depth)
                        : sequence(path, line, column, keyLine, keyColumn, depth);
            }
            ScalarEvent scalar = (ScalarEvent) e;
            YamlNode.Scalar.Type type = type(scalar);
            String text = type == YamlNode.Scalar.Type.NULL ? null : scalar.getValue();
            return new YamlNode.Scalar(path, line, column, keyLine, keyColumn, text, type);
        }

        /** The problem of an anchor ({@code &nome}) on a key or a value, if it has one. */
        private void anchor(NodeEvent e, String path, int line, int column) {
            if (e.getAnchor() != null) {
                problems.add(Problem.error(shown, line, column, path, "âncora " + Texts.code("&" + e.getAnchor())
                        + " não é permitida (âncoras e referências YAML não são aceitas); escreva os valores por "
                        + "extenso"));
            }
        }

        private YamlNode.Mapping mapping(String path, int line, int column, int keyLine, int keyColumn, int depth)
                throws Stop {
            Map<String, YamlNode> entries = new LinkedHashMap<>();
            Event e;
            while (!((e = next()) instanceof MappingEndEvent)) {
                if (e == null) {
                    throw new IllegalStateException("YAML inesperado: fim do bloco");
                }
                if (!(e instanceof ScalarEvent keyEvent)) {
                    // A complex key ("? [a]: b") or an alias as a key.
                    problems.add(Problem.error(shown, endLine(e), endColumn(e), "",
                            YamlSyntaxMessages.complexKey()));
                    throw new Stop();
                }
                String key = keyEvent.getValue();
                int kLine = line(keyEvent);
                int kColumn = column(keyEvent);
                String childPath = path.isEmpty() ? key : path + "." + key;
                anchor(keyEvent, childPath, kLine, kColumn);
                YamlNode child = value(next(), childPath, kLine, kColumn, depth + 1);
                YamlNode earlier = entries.get(key);
                if (earlier != null) {
                    problems.add(Problem.error(shown, kLine, kColumn, childPath, "chave repetida (já aparece na "
                            + "linha " + earlier.keyLine() + "); apague uma das duas"));
                } else {
                    entries.put(key, child);
                }
            }
            return new YamlNode.Mapping(path, line, column, keyLine, keyColumn, entries);
        }

        private YamlNode.Sequence sequence(String path, int line, int column, int keyLine, int keyColumn, int depth)
                throws Stop {
            List<YamlNode> items = new ArrayList<>();
            Event e;
            while (!((e = next()) instanceof SequenceEndEvent)) {
                if (e == null) {
                    throw new IllegalStateException("YAML inesperado: fim da lista");
                }
                items.add(value(e, path + "[" + items.size() + "]", line(e), column(e), depth + 1));
            }
            return new YamlNode.Sequence(path, line, column, keyLine, keyColumn, items);
        }

        /**
         * What the value is, by the rules of YAML 1.1 (SnakeYAML's resolver) for a plain value: {@code ~},
         * {@code null} and nothing are null; {@code true}, {@code false}, {@code yes}, {@code no}, {@code on},
         * {@code off} (in lower, capitalised or upper case) are booleans; a value in quotes is text. An explicit tag
         * ({@code !!str}, {@code !!bool}...) says it.
         *
         * @throws Stop on {@code !!binary}, which no value of ours is
         */
        private YamlNode.Scalar.Type type(ScalarEvent s) throws Stop {
            String value = s.getValue();
            if (value.isEmpty()) {
                // "chave:" with nothing after it: an empty text, as Jackson's parser gave it.
                return YamlNode.Scalar.Type.STRING;
            }
            String tag = s.getTag();
            if (tag == null || tag.equals("!")) {
                Tag t = resolver.resolve(NodeId.scalar, value, s.getImplicit().canOmitTagInPlainScalar());
                return t == Tag.NULL ? YamlNode.Scalar.Type.NULL
                        : t == Tag.BOOL ? YamlNode.Scalar.Type.BOOLEAN
                        : t == Tag.INT ? YamlNode.Scalar.Type.INTEGER
                        : t == Tag.FLOAT ? YamlNode.Scalar.Type.DECIMAL
                        : YamlNode.Scalar.Type.STRING;
            }
            String name = tag.startsWith(Tag.PREFIX) ? tag.substring(Tag.PREFIX.length()) : tag;
            switch (name) {
                case "binary" -> {
                    problems.add(Problem.error(shown, line(s), column(s), "",
                            YamlSyntaxMessages.binaryTag()));
                    throw new Stop();
                }
                case "bool" -> {
                    return BOOLEAN_WORDS.contains(value.toLowerCase(Locale.ROOT)) ? YamlNode.Scalar.Type.BOOLEAN
                            : YamlNode.Scalar.Type.STRING;
                }
                case "null" -> {
                    return YamlNode.Scalar.Type.NULL;
                }
                case "int" -> {
                    return YamlNode.Scalar.Type.INTEGER;
                }
                case "float" -> {
                    return YamlNode.Scalar.Type.DECIMAL;
                }
                default -> {
                    return YamlNode.Scalar.Type.STRING;
                }
            }
        }

        /**
         * The next event of the document: the start and end of the stream and of documents are passed over; null
         * at the end.
         */
        private Event next() throws Stop {
            while (true) {
                Event e;
                try {
                    e = parser.getEvent();
                } catch (YAMLException y) {
                    problems.add(syntaxProblem(y));
                    throw new Stop();
                }
                event = e;
                if (e == null || e instanceof StreamEndEvent) {
                    return null;
                }
                if (!(e instanceof StreamStartEvent || e instanceof DocumentStartEvent
                        || e instanceof DocumentEndEvent)) {
                    return e;
                }
            }
        }

        private static int line(Event e) {
            return e.getStartMark().getLine() + 1;
        }

        private static int column(Event e) {
            return e.getStartMark().getColumn() + 1;
        }

        private static int endLine(Event e) {
            return e.getEndMark().getLine() + 1;
        }

        private static int endColumn(Event e) {
            return e.getEndMark().getColumn() + 1;
        }

        /** A syntax error SnakeYAML found: where it says, or else at the end of the last event read. */
        private Problem syntaxProblem(YAMLException y) {
            String problem = y.getMessage();
            Mark at = event == null ? null : event.getEndMark();
            if (y instanceof MarkedYAMLException m) {
                problem = (m.getContext() == null ? "" : m.getContext() + ": ") + m.getProblem();
                if (m.getProblemMark() != null) {
                    at = m.getProblemMark();
                }
            }
            return Problem.error(shown, at == null ? 0 : at.getLine() + 1, at == null ? 0 : at.getColumn() + 1, "",
                    YamlSyntaxMessages.translate(problem));
        }
    }
}
