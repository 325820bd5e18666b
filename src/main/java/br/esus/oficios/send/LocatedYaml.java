package br.esus.oficios.send;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small YAML tree that remembers where each key and value was (1-based line and column), read with Jackson's
 * streaming YAML parser. Duplicate keys and aliases are errors.
 */
final class LocatedYaml {
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    sealed interface Node {
        int line();

        int column();
    }

    /** A scalar; {@code token} tells a number or boolean from a string. {@code text} is null for YAML null. */
    record Scalar(String text, JsonToken token, int line, int column) implements Node {
    }

    record Mapping(Map<String, Entry> entries, int line, int column) implements Node {
    }

    record Entry(String key, int line, int column, Node value) {
    }

    record Sequence(List<Node> items, int line, int column) implements Node {
    }

    /** A syntax error, with its place in the file. */
    static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        SyntaxException(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private LocatedYaml() {
    }

    /** The document's root; an empty file gives an empty mapping. */
    static Node parse(Path file) throws IOException, SyntaxException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonParser p = FACTORY.createParser(r)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new Mapping(Map.of(), 1, 1);
            }
            Node root = node(p);
            if (p.nextToken() != null) {
                JsonLocation l = p.currentTokenLocation();
                throw new SyntaxException(l.getLineNr(), l.getColumnNr(), "o arquivo tem mais de um documento YAML");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new SyntaxException(l == null ? 1 : l.getLineNr(), l == null ? 1 : l.getColumnNr(),
                    "YAML inválido: " + firstLine(e.getOriginalMessage()));
        }
    }

    private static Node node(JsonParser p) throws IOException, SyntaxException {
        JsonLocation l = p.currentTokenLocation();
        int line = l.getLineNr();
        int col = l.getColumnNr();
        JsonToken t = p.currentToken();
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
            throw new SyntaxException(line, col, "âncoras e apelidos (&, *) não são aceitos; escreva o valor");
        }
        switch (t) {
            case START_OBJECT -> {
                Map<String, Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation kl = p.currentTokenLocation();
                    String key = p.currentName();
                    p.nextToken();
                    entries.put(key, new Entry(key, kl.getLineNr(), kl.getColumnNr(), node(p)));
                }
                return new Mapping(entries, line, col);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(p));
                }
                return new Sequence(items, line, col);
            }
            case VALUE_NULL -> {
                return new Scalar(null, t, line, col);
            }
            default -> {
                return new Scalar(p.getText(), t, line, col);
            }
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "erro de sintaxe";
        }
        int i = s.indexOf('\n');
        return (i < 0 ? s : s.substring(0, i)).trim();
    }
}
