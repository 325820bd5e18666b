package br.esus.oficios.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** FreeMarker speaks English; a coordinator editing a template reads Portuguese. */
class TemplateSyntaxMessagesTest {
    @Test
    void commonSyntaxErrorsInPortuguese() {
        assertEquals("a diretiva <#if> está malformada (confira a sintaxe e o > no fim)",
                TemplateEngine.syntax("#if is an existing directive, but the tag is malformed. (See FreeMarker Manual)"));
        assertEquals("o arquivo acabou antes de fechar uma diretiva (falta um </#if>, </#list> ou }?)",
                TemplateEngine.syntax("Unclosed \"<#if\". Unexpected end of file."));
        assertEquals("trecho inesperado \"abc\" (faltou fechar algo antes, como o > de uma diretiva?)",
                TemplateEngine.syntax("Encountered \"abc\", but was expecting one of these patterns: \".\""));
        assertEquals("detalhe do FreeMarker, em inglês: Something new", TemplateEngine.syntax("Something new"));
    }
}
