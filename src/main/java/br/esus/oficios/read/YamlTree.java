package br.esus.oficios.read;

import br.esus.oficios.model.Problem;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

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

    private final YAMLFactory factory = YAMLFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
            .build();

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
        private YAMLParser parser;
        private String text;

        Builder(Path shown, List<Problem> problems, String conteudo) {
            this.shown = shown;
            this.problems = problems;
            this.conteudo = conteudo;
        }

        YamlNode.Mapping build(String text) {
            this.text = text;
            try (YAMLParser p = factory.createParser(new StringReader(text))) {
                parser = p;
                JsonToken first = next();
                if (first == null) {
                    problems.add(Problem.error(shown, 0, 0, "", "arquivo sem conteúdo (só comentários); escreva "
                            + "nele " + conteudo));
                    return null;
                }
                int line = line();
                int column = column();
                YamlNode root = value(first, "", line, column, 1);
                JsonToken more = next();
                if (more != null) {
                    problems.add(Problem.error(shown, line(), column(), "", "o arquivo tem mais de um documento "
                            + "YAML (separados por ---); deixe um só município por arquivo"));
                }
                if (root instanceof YamlNode.Mapping m) {
                    return m;
                }
                problems.add(Problem.error(shown, root.line(), root.column(), "", "o arquivo deve ser um bloco de "
                        + "chaves, mas é " + root.kind() + "; escreva nele " + conteudo));
                return null;
            } catch (Stop stop) {
                return null;
            } catch (IOException e) {
                problems.add(Problem.error(shown, 0, 0, "", "não foi possível ler o arquivo: "
                        + br.esus.oficios.output.IoMessages.readReason(e)));
                return null;
            }
        }

        private YamlNode value(JsonToken token, String path, int keyLine, int keyColumn, int depth)
                throws IOException, Stop {
            int line = line();
            int column = column();
            checkAnchor(path, line, column);
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                if (depth > MAX_DEPTH) {
                    problems.add(Problem.error(shown, line, column, path, "aninhamento com mais de " + MAX_DEPTH
                            + " níveis; confira a indentação"));
                    throw new Stop();
                }
                return token == JsonToken.START_OBJECT
                        ? mapping(path, line, column, keyLine, keyColumn, depth)
                        : sequence(path, line, column, keyLine, keyColumn, depth);
            }
            if (parser.isCurrentAlias()) {
                problems.add(Problem.error(shown, line, column, path, "referência " + Texts.code("*" + parser.getText())
                        + " não é permitida (âncoras e referências YAML não são aceitas); escreva o valor completo aqui"));
                return new YamlNode.Scalar(path, line, column, keyLine, keyColumn, "", YamlNode.Scalar.Type.INVALID);
            }
            YamlNode.Scalar.Type type = switch (token) {
                case VALUE_NUMBER_INT -> YamlNode.Scalar.Type.INTEGER;
                case VALUE_NUMBER_FLOAT -> YamlNode.Scalar.Type.DECIMAL;
                case VALUE_TRUE, VALUE_FALSE -> YamlNode.Scalar.Type.BOOLEAN;
                case VALUE_NULL -> YamlNode.Scalar.Type.NULL;
                default -> YamlNode.Scalar.Type.STRING;
            };
            String text = type == YamlNode.Scalar.Type.NULL ? null : parser.getText();
            return new YamlNode.Scalar(path, line, column, keyLine, keyColumn, text, type);
        }

        private YamlNode.Mapping mapping(String path, int line, int column, int keyLine, int keyColumn, int depth)
                throws IOException, Stop {
            Map<String, YamlNode> entries = new LinkedHashMap<>();
            JsonToken token;
            while ((token = next()) == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int kLine = line();
                int kColumn = column();
                String childPath = path.isEmpty() ? key : path + "." + key;
                YamlNode child = value(next(), childPath, kLine, kColumn, depth + 1);
                YamlNode earlier = entries.get(key);
                if (earlier != null) {
                    problems.add(Problem.error(shown, kLine, kColumn, childPath, "chave repetida (já aparece na "
                            + "linha " + earlier.keyLine() + "); apague uma das duas"));
                } else {
                    entries.put(key, child);
                }
            }
            if (token != JsonToken.END_OBJECT) {
                throw new IllegalStateException("YAML inesperado: " + token);
            }
            return new YamlNode.Mapping(path, line, column, keyLine, keyColumn, entries);
        }

        private YamlNode.Sequence sequence(String path, int line, int column, int keyLine, int keyColumn, int depth)
                throws IOException, Stop {
            List<YamlNode> items = new ArrayList<>();
            JsonToken token;
            while ((token = next()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new IllegalStateException("YAML inesperado: fim da lista");
                }
                int iLine = line();
                int iColumn = column();
                items.add(value(token, path + "[" + items.size() + "]", iLine, iColumn, depth + 1));
            }
            return new YamlNode.Sequence(path, line, column, keyLine, keyColumn, items);
        }

        private void checkAnchor(String path, int line, int column) throws IOException {
            String anchor = parser.getObjectId();
            long offset = parser.currentTokenLocation().getCharOffset();
            if (anchor == null && offset >= 0 && offset < text.length() && text.charAt((int) offset) == '&') {
                // Jackson keeps the anchor of blocks and lists only; a scalar's anchor is found in the text
                int end = (int) offset + 1;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                anchor = text.substring((int) offset + 1, end);
            }
            if (anchor != null) {
                problems.add(Problem.error(shown, line, column, path, "âncora " + Texts.code("&" + anchor)
                        + " não é permitida (âncoras e referências YAML não são aceitas); escreva os valores por "
                        + "extenso"));
            }
        }

        private JsonToken next() throws IOException, Stop {
            try {
                return parser.nextToken();
            } catch (JsonProcessingException e) {
                problems.add(syntaxProblem(e));
                throw new Stop();
            }
        }

        private int line() {
            return parser.currentTokenLocation().getLineNr();
        }

        private int column() {
            return parser.currentTokenLocation().getColumnNr();
        }

        private Problem syntaxProblem(JsonProcessingException e) {
            int line;
            int column;
            String problem;
            if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
                line = m.getProblemMark().getLine() + 1;
                column = m.getProblemMark().getColumn() + 1;
                problem = (m.getContext() == null ? "" : m.getContext() + ": ") + m.getProblem();
            } else {
                JsonLocation loc = e.getLocation();
                line = loc == null ? 0 : loc.getLineNr();
                column = loc == null ? 0 : loc.getColumnNr();
                problem = e.getOriginalMessage();
            }
            return Problem.error(shown, line, column, "", YamlSyntaxMessages.translate(problem));
        }
    }
}
