package br.esus.oficios.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.read.TemplateFiles;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateEngineTest {

    @TempDir
    Path dir;

    /** Puts {@code text} in the --modelos folder as the template of {@code id}, and renders it. */
    private RenderedText render(DocumentId id, String text, Map<String, Object> model) throws Exception {
        Files.writeString(dir.resolve(id.template()), text, StandardCharsets.UTF_8);
        TemplateEngine engine = new TemplateEngine(new TemplateFiles(List.of(dir)));
        return engine.render(id, model);
    }

    private RenderException failure(String template) throws IOException {
        Files.writeString(dir.resolve("checklist.md.ftl"), template, StandardCharsets.UTF_8);
        TemplateEngine engine = new TemplateEngine(new TemplateFiles(List.of(dir)));
        return assertThrows(RenderException.class,
                () -> engine.render(DocumentId.CHECKLIST, TestMunicipios.modelo(TestMunicipios.santoAmaro())));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Maria *da* Silva_Souza", "<b>negrito</b>", "${x}", "{.data}", "1. Primeiro", "[link](x)", "# Título",
        "a | b", "`código`", "&amp; &lt;", "C:\\Program Files\\e-SUS\\", "- item", "+ item", "> citação",
        "~~riscado~~", "![img](y.png)", "<http://exemplo.gov.br>", "***", "__sublinhado__", "2) Segundo",
        "fim com barra\\", "Santo Amaro {#id .cls}", "<!-- comentário -->", "=== ", "@{x} #{y} %", "ação: 100%!",
        "[^1] nota", "a\\*b"})
    void valueComesOutAsWrittenThroughFreeMarkerAndFlexmark(String nome) throws Exception {
        String template = "# ${nome}\n\n${nome}\n{.texto}\n\n| Coluna | Outra |\n|---|---|\n| ${nome} | x |\n\n"
                + "Antes ${nome} depois.\n{.nota}\n";
        RenderedText out = render(DocumentId.CHECKLIST, template, Map.of("nome", nome));
        List<Node> blocks = MarkdownText.blocks(out.text());
        assertEquals(4, blocks.size(), out.text());
        assertInstanceOf(Heading.class, blocks.get(0), out.text());
        assertEquals(nome.strip(), MarkdownText.text(blocks.get(0)).strip(), out.text());
        assertInstanceOf(Paragraph.class, blocks.get(1), out.text());
        assertEquals(nome.strip(), MarkdownText.text(blocks.get(1)).strip(), out.text());
        assertEquals(List.of("texto"), MarkdownText.classes(blocks.get(1)), out.text());
        List<String> cells = new ArrayList<>();
        collectCells(blocks.get(2), cells);
        assertEquals(List.of("Coluna", "Outra", nome.strip(), "x"), cells, out.text());
        assertEquals("Antes " + nome + " depois.", MarkdownText.text(blocks.get(3)).strip(), out.text());
        assertEquals(List.of("nota"), MarkdownText.classes(blocks.get(3)), out.text());
    }

    private static void collectCells(Node node, List<String> cells) {
        if (node instanceof TableSeparator) {
            return;
        }
        if (node instanceof TableCell) {
            cells.add(MarkdownText.text(node).strip());
            return;
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            collectCells(c, cells);
        }
    }

    @Test
    void lineBreaksInsideAValueDoNotStartNewBlocks() throws Exception {
        RenderedText out = render(DocumentId.CHECKLIST, "${nome}\n{.texto}\n", Map.of("nome", "um\n\n# dois\r\n- três"));
        List<Node> blocks = MarkdownText.blocks(out.text());
        assertEquals(1, blocks.size(), out.text());
        assertEquals(List.of("texto"), MarkdownText.classes(blocks.get(0)));
    }

    @Test
    void noEscBypassesEscapingForCodeBlocks() throws Exception {
        RenderedText out = render(DocumentId.CHECKLIST, "```\ncd ${p?no_esc}\n```\n", Map.of("p", "C:\\e-SUS\\x"));
        assertEquals("```\ncd C:\\e-SUS\\x\n```\n", out.text());
    }

    @Test
    void numbersAreNotGroupedAndBooleansAreInPortuguese() throws Exception {
        RenderedText out = render(DocumentId.CHECKLIST, "${ano} ${porta} ${sim}", Map.of("ano", 2026, "porta", 5433,
                "sim", true));
        assertEquals("2026 5433 sim", out.text());
    }

    @Test
    void propertiesTemplateIsPlainTextWithExplicitEscaping() throws Exception {
        String template = "# ${caminho}\nchave=${valor_propriedade(v)}\noutra=${valor_propriedade(n)}\n";
        String v = " a\\b\nc=d é";
        RenderedText out = render(DocumentId.APPLICATION_PROPERTIES, template, Map.of("caminho", "C:\\x_y*", "v", v,
                "n", 5433));
        assertTrue(out.text().startsWith("# C:\\x_y*\n"), out.text());
        Properties p = new Properties();
        p.load(new java.io.StringReader(out.text()));
        assertEquals(v, p.getProperty("chave"));
        assertEquals("5433", p.getProperty("outra"));
        assertEquals(2, p.size());
    }

    @Test
    void newBuiltInIsRefused() throws Exception {
        RenderException e = failure("linha 1\n<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n");
        assertTrue(e.getMessage().matches(".*checklist\\.md\\.ftl:2:\\d+: \\?new não é permitido nos modelos"),
                e.getMessage());
    }

    @Test
    void apiBuiltInIsRefused() throws Exception {
        RenderException e = failure("${municipio?api.size()}\n");
        assertTrue(e.getMessage().matches(".*checklist\\.md\\.ftl:1:\\d+: \\?api não é permitido nos modelos"),
                e.getMessage());
    }

    @Test
    void classOfAValueIsNotReachable() throws Exception {
        RenderException e1 = failure("x\n\n${municipio.class}\n");
        assertTrue(e1.getMessage().matches(".*checklist\\.md\\.ftl:3:\\d+: valor inexistente no modelo de dados: "
                + "municipio\\.class .*"), e1.getMessage());
        RenderException e2 = failure("${municipio.nome.class.protectionDomain}\n");
        assertTrue(e2.getMessage().matches(".*checklist\\.md\\.ftl:1:\\d+: tipo de valor inesperado.*"),
                e2.getMessage());
        RenderException e3 = failure("${municipio.nome.getClass()}\n");
        assertTrue(e3.getMessage().matches(".*checklist\\.md\\.ftl:1:\\d+: .*"), e3.getMessage());
    }

    @Test
    void errorsAreOnePortugueseLineWithFileLineAndColumn() throws Exception {
        RenderException missing = failure("Olá\n  ${municipio.nom}\n");
        assertEquals(dir.resolve("checklist.md.ftl") + ":2:5: valor inexistente no modelo de dados: municipio.nom"
                + " (confira o nome; para um valor opcional use ?has_content ou !\"\")", missing.getMessage());
        RenderException syntax = failure("a\nb <#if x>sem fim\n");
        assertTrue(syntax.getMessage().startsWith(dir.resolve("checklist.md.ftl") + ":"), syntax.getMessage());
        assertTrue(syntax.getMessage().contains(": erro de sintaxe no modelo: "), syntax.getMessage());
        assertFalse(syntax.getMessage().contains("\n"), syntax.getMessage());
    }

    @Test
    void missingTemplateIsReported() throws Exception {
        TemplateEngine engine = new TemplateEngine(new TemplateFiles(List.of(dir)));
        // the packed copy is on the classpath; hide it by asking for a name nobody has
        Files.writeString(dir.resolve("pop.md.ftl"), "<#include \"nao-existe.md.ftl\">\n");
        RenderException e = assertThrows(RenderException.class,
                () -> engine.render(DocumentId.POP, Map.of()));
        assertTrue(e.getMessage().startsWith(dir.resolve("pop.md.ftl") + ":1:1: "), e.getMessage());
    }

    @Test
    void endlessTemplateStopsAtTheTimeLimit() throws Exception {
        Files.writeString(dir.resolve("checklist.md.ftl"), "<#list 1.. as i><#if i < 0>${i}</#if></#list>\n");
        // No memory limit: the loop's garbage would reach it first.
        TemplateEngine engine = new TemplateEngine(new TemplateFiles(List.of(dir)), Duration.ofMillis(300),
                1000, 0);
        long t0 = System.nanoTime();
        RenderException e = assertThrows(RenderException.class, () -> engine.render(DocumentId.CHECKLIST,
                Map.of()));
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
        assertTrue(e.getMessage().endsWith("sem terminar (laço sem fim?)"), e.getMessage());
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (busyWorkers() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, busyWorkers(), "the interrupted template must really stop");
    }

    private static long busyWorkers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("modelo-") && t.getState() == Thread.State.RUNNABLE).count();
    }

    @Test
    void hugeOutputIsCut() throws Exception {
        Files.writeString(dir.resolve("checklist.md.ftl"), "<#list 1.. as i>xxxxxxxxxx</#list>\n");
        TemplateEngine engine = new TemplateEngine(new TemplateFiles(List.of(dir)), Duration.ofSeconds(10),
                10_000, TemplateEngine.MAX_BYTES);
        RenderException e = assertThrows(RenderException.class, () -> engine.render(DocumentId.CHECKLIST,
                Map.of()));
        assertTrue(e.getMessage().contains("o texto gerado passou de"), e.getMessage());
    }

    @Test
    void secretIsOnlyVisibleToThePropertiesFile() throws Exception {
        Map<String, Object> model = TestMunicipios.modelo(TestMunicipios.santoAmaro());
        RenderException e = assertThrows(RenderException.class,
                () -> render(DocumentId.CHECKLIST, "${govbr.client_secret}", model));
        assertFalse(e.getMessage().contains("s3gr3d0"));
        RenderedText props = render(DocumentId.APPLICATION_PROPERTIES, "${govbr.client_secret}", model);
        assertEquals("s3gr3d0-de-teste", props.text());
    }

    @Test
    void rendersInParallelWithOneEngine() throws Exception {
        Files.writeString(dir.resolve("checklist.md.ftl"), "${municipio.nome} ${oficio.numero}\n");
        TemplateEngine engine = new TemplateEngine(new TemplateFiles(List.of(dir)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 1; i <= 40; i++) {
                var m = TestMunicipios.comOficio(TestMunicipios.santoAmaro(),
                        new br.esus.oficios.model.NumeroOficio(i, TestMunicipios.HOJE));
                Callable<String> job = () -> engine.render(DocumentId.CHECKLIST, TestMunicipios.modelo(m)).text();
                results.add(pool.submit(job));
            }
            for (int i = 1; i <= 40; i++) {
                assertEquals("Santo Amaro " + i + "\n", results.get(i - 1).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
