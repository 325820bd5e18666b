package br.esus.oficios.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.esus.oficios.read.TemplateFiles;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates are read as the municipality files are: strictly UTF-8, in one normal form. */
class TemplateEncodingTest {
    private static final String TEMPLATE = "# Checklist\n\nUm parágrafo.\n\nO Ofício de ${nome}.\n";

    @TempDir
    Path dir;

    private String render(DocumentId id) throws Exception {
        TemplateEngine engine = new TemplateEngine(new TemplateFiles(List.of(dir)));
        return engine.render(id, Map.of("nome", "Santo Amaro")).text();
    }

    private RenderException failure(DocumentId id) {
        return assertThrows(RenderException.class, () -> render(id));
    }

    @Test
    void aTemplateSavedAsWindows1252NamesTheByteAndHowToFixIt() throws Exception {
        Path file = dir.resolve("checklist.md.ftl");
        Files.write(file, TEMPLATE.getBytes(Charset.forName("windows-1252")));
        assertEquals(file + ":3:7: o arquivo não está em UTF-8: byte inválido 0xE1 (em Windows-1252 seria \"á\"); "
                + "salve-o como UTF-8 (no Bloco de Notas: Arquivo > Salvar como > Codificação: UTF-8)",
                failure(DocumentId.CHECKLIST).getMessage());
    }

    @Test
    void aTemplateSavedAsUtf16IsNamedAsSuch() throws Exception {
        Path file = dir.resolve("checklist.md.ftl");
        Files.write(file, ("\uFEFF" + TEMPLATE).getBytes(StandardCharsets.UTF_16LE));
        assertEquals(file + ":1:1: o arquivo está em UTF-16 (\"Unicode\" no Bloco de Notas); salve-o como UTF-8 "
                + "(Arquivo > Salvar como > Codificação: UTF-8)", failure(DocumentId.CHECKLIST).getMessage());
    }

    @Test
    void anIncludedTemplateIsCheckedToo() throws Exception {
        Files.writeString(dir.resolve("checklist.md.ftl"), "# Checklist\n\n<#include \"parte.md.ftl\">\n");
        Path part = dir.resolve("parte.md.ftl");
        Files.write(part, "Uma parte.\n\nSituação.\n".getBytes(Charset.forName("windows-1252")));
        assertEquals(part + ":3:6: o arquivo não está em UTF-8: byte inválido 0xE7 (em Windows-1252 seria \"ç\"); "
                + "salve-o como UTF-8 (no Bloco de Notas: Arquivo > Salvar como > Codificação: UTF-8)",
                failure(DocumentId.CHECKLIST).getMessage());
    }

    @Test
    void aUtf8TemplateWithABomOrCombiningAccentsComesOutInNfc() throws Exception {
        String nfd = Normalizer.normalize(TEMPLATE, Normalizer.Form.NFD);
        Files.writeString(dir.resolve("checklist.md.ftl"), "\uFEFF" + nfd, StandardCharsets.UTF_8);
        assertEquals("# Checklist\n\nUm parágrafo.\n\nO Ofício de Santo Amaro.\n",
                render(DocumentId.CHECKLIST));
    }
}
