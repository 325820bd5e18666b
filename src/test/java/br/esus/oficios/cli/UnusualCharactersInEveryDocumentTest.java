package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Free text pasted from a web page, Word, a PDF or a Mac, with random but valid edits (accents, symbols, emoji, CJK,
 * invisible characters, long words), never makes a document fail: each case puts one kind of character into every
 * free-text field of the example municipality at once and generates every document in every format. A zero-width
 * space after a comma in the secretariat's address once made the ofício fail in all three formats.
 *
 * <p>Every free-text field with every character, not one field at a time: a case is one run of all the documents
 * (about a second), and a field that broke a document would break it here too.
 */
class UnusualCharactersInEveryDocumentTest {
    static final Path EXAMPLE = Path.of("municipios", "ba-santo-amaro.yaml");

    /** The free-text fields (as {@code MunicipioReader} says): the others refuse invisible characters. */
    static final Pattern TEXTO_LIVRE = Pattern.compile(
            "(prefeitura|secretaria|orgao_dominio)\\.(nome|endereco)|orgao_dominio\\.cidade"
            + "|(signatario|contato|orgao_dominio\\.destinatario)\\.(nome|cargo)"
            + "|pop\\.(elaborado_por|revisado_por|aprovado_por|distribuicao\\[\\d+]|historico\\[\\d+]\\.descricao)"
            + "|checklist\\.[^.]+\\.(responsavel|observacao)");

    static final String[] FILES = {"oficio-dominio.pdf", "oficio-dominio.docx", "oficio-dominio.md",
        "ticket-prescricao.pdf", "ticket-prescricao.docx", "ticket-prescricao.md", "pop.pdf", "pop.docx", "pop.md",
        "checklist.pdf", "checklist.docx", "checklist.md", "application.properties", "backup-esus.sh",
        "restaurar-esus.sh"};

    /**
     * @param name what the case puts in the text
     * @param edit how a value changes (the field's path, its value)
     * @param removed the invisible character the reader removes (with a warning naming it), or 0 when it keeps it
     */
    record Case(String name, BinaryOperator<String> edit, int removed) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case inserted(int cp, String name) {
        String c = Character.toString(cp);
        // after the first comma or space (as pasted text has it), in the middle of a word and at the end
        return new Case(String.format("U+%04X %s", cp, name), (p, v) -> {
            int at = v.indexOf(", ") >= 0 ? v.indexOf(", ") + 1 : Math.max(v.indexOf(' '), 0);
            String once = v.substring(0, at) + c + v.substring(at);
            int middle = once.length() * 3 / 4;
            while (middle < once.length() && !Character.isLetter(once.charAt(middle))) {
                middle++;
            }
            return once.substring(0, middle) + c + once.substring(middle) + c;
        }, cp == 0x00A0 || cp == 0x202F || cp == 0x200C || cp == 0x200D ? 0 : cp);
    }

    static Stream<Arguments> cases() {
        String word = "Pneumoultramicroscopicossilicovulcanoconiótico";
        return Stream.of(
                inserted(0x200B, "espaço de largura zero"),
                inserted(0x200C, "separador de largura zero"),
                inserted(0x200D, "agrupador de largura zero"),
                inserted(0x2060, "junção de palavras"),
                inserted(0xFEFF, "BOM"),
                inserted(0x00AD, "hífen opcional"),
                inserted(0x200E, "marca de direção"),
                inserted(0x00A0, "espaço não separável"),
                inserted(0x202F, "espaço estreito não separável"),
                new Case("acentos combinantes (NFD)", (p, v) -> Normalizer.normalize(v + " ação é três à",
                        Normalizer.Form.NFD), 0),
                new Case("emoji", (p, v) -> v + " 👩\u200D💻 🇧🇷 ✅", 0),
                new Case("CJK e símbolos", (p, v) -> v + " 中文 → ★ № ½ “aspas” ‘simples’ — …", 0),
                // as long as the field takes: 300 in notes and descriptions, 190 in names (200 at most)
                new Case("palavra de 300 caracteres", (p, v) -> (word + "-").repeat(7)
                        .substring(0, p.matches(".*(observacao|descricao|_por)") ? 300 : 190), 0))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyDocumentComesOutInEveryFormat(Case c, @org.junit.jupiter.api.io.TempDir Path cwd) throws Exception {
        YAMLMapper yaml = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build();
        JsonNode root = yaml.readTree(Files.readString(EXAMPLE));
        List<String> edited = new ArrayList<>();
        edit(root, "", c, edited);
        assertTrue(edited.size() >= 15, "campos de texto livre do exemplo: " + edited);
        Files.createDirectories(cwd.resolve("municipios"));
        Path file = cwd.resolve("municipios").resolve("ba-santo-amaro.yaml");
        Files.writeString(file, yaml.writeValueAsString(root), StandardCharsets.UTF_8);

        CliRun r = CliRun.run(cwd, Map.of("GOVBR_CLIENT_SECRET", "s3gr3d0"), "gerar", "-o", "saida",
                "municipios/ba-santo-amaro.yaml");

        assertEquals(0, r.exit(), r::toString);
        assertFalse(r.err().contains("não foi possível") || r.err().contains("inesperado"), r::toString);
        Path out = cwd.resolve("saida").resolve("ba-santo-amaro");
        for (String f : FILES) {
            assertTrue(Files.size(out.resolve(f)) > 0, f + "\n" + r);
        }
        String oficio = Files.readString(out.resolve("oficio-dominio.md"));
        String endereco = Normalizer.normalize(c.edit().apply("secretaria.endereco", "Rua General Câmara, 120, Centro"), Normalizer.Form.NFC);
        if (c.removed() != 0) {
            String name = String.format("U+%04X", c.removed());
            assertTrue(r.err().contains("secretaria.endereco: aviso: caractere invisível " + name), r::toString);
            endereco = endereco.replace(Character.toString(c.removed()), "");
            assertFalse(oficio.contains(Character.toString(c.removed())), oficio);
        }
        if (!c.name().startsWith("palavra")) {
            assertTrue(oficio.contains(endereco), "o ofício tem o endereço da secretaria como lido (" + endereco
                    + "):\n" + oficio);
        }
    }

    /** Applies the case to every free-text value under {@code node}, whose path is {@code path}. */
    private static void edit(JsonNode node, String path, Case c, List<String> edited) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                if (e.getValue() instanceof TextNode t && TEXTO_LIVRE.matcher(p).matches()) {
                    e.setValue(TextNode.valueOf(c.edit().apply(p, t.textValue())));
                    edited.add(p);
                } else {
                    edit(e.getValue(), p, c, edited);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                String p = path + "[" + i + "]";
                if (a.get(i) instanceof TextNode t && TEXTO_LIVRE.matcher(p).matches()) {
                    a.set(i, TextNode.valueOf(c.edit().apply(p, t.textValue())));
                    edited.add(p);
                } else {
                    edit(a.get(i), p, c, edited);
                }
            }
        }
    }
}
