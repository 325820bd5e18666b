package br.esus.oficios.read;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of a YAML file read by {@link YamlTree}: every node knows its dotted path, where its value starts and
 * where the key that holds it starts (both 1-based), so every problem can be reported as {@code arq:linha:coluna}.
 */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    /** Dotted path such as {@code orgao_dominio.destinatario.nome}; empty for the root. */
    String path();

    int line();

    int column();

    /** Where the key holding this node starts; the node's own position for the root or a list item. */
    int keyLine();

    int keyColumn();

    /** How the node's kind is named in messages. */
    String kind();

    /** A block of keys. Entries keep file order; each child knows where its key is. */
    record Mapping(String path, int line, int column, int keyLine, int keyColumn, Map<String, YamlNode> entries)
            implements YamlNode {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String kind() {
            return "um bloco de chaves";
        }
    }

    /** A list. */
    record Sequence(String path, int line, int column, int keyLine, int keyColumn, List<YamlNode> items)
            implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "uma lista";
        }
    }

    /** A single value, with its text as written (no conversion) and what YAML made of it. */
    record Scalar(String path, int line, int column, int keyLine, int keyColumn, String text, Type type)
            implements YamlNode {

        /** What the YAML parser recognised; {@link #INVALID} marks an alias, already reported. */
        public enum Type { STRING, INTEGER, DECIMAL, BOOLEAN, NULL, INVALID }

        @Override
        public String kind() {
            return switch (type) {
                case NULL -> "um valor vazio";
                default -> "um valor";
            };
        }

        /** True when nothing was written: {@code chave:} alone, {@code ~}, {@code null} or {@code ""}. */
        public boolean blank() {
            return type == Type.NULL || text == null || text.strip().isEmpty();
        }
    }
}
