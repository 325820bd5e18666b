package br.esus.oficios.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.doc.Doc;
import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.TabelaVersoesPec;
import br.esus.oficios.output.OutputLayout;
import br.esus.oficios.read.ChecklistCatalogReader;
import br.esus.oficios.read.TemplateFiles;
import br.esus.oficios.read.VersoesPecReader;
import br.esus.oficios.render.DocumentId;
import br.esus.oficios.render.TemplateEngine;
import br.esus.oficios.write.DocWriter;
import br.esus.oficios.write.RememberingWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** vigiar's rehearsals: every document in every format, again and again, written nowhere, out of the user's way. */
class WarmupTest {
    @TempDir
    static Path tmp;
    @TempDir
    Path out;

    static TemplateFiles templates;
    static ChecklistCatalog catalog;
    static TabelaVersoesPec versoes;
    static InputFile santoAmaro;

    @BeforeAll
    static void setUp() throws Exception {
        templates = TemplateFiles.packed();
        catalog = new ChecklistCatalogReader().load(templates);
        versoes = new VersoesPecReader().load(templates);
        santoAmaro = SantoAmaroCopies.write(tmp, 1).get(0);
    }

    /** Counts the documents it is asked to write, by document. */
    static final class Counting implements DocWriter {
        final ConcurrentMap<String, AtomicInteger> written = new ConcurrentHashMap<>();

        @Override
        public String format() {
            return "txt";
        }

        @Override
        public byte[] write(Doc doc) {
            written.computeIfAbsent(doc.meta().documentId(), k -> new AtomicInteger()).incrementAndGet();
            return doc.meta().title().getBytes(StandardCharsets.UTF_8);
        }

        int total() {
            return written.values().stream().mapToInt(AtomicInteger::get).sum();
        }
    }

    private BatchGenerator generator(DocWriter w) {
        return new BatchGenerator(catalog, versoes, new TemplateEngine(templates), List.of(w), new OutputLayout(out),
                2, false);
    }

    private static GenerateRequest request(InputFile f) {
        return new GenerateRequest(List.of(f), EnumSet.allOf(DocumentId.class), List.of("txt"),
                Map.of("GOVBR_CLIENT_SECRET", "segredo"), BatchGeneratorTest.TODAY);
    }

    @Test
    void rehearsesEveryDocumentRoundsTimesThroughTheMemoryAndWritesNoFile() throws Exception {
        InputFile f = santoAmaro;
        Counting counting = new Counting();
        // The memory of vigiar's writers would answer every rehearsal after the first without writing.
        try (BatchGenerator g = generator(new RememberingWriter(counting)); Warmup w = new Warmup(true)) {
            assertTrue(w.start(g, f, request(f)));
            assertFalse(w.start(g, f, request(f)), "one warm-up per session");
            assertTrue(w.awaitEnd(120_000));
        }
        assertEquals(Set.of("oficio-dominio", "ticket-prescricao", "pop", "checklist"),
                counting.written.keySet());
        counting.written.values().forEach(n -> assertEquals(Warmup.ROUNDS, n.get()));
        try (var files = Files.list(out)) {
            assertEquals(0, files.count(), "a rehearsal writes no file");
        }
    }

    @Test
    void underC1AloneNothingIsRehearsed() throws Exception {
        InputFile f = santoAmaro;
        Counting counting = new Counting();
        try (BatchGenerator g = generator(counting); Warmup w = new Warmup(false)) {
            assertFalse(w.start(g, f, request(f)));
            assertTrue(w.awaitEnd(0));
        }
        assertEquals(0, counting.total());
    }

    /** A warm-up of the example with {@code g}, paused before it starts: it must take no step. */
    private static Warmup startedPaused(BatchGenerator g) {
        Warmup w = new Warmup(true);
        w.pause();
        assertTrue(w.start(g, santoAmaro, request(santoAmaro)));
        return w;
    }

    @Test
    void pausedItTakesNoStepUntilResumed() throws Exception {
        Counting counting = new Counting();
        try (BatchGenerator g = generator(counting); Warmup w = startedPaused(g)) {
            assertFalse(w.awaitEnd(500), "waits while paused");
            assertEquals(0, counting.total());
            w.resume();
            assertTrue(w.awaitEnd(120_000));
        }
        assertEquals(4 * Warmup.ROUNDS, counting.total());
    }

    @Test
    void closedItStops() throws Exception {
        Counting counting = new Counting();
        try (BatchGenerator g = generator(counting); Warmup w = startedPaused(g)) {
            w.close();
            assertTrue(w.awaitEnd(10_000));
        }
        assertEquals(0, counting.total());
    }
}
