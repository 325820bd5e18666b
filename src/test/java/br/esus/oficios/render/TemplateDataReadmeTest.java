package br.esus.oficios.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import br.esus.oficios.model.SistemaOperacional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * README's list of template data ("Dados disponíveis nos modelos", in "Personalizar modelos") is the list of keys
 * {@link TemplateModel#of} produces: every key documented, no documented key missing. The list is read from the
 * README itself: one bullet per block, {@code - `caminho`: chave, chave (comentário), ...}; segments after {@code ;}
 * start a new block ({@code `caminho`: ...}), name a key of the root ({@code `fecho`}) or qualify the keys that follow
 * ({@code só Linux: ...}); {@code []} in a path is a list of blocks.
 */
class TemplateDataReadmeTest {

    private static final String SECTION = "## Personalizar modelos";
    private static final String LIST = "Dados disponíveis nos modelos";

    @Test
    void readmeListsExactlyTheKeysTheTemplatesGet() throws IOException {
        Set<String> documented = documentedKeys(readmeList());
        Set<String> produced = new TreeSet<>();
        for (SistemaOperacional so : SistemaOperacional.values()) {
            flatten("", TestMunicipios.modelo(TestMunicipios.santoAmaro(so)), documented, produced);
        }
        Set<String> undocumented = new TreeSet<>(produced);
        undocumented.removeAll(documented);
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(produced);
        assertTrue(undocumented.isEmpty() && missing.isEmpty(), "o README (" + LIST + ") não lista " + undocumented
                + " e lista o que os modelos não recebem: " + missing);
    }

    /** The parser reads what the README's format says, so a key written wrongly cannot slip through unread. */
    @Test
    void theListFormatIsReadAsDocumented() {
        List<String> bullets = List.of(
                "- `a`: x, y (um comentário, com vírgula; e ponto e vírgula), z (`a.b`: nada)",
                "  - `a.b[]`: k",
                "- `c` (comentário do bloco): m; só Linux: n; `d` (o fecho); `e.f`: o");
        assertEquals(new TreeSet<>(Set.of("a.x", "a.y", "a.z", "a.b[].k", "c.m", "c.n", "d", "e.f.o")),
                documentedKeys(bullets));
        try {
            documentedKeys(List.of("- `a`: x, duas palavras"));
            fail("um texto que não é chave deve ser recusado");
        } catch (AssertionError expected) {
            assertTrue(expected.getMessage().contains("duas palavras"), expected.getMessage());
        }
    }

    @Test
    void flatteningStopsAtDocumentedKeysAndEntersListsOfBlocks() {
        Map<String, Object> model = Map.of("a", Map.of("x", 1, "porId", Map.of("id1", "s")),
                "l", List.of(Map.of("k", 1), Map.of("k", 2, "j", 3)), "textos", List.of("t"));
        Set<String> out = new TreeSet<>();
        flatten("", model, Set.of("a.porId"), out);
        assertEquals(new TreeSet<>(Set.of("a.x", "a.porId", "l[].k", "l[].j", "textos")), out);
    }

    /** The bullets of the list, each one line (its continuation lines joined). */
    private static List<String> readmeList() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("\n" + SECTION + "\n");
        assertTrue(section >= 0, "o README tem a seção " + SECTION);
        int end = readme.indexOf("\n## ", section + 1);
        String text = readme.substring(section, end < 0 ? readme.length() : end);
        int intro = text.indexOf(LIST);
        assertTrue(intro >= 0, "a seção " + SECTION + " tem a lista " + LIST);
        List<String> bullets = new ArrayList<>();
        boolean started = false;
        for (String line : text.substring(intro).split("\n", -1)) {
            if (line.stripLeading().startsWith("- ")) {
                bullets.add(line);
                started = true;
            } else if (started && line.startsWith(" ") && !line.isBlank()) {
                bullets.set(bullets.size() - 1, bullets.get(bullets.size() - 1) + " " + line.strip());
            } else if (started) {
                break;
            }
        }
        assertFalse(bullets.isEmpty(), "a lista " + LIST + " tem itens");
        return bullets;
    }

    private static Set<String> documentedKeys(List<String> bullets) {
        Set<String> keys = new TreeSet<>();
        for (String bullet : bullets) {
            String prefix = null;
            for (String segment : split(bullet.strip().substring(2), ';')) {
                String s = segment.strip();
                String items;
                if (s.startsWith("`")) {
                    int close = s.indexOf('`', 1);
                    String path = s.substring(1, close);
                    String rest = withoutLeadingComment(s.substring(close + 1).strip());
                    if (rest.isEmpty()) {
                        keys.add(path);
                        continue;
                    }
                    assertTrue(rest.startsWith(":"), "no README, depois de `" + path + "` vem ':' ou nada: " + s);
                    prefix = path;
                    items = rest.substring(1);
                } else {
                    List<String> qualified = split(s, ':');
                    assertTrue(qualified.size() <= 2, "no README, ':' demais em " + s);
                    items = qualified.get(qualified.size() - 1);
                }
                assertTrue(prefix != null, "no README, chaves sem o caminho do bloco: " + bullet);
                for (String item : split(items, ',')) {
                    String key = withoutComment(item.strip());
                    assertTrue(key.matches("[a-z][a-z0-9_]*"),
                            "no README, " + key + " não é uma chave (em " + bullet + ")");
                    keys.add(prefix + "." + key);
                }
            }
        }
        return keys;
    }

    /** "x (comentário)" → "x". */
    private static String withoutComment(String s) {
        int open = s.indexOf(" (");
        return open >= 0 && s.endsWith(")") ? s.substring(0, open).strip() : s;
    }

    /** "(comentário): x" → ": x". */
    private static String withoutLeadingComment(String s) {
        if (!s.startsWith("(")) {
            return s;
        }
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            depth += s.charAt(i) == '(' ? 1 : s.charAt(i) == ')' ? -1 : 0;
            if (depth == 0) {
                return s.substring(i + 1).strip();
            }
        }
        return fail("no README, parêntese sem fechar: " + s);
    }

    /** {@code s} split at {@code sep} outside parentheses and `code`. */
    private static List<String> split(String s, char sep) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean code = false;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '`') {
                code = !code;
            } else if (!code && c == '(') {
                depth++;
            } else if (!code && c == ')') {
                depth--;
            } else if (!code && depth == 0 && c == sep) {
                out.add(s.substring(from, i));
                from = i + 1;
            }
        }
        out.add(s.substring(from));
        return out;
    }

    /**
     * The key paths of {@code value}: into every block and every list of blocks ({@code []}), stopping at a key the
     * README documents as a whole (e.g. {@code checklist.status}, keyed by item id).
     */
    @SuppressWarnings("unchecked")
    private static void flatten(String path, Object value, Set<String> documented, Set<String> out) {
        if (!path.isEmpty() && documented.contains(path)) {
            out.add(path);
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(path.isEmpty() ? (String) k : path + "." + k, v, documented, out));
        } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
            for (Object element : list) {
                flatten(path + "[]", element, documented, out);
            }
        } else {
            out.add(path);
        }
    }
}
