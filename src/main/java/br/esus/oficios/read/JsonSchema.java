package br.esus.oficios.read;

import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.ChecklistItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (draft-07) of a YAML file, made from its {@link FieldCatalog}: types, enums, required keys (also
 * those another key's value requires, with {@code if}/{@code then}), the plain patterns (CEP, dates, IBGE), maximum
 * lengths, no unknown key, and a description in Portuguese for each key (the help and the example of {@code novo}). Editors use it for completion and inline errors (the VS Code YAML
 * extension reads the {@code # yaml-language-server: $schema=...} line). Draft-07 because it is the draft the VS Code
 * YAML extension has long supported in full; the schema uses nothing a later draft would add.
 *
 * <p>The schema is the structure only: check digits, public IPv4 ranges, the URL's host against {@code dominio},
 * two files of the same municipality, the brasão image stay the reader's ({@code validar}). It never refuses what
 * the reader accepts: a choice the reader takes in any case (the UF, {@code ba}) has, besides the enum that the editor
 * completes, a pattern with every spelling ({@link Field#anyCase}).
 *
 * <p>The text is deterministic: keys in declaration order, two spaces of indentation, {@code \n} line ends, a final
 * line break.
 */
public final class JsonSchema {
    /** The municipality schema's file name, in {@code schema/} of the repository and of the jar. */
    public static final String MUNICIPIO = "municipio.schema.json";
    /** The folder of the schemas, beside {@code municipios/}. */
    public static final String PASTA = "schema";
    private static final String DRAFT = "http://json-schema.org/draft-07/schema#";
    private static final String ITEM_CHECKLIST = "itemChecklist";

    private JsonSchema() {
    }

    /** The schema of a municipality file, with the checklist items of {@code checklist}. */
    public static String municipio(ChecklistCatalog checklist) {
        return of(MunicipioFields.CATALOG, "Arquivo de município do gerar-oficios (municipios/uf-nome.yaml)",
                "Um município: os dados que vão nos ofícios, no ticket, no POP e no checklist. Confira com "
                        + "`gerar-oficios validar`, que também confere o que o schema não alcança (dígitos "
                        + "verificadores, IPv4 público, domínio da URL, brasão).", checklist.itens());
    }

    /**
     * The schema of a file whose keys are {@code fields}.
     *
     * @param checklist the items a {@link Field.Kind#CHECKLIST} block accepts, by id; empty when there is none
     */
    public static String of(FieldCatalog fields, String title, String description, List<ChecklistItem> checklist) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", DRAFT);
        root.put("title", title);
        root.put("description", description);
        root.putAll(object(fields, "", false, checklist));
        for (Field f : fields.fields()) {
            if (f.kind() == Field.Kind.CHECKLIST) {
                root.put("definitions", Map.of(ITEM_CHECKLIST, checklistItem(fields, f)));
            }
        }
        StringBuilder out = new StringBuilder();
        write(out, root, "");
        return out.append('\n').toString();
    }

    /** The keywords of a block of keys: its type, its keys and which are required. */
    private static Map<String, Object> object(FieldCatalog fields, String path, boolean nullable,
            List<ChecklistItem> checklist) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", nullable ? List.of("object", "null") : "object");
        m.put("additionalProperties", false);
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (String key : fields.keys(path)) {
            Field f = fields.get(path.isEmpty() ? key : path + "." + key);
            properties.put(key, property(fields, f, checklist));
            if (f.required()) {
                required.add(key);
            }
        }
        if (!required.isEmpty()) {
            m.put("required", required);
        }
        m.put("properties", properties);
        List<Object> conditions = new ArrayList<>();
        for (String key : fields.keys(path)) {
            Field f = fields.get(path.isEmpty() ? key : path + "." + key);
            if (f.requiredWhen() != null) {
                conditions.add(requiredWhen(f));
            }
        }
        if (!conditions.isEmpty()) {
            m.put("allOf", conditions);
        }
        return m;
    }

    /**
     * {@code if} the other key has the value {@code then} the key is required and not empty (draft-07's
     * {@code if}/{@code then}, which the editor reports at the block).
     */
    private static Map<String, Object> requiredWhen(Field f) {
        Map<String, Object> condition = new LinkedHashMap<>();
        condition.put("properties", Map.of(f.requiredWhen().key(), Map.of("const", f.requiredWhen().value())));
        condition.put("required", List.of(f.requiredWhen().key()));
        Map<String, Object> then = new LinkedHashMap<>();
        then.put("required", List.of(f.key()));
        then.put("properties", Map.of(f.key(), Map.of("not", Map.of("type", "null"))));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("if", condition);
        m.put("then", then);
        return m;
    }

    private static Map<String, Object> property(FieldCatalog fields, Field f, List<ChecklistItem> checklist) {
        boolean nullable = !f.required();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("description", f.help() + (f.example() == null || f.isBlock() ? "" : " Ex.: " + f.example()));
        switch (f.kind()) {
            case BLOCK -> m.putAll(object(fields, f.path(), nullable, checklist));
            case TEXT -> {
                m.put("type", types(nullable, "string", "number"));
                text(m, f);
            }
            case INTEGER -> {
                // digits between quotes are taken too, as the reader does
                m.put("type", types(nullable, "integer", "string"));
                m.put("minimum", f.min());
                m.put("maximum", f.max());
                m.put("pattern", "^[0-9]{1,9}$");
            }
            case BOOLEAN -> m.put("type", types(nullable, "boolean"));
            case DATE -> {
                m.put("type", types(nullable, "string"));
                m.put("pattern", f.pattern());
            }
            case CHOICE -> {
                List<Object> values = new ArrayList<>(f.choices().keySet());
                if (nullable) {
                    values.add(null);
                }
                if (f.pattern() == null) {
                    m.put("enum", values);
                } else {
                    // the words as the editor completes them, and every spelling the reader takes (ba for BA)
                    Map<String, Object> spelled = new LinkedHashMap<>();
                    spelled.put("type", "string");
                    spelled.put("pattern", f.pattern());
                    m.put("anyOf", List.of(Map.of("enum", values), spelled));
                }
            }
            case TEXT_LIST -> {
                m.put("type", types(nullable, "array"));
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("type", List.of("string", "number"));
                text(item, f);
                m.put("items", item);
            }
            case BLOCK_LIST -> {
                m.put("type", types(nullable, "array"));
                m.put("items", object(fields, f.path(), false, checklist));
            }
            case CHECKLIST -> {
                m.put("type", types(nullable, "object"));
                m.put("additionalProperties", false);
                checklistItems(m, checklist);
            }
        }
        if (f.byDefault() != null && f.byDefault().literal()) {
            String shown = f.byDefault().shown();
            m.put("default", switch (f.kind()) {
                case INTEGER -> Integer.parseInt(shown);
                case BOOLEAN -> Boolean.parseBoolean(shown);
                default -> shown;
            });
        }
        return m;
    }

    private static void text(Map<String, Object> m, Field f) {
        if (f.maxLength() > 0) {
            m.put("maxLength", f.maxLength());
        }
        if (f.pattern() != null) {
            m.put("pattern", f.pattern());
        }
    }

    /** One item of the checklist: its status alone, or a block with the status and the other keys. */
    private static Map<String, Object> checklistItem(FieldCatalog fields, Field checklist) {
        Field status = fields.get(checklist.path() + ".*.status");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("anyOf", List.of(Map.of("enum", List.copyOf(status.choices().keySet())),
                object(fields, checklist.path() + ".*", false, List.of())));
        return m;
    }

    /** The keys of the checklist block: one per item of the catalog, each a status or a block. */
    private static void checklistItems(Map<String, Object> property, List<ChecklistItem> items) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (ChecklistItem i : items) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("description", i.titulo() + ". " + i.descricao());
            p.put("allOf", List.of(Map.of("$ref", "#/definitions/" + ITEM_CHECKLIST)));
            properties.put(i.id(), p);
        }
        property.put("properties", properties);
    }

    private static Object types(boolean nullable, String... types) {
        List<String> t = new ArrayList<>(List.of(types));
        if (nullable) {
            t.add("null");
        }
        return t.size() == 1 ? t.get(0) : t;
    }

    /** JSON text of maps, lists, texts, numbers, booleans and null; lists of plain values on one line. */
    private static void write(StringBuilder out, Object value, String indent) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            String inner = indent + "  ";
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(inner);
                string(out, (String) e.getKey());
                out.append(": ");
                write(out, e.getValue(), inner);
                out.append(++i < map.size() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (value instanceof List<?> list) {
            boolean plain = list.stream().noneMatch(v -> v instanceof Map || v instanceof List);
            out.append(plain ? "[" : "[\n");
            String inner = indent + "  ";
            for (int i = 0; i < list.size(); i++) {
                if (!plain) {
                    out.append(inner);
                }
                write(out, list.get(i), inner);
                if (i + 1 < list.size()) {
                    out.append(plain ? ", " : ",\n");
                }
            }
            out.append(plain ? "]" : "\n" + indent + "]");
        } else if (value instanceof String s) {
            string(out, s);
        } else {
            out.append(value); // a number, a boolean or null
        }
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
