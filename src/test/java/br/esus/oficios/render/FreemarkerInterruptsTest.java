package br.esus.oficios.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Fails when a FreeMarker upgrade breaks the internal API behind {@link FreemarkerInterrupts}: update that class. */
class FreemarkerInterruptsTest {

    @Test
    void anEndlessLoopEndsWhenItsThreadIsInterrupted() throws Exception {
        Template t = new Template("sem-fim", new StringReader("<#list 1.. as i><#if i < 0>${i}</#if></#list>"),
                new Configuration(Configuration.VERSION_2_3_34));
        FreemarkerInterrupts.enable(t);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                t.process(Map.of(), new StringWriter());
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        worker.setDaemon(true);
        worker.start();
        Thread.sleep(100);
        worker.interrupt();
        worker.join(5_000);
        assertFalse(worker.isAlive(), "o laço sem fim não parou com a interrupção: a FreeMarker mudou o _CoreAPI?");
        assertNotNull(thrown.get(), "parou com uma exceção");
    }
}
