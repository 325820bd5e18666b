package br.esus.oficios.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.read.TemplateFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A template that users edit cannot take the program down: a macro that calls itself and a text doubled in a loop
 * stop with one Portuguese line, and the memory they hold is bounded. The doublings here stop short of what the test
 * JVM's heap holds, so without the limit they would simply succeed.
 */
class TemplateLimitsTest {

    @TempDir
    Path dir;

    private RenderException failure(TemplateEngine engine, String template) throws Exception {
        Files.writeString(dir.resolve("checklist.md.ftl"), template, StandardCharsets.UTF_8);
        return assertThrows(RenderException.class, () -> engine.render(DocumentId.CHECKLIST, Map.of()));
    }

    private TemplateEngine engine() {
        return new TemplateEngine(new TemplateFiles(List.of(dir)));
    }

    private static void assertNoJava(String msg) {
        assertFalse(msg.matches("(?s).*(java\\.|Error|Exception|freemarker).*"), msg);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<#macro m><@m/></#macro><@m/>\n",
        "<#function f n><#return f(n + 1)></#function>${f(1)}\n",
        "<#macro m n>${n}<@m n + 1/></#macro><@m 1/>\n"})
    void aTemplateThatCallsItselfWithoutEndIsOnePortugueseLine(String template) throws Exception {
        TemplateEngine engine = engine();
        RenderException e = failure(engine, template);
        assertEquals(dir.resolve("checklist.md.ftl") + ": o modelo chamou a si mesmo sem parar (uma macro ou"
                + " função que se chama sem condição de parada?)", e.getMessage());
        assertNoJava(e.getMessage());
        Files.writeString(dir.resolve(DocumentId.TICKET_PRESCRICAO.template()), "ok\n", StandardCharsets.UTF_8);
        assertEquals("ok\n", engine.render(DocumentId.TICKET_PRESCRICAO, Map.of()).text(),
                "o motor segue usável");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // 2^27 characters in the end: 128 MiB, 256 MiB allocated on the way.
        "<#assign s = \"x\"><#list 1..27 as i><#assign s = s + s></#list>${s?length}\n",
        "<#assign s = \"x\"><#list 1..27 as i><#assign s>${s}${s}</#assign></#list>${s?length}\n",
        "<#assign s = \"x\"><#list 1..27 as i><#assign s = s?replace(\"x\", \"xx\")></#list>${s?length}\n"})
    void aTextDoubledInALoopStopsAtTheMemoryLimit(String template) throws Exception {
        TemplateEngine engine = engine();
        long t0 = System.nanoTime();
        RenderException e = failure(engine, template);
        assertEquals(dir.resolve("checklist.md.ftl") + ": o modelo passou do limite de "
                + TemplateEngine.MAX_BYTES / (1024 * 1024) + " MiB de memória (um laço sem fim, ou um texto que"
                + " cresce sem parar, como <#assign s = s + s> num laço?)", e.getMessage());
        assertNoJava(e.getMessage());
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "parou logo, não no limite de tempo");
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (busyWorkers() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, busyWorkers(), "o modelo parou de verdade");
    }

    @Test
    void theMemoryLimitHoldsForALowerLimitToo() throws Exception {
        long limit = 4L * 1024 * 1024;
        TemplateEngine engine = new TemplateEngine(new TemplateFiles(List.of(dir)), Duration.ofSeconds(10),
                TemplateEngine.MAX_CHARS, limit);
        RenderException e = failure(engine,
                "<#assign s = \"x\"><#list 1..26 as i><#assign s = s + s></#list>${s?length}\n");
        assertTrue(e.getMessage().contains("limite de 4 MiB de memória"), e.getMessage());
        Files.writeString(dir.resolve(DocumentId.TICKET_PRESCRICAO.template()),
                "<#assign s = \"x\"><#list 1..10 as i><#assign s = s + s></#list>${s?length}\n");
        assertEquals("1024\n", engine.render(DocumentId.TICKET_PRESCRICAO, Map.of()).text(),
                "um texto de 1 KiB cabe com folga");
    }

    @Test
    void theRealDocumentsFitTheLimitsManyTimesOver() throws Exception {
        Map<String, Object> model = TestMunicipios.modelo(TestMunicipios.santoAmaro());
        TemplateEngine engine = new TemplateEngine(TemplateFiles.packed(), Duration.ofSeconds(10),
                TemplateEngine.MAX_CHARS, TemplateEngine.MAX_BYTES / 8);
        for (DocumentId id : DocumentId.values()) {
            if (id.markdown()) {
                assertFalse(engine.render(id, model).text().isBlank(), id.id());
            }
        }
    }

    private static long busyWorkers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("modelo-") && !t.getName().equals("modelo-contador")
                        && t.getState() == Thread.State.RUNNABLE)
                .count();
    }
}
