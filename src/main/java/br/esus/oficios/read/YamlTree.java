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
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
        return new Builder(shown, problems, conteudo).build(text);
    }

    /** Strict UTF-8 (a BOM is skipped); on a bad byte, says where and how to fix it. */
    private static String decodeUtf8(Path shown, byte[] bytes, List<Problem> problems) {
        boolean utf16Bom = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
        if (utf16Bom || bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0)) {
            problems.add(Problem.error(shown, 1, 1, "", "o arquivo está em UTF-16 (\"Unicode\" no Bloco de Notas);"
                    + " salve-o como UTF-8 (Arquivo > Salvar como > Codificação: UTF-8)"));
            return null;
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            String good = out.toString();
            int line = 1;
            int column = 1;
            for (int i = 0; i < good.length(); i++) {
                if (good.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(good.charAt(i))) {
                    column++;
                }
            }
            int bad = bytes[in.position()] & 0xFF;
            String guess = new String(new byte[] {(byte) bad}, Charset.forName("windows-1252"));
            String seen = bad >= 0x80 && !guess.equals("\uFFFD") && !Texts.isControl(guess.charAt(0))
                    ? " (em Windows-1252 seria \"" + guess + "\")" : "";
            problems.add(Problem.error(shown, line, column, "", String.format(
                    "o arquivo não está em UTF-8: byte inválido 0x%02X%s; salve-o como UTF-8 (no Bloco de Notas: "
                    + "Arquivo > Salvar como > Codificação: UTF-8)", bad, seen)));
            return null;
        }
        out.flip();
        return out.toString();
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
                problems.add(Problem.error(shown, 0, 0, "", "não foi possível ler o arquivo: " + e.getMessage()));
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
