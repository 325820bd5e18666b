package br.esus.oficios.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.DocumentProblem;
import br.esus.oficios.model.TabelaVersoesPec;
import br.esus.oficios.output.AtomicFiles;
import br.esus.oficios.output.FileSink;
import br.esus.oficios.output.OutputLayout;
import br.esus.oficios.read.ChecklistCatalogReader;
import br.esus.oficios.read.TemplateFiles;
import br.esus.oficios.read.VersoesPecReader;
import br.esus.oficios.render.DocumentId;
import br.esus.oficios.render.TemplateEngine;
import br.esus.oficios.write.MarkdownWriter;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that cannot be written: one line per municipality, not one per file; a full disk stops the batch, said once.
 */
class BatchWriteFailuresTest {
    /** Files of a municipality in Markdown: 4 documents, application.properties and the 2 Linux scripts. */
    static final int FILES = 7;
    static final int MUNICIPIOS = 12;

    @TempDir
    static Path tmp;

    static TemplateFiles templates;
    static ChecklistCatalog catalog;
    static TabelaVersoesPec versoes;
    static List<InputFile> inputs;

    @BeforeAll
    static void setUp() throws Exception {
        templates = TemplateFiles.packed();
        catalog = new ChecklistCatalogReader().load(templates);
        versoes = new VersoesPecReader().load(templates);
        inputs = SantoAmaroCopies.write(tmp, MUNICIPIOS);
    }

    static GenerateRequest request() {
        return new GenerateRequest(inputs, EnumSet.allOf(DocumentId.class), List.of("md"),
                Map.of("GOVBR_CLIENT_SECRET", "segredo"), LocalDate.of(2026, 3, 10));
    }

    static BatchSummary run(Path out, FileSink sink, List<MunicipioOutcome> outcomes) throws InterruptedException {
        try (BatchGenerator g = new BatchGenerator(catalog, versoes, new TemplateEngine(templates),
                List.of(new MarkdownWriter()), new OutputLayout(out), sink, 2, false)) {
            return g.run(request(), outcomes::add);
        }
    }

    static List<DocumentProblem> lines(List<MunicipioOutcome> outcomes) {
        List<DocumentProblem> lines = new ArrayList<>();
        for (MunicipioOutcome o : outcomes) {
            lines.addAll(o.failures());
        }
        return lines;
    }

    @Test
    void aFolderThatCannotBeWrittenIsOneLinePerMunicipality() throws Exception {
        Path out = tmp.resolve("sem-permissao");
        FileSink denied = (target, data, ownerOnly) -> {
            throw new AccessDeniedException(target.resolveSibling("." + target.getFileName() + "123.tmp").toString());
        };
        List<MunicipioOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        BatchSummary s = run(out, denied, outcomes);

        assertEquals(MUNICIPIOS, outcomes.size(), "todos os municípios foram tentados");
        for (MunicipioOutcome o : outcomes) {
            assertEquals(List.of(DocumentProblem.error(o.file(), null, "não foi possível gravar nenhum dos " + FILES
                    + " arquivos em " + o.folder() + ": sem permissão de escrita; escolha outra pasta com -o ou "
                    + "confira as permissões")), o.failures());
        }
        assertEquals(new BatchSummary(0, 0, MUNICIPIOS, 0, 0), s);
    }

    @Test
    void aFullDiskStopsTheBatchAndIsSaidOnce() throws Exception {
        Path out = tmp.resolve("disco-cheio");
        int fit = 2 * FILES + 3;
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        FileSink fillsUp = (target, data, ownerOnly) -> {
            if (calls.incrementAndGet() > fit) {
                refused.incrementAndGet();
                throw new IOException("No space left on device");
            }
            AtomicFiles.write(target, data, ownerOnly);
        };
        List<MunicipioOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        BatchSummary s = run(out, fillsUp, outcomes);

        List<DocumentProblem> lines = lines(outcomes);
        assertEquals(1, lines.size(), "uma linha só: " + lines);
        assertTrue(lines.get(0).file().toString().matches("municipios/m\\d+\\.yaml"), lines.get(0).toString());
        assertEquals(null, lines.get(0).document(), "a pasta toda, não um documento");
        assertTrue(lines.get(0).message().matches("não foi possível gravar (\\d+ de|nenhum dos) "
                + FILES + " arquivos em .*: disco cheio; libere espaço e rode de novo"), lines.get(0).message());
        assertTrue(refused.get() <= 2, "parou logo: " + refused.get() + " gravações recusadas");
        assertTrue(calls.get() <= fit + 2, "nenhum arquivo tentado depois: " + calls.get());
        assertEquals(MUNICIPIOS, s.municipios(), s.toString());
        assertTrue(s.ok() + s.failed() <= 4 && s.failed() == 1, s.toString());
        assertTrue(s.stopped() >= MUNICIPIOS - 4, s.toString());
        assertEquals(fit, s.files(), "cada arquivo gravado contado uma vez: " + s);
        try (var files = Files.walk(out)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void aFullDiskIsSaidForTheFolderEvenWhenItFilledOnTheLastFile() {
        Path folder = Path.of("output/ba-santo-amaro-1");
        Map<String, List<String>> cheio = Map.of("disco cheio; libere espaço e rode de novo", List.of("checklist.md"));
        assertEquals("não foi possível gravar 1 de 7 arquivos em " + folder + ": disco cheio; libere espaço e rode de "
                + "novo", FolderWriter.unwritten(folder, 7, 1, cheio, true));
        assertEquals("não foi possível gravar " + folder.resolve("checklist.md") + ": disco cheio; libere espaço e "
                + "rode de novo", FolderWriter.unwritten(folder, 7, 1, cheio, false), "um arquivo só, sem parar");
    }
}
