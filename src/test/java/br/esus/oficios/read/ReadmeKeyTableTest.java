package br.esus.oficios.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The key table of README's "O arquivo do município" says what {@link MunicipioFields} declares: every key, the
 * optional ones in italics, and "padrão ..." beside exactly the keys that have a default, saying that default. A
 * key is written {@code key}, {@code *key*} (optional), then maybe {@code (notes)} and {@code {keys of the block}}.
 */
class ReadmeKeyTableTest {
    private static final FieldCatalog FIELDS = MunicipioFields.CATALOG;
    private static final Pattern ROW = Pattern.compile("^\\| (\\*?)`([a-z_]+)`\\*? \\| (.*) \\|$");
    private static final Pattern KEY = Pattern.compile("^(\\*?)([a-z_0-9]+)\\*?");

    /** A key of the table: its path, whether it is in italics, its notes (without backticks). */
    record Entry(String path, boolean italic, String notes) {
    }

    @Test
    void theTableHasEveryDeclaredKeyAndNoOther() throws Exception {
        // the table may list a block's required keys first: the order is not compared
        Set<String> declared = new TreeSet<>();
        for (Field f : FIELDS.fields()) {
            declared.add(f.path());
        }
        assertEquals(declared, new TreeSet<>(table().keySet()));
    }

    @Test
    void requiredAndDefaultsAgree() throws Exception {
        for (Entry e : table().values()) {
            Field f = FIELDS.find(e.path()).orElse(null);
            if (f == null) {
                continue; // an undeclared key: theTableHasEveryDeclaredKeyAndNoOther says it
            }
            assertEquals(!f.required(), e.italic(), e.path() + ": opcional em itálico, obrigatória sem");
            if (f.byDefault() == null) {
                assertFalse(e.notes().contains("padrão"), e.path() + ": o README diz um padrão que não existe");
            } else {
                String shown = f.byDefault().shown().replace("`", "");
                assertTrue(e.notes().contains("padrão " + shown) || e.notes().contains("padrão: " + shown),
                        e.path() + ": o README deve dizer \"padrão " + shown + "\", mas diz: " + e.notes());
            }
        }
    }

    @Test
    void theChecklistRowSaysTheItemKeysAndTheStatuses() throws Exception {
        String row = rows().get("checklist");
        Field checklist = FIELDS.get("checklist");
        List<String> keys = checklist.items().stream().map(Field::key).toList();
        assertTrue(row.contains("`id: {" + String.join(", ", keys) + "}`"), row);
        assertTrue(row.contains("status: " + String.join(", ", FIELDS.get("checklist.*.status").choices().keySet())),
                row);
    }

    /** The rows of the table, by block, as written. */
    private static Map<String, String> rows() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## O arquivo do município");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : section.lines().toList()) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                rows.put(m.group(2), m.group(1) + "|" + m.group(3));
            }
        }
        assertFalse(rows.isEmpty(), "tabela de chaves não encontrada no README");
        return rows;
    }

    /** Every key of the table in order (the checklist's items excepted), by path. */
    private static Map<String, Entry> table() throws Exception {
        Map<String, Entry> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> row : rows().entrySet()) {
            String block = row.getKey();
            String cell = row.getValue().substring(row.getValue().indexOf('|') + 1);
            out.put(block, new Entry(block, row.getValue().startsWith("*|"), ""));
            if (!block.equals("checklist")) {
                keys(block, cell, out);
            }
        }
        return out;
    }

    /** Reads {@code key (notes) {keys}, ...} under {@code parent}. */
    private static void keys(String parent, String text, Map<String, Entry> out) {
        for (String item : split(text)) {
            Matcher m = KEY.matcher(item);
            assertTrue(m.find(), "chave ilegível no README: " + item);
            String path = parent + "." + m.group(2);
            String rest = item.substring(m.end()).strip();
            String notes = "";
            if (rest.startsWith("(")) {
                int end = closing(rest, 0);
                notes = rest.substring(1, end).replace("`", "");
                rest = rest.substring(end + 1).strip();
            }
            out.put(path, new Entry(path, !m.group(1).isEmpty(), notes));
            if (rest.startsWith("{")) {
                int end = closing(rest, 0);
                keys(path, rest.substring(1, end), out);
                rest = rest.substring(end + 1).strip();
            }
            assertEquals("", rest, "texto depois da chave " + path + " no README");
        }
    }

    /** {@code text} cut at the commas outside parentheses and braces. */
    private static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '{') {
                depth++;
            } else if (c == ')' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(text.substring(from, i).strip());
                from = i + 1;
            }
        }
        out.add(text.substring(from).strip());
        return out;
    }

    /** The index of the bracket closing the one at {@code open}. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '{') {
                depth++;
            } else if ((c == ')' || c == '}') && --depth == 0) {
                return i;
            }
        }
        throw new AssertionError("parêntese sem fechar no README: " + text);
    }
}
