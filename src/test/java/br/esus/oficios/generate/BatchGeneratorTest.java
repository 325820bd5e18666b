package br.esus.oficios.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.doc.Doc;
import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.DocumentProblem;
import br.esus.oficios.model.Problem;
import br.esus.oficios.model.TabelaVersoesPec;
import br.esus.oficios.output.OutputLayout;
import br.esus.oficios.read.ChecklistCatalogReader;
import br.esus.oficios.read.TemplateFiles;
import br.esus.oficios.read.VersoesPecReader;
import br.esus.oficios.render.DocumentId;
import br.esus.oficios.render.TemplateEngine;
import br.esus.oficios.write.DocWriter;
import br.esus.oficios.write.MarkdownWriter;
import br.esus.oficios.write.WriteException;
import br.esus.oficios.write.docx.DocxWriter;
import br.esus.oficios.write.pdf.PdfWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch renders documents and formats in parallel; what a user sees must not depend on that. */
class BatchGeneratorTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

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
        inputs = SantoAmaroCopies.write(tmp, 7);
        Path invalid = tmp.resolve("municipios/m4.yaml");
        Files.writeString(invalid, "municipio: [\n");
    }

    static GenerateRequest request(List<String> formats) {
        return new GenerateRequest(inputs, EnumSet.allOf(DocumentId.class), formats,
                Map.of("GOVBR_CLIENT_SECRET", "segredo"), TODAY);
    }

    static List<MunicipioOutcome> run(List<DocWriter> writers, int threads, Path out) throws Exception {
        List<String> formats = writers.stream().map(DocWriter::format).toList();
        List<MunicipioOutcome> outcomes = new ArrayList<>();
        try (BatchGenerator g = new BatchGenerator(catalog, versoes, new TemplateEngine(templates), writers,
                new OutputLayout(out), threads, false)) {
            g.run(request(formats), outcomes::add);
        }
        return outcomes;
    }

    /** A writer that fails for one document, to see what the batch does with the rest. */
    static final class FailsForPop implements DocWriter {
        @Override
        public String format() {
            return "txt";
        }

        @Override
        public byte[] write(Doc doc) throws WriteException {
            if ("pop".equals(doc.meta().documentId())) {
                throw new WriteException("falha de teste no POP");
            }
            return doc.meta().title().getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aDocumentThatFailsInOneFormatIsWrittenInNoneAndTheRestIsWritten() throws Exception {
        Path out = tmp.resolve("falha");
        List<MunicipioOutcome> outcomes = run(List.of(new MarkdownWriter(), new FailsForPop()), 3, out);

        assertEquals(inputs.stream().map(InputFile::shown).toList(),
                outcomes.stream().map(MunicipioOutcome::file).toList(), "na ordem dos arquivos");
        MunicipioOutcome invalid = outcomes.get(3);
        assertTrue(invalid.invalid());
        assertTrue(invalid.written().isEmpty());
        for (MunicipioOutcome o : outcomes) {
            if (o.invalid()) {
                continue;
            }
            assertEquals(List.of(DocumentProblem.error(o.file(), "pop", "falha de teste no POP")), o.failures());
            List<String> names = o.written().stream().map(p -> p.getFileName().toString()).toList();
            assertEquals(List.of("oficio-dominio.md", "oficio-dominio.txt", "ticket-prescricao.md",
                    "ticket-prescricao.txt", "application.properties", "backup-esus.sh", "restaurar-esus.sh",
                    "checklist.md", "checklist.txt"), names);
            assertFalse(Files.exists(o.folder().resolve("pop.md")), "nada do POP");
            assertFalse(Files.exists(o.folder().resolve("pop.txt")), "nada do POP");
            try (Stream<Path> s = Files.list(o.folder())) {
                assertEquals(9, s.count(), "nenhum arquivo temporário deixado");
            }
        }
    }

    @Test
    void theSameBytesWhateverTheNumberOfThreads() throws Exception {
        List<DocWriter> writers = List.of(new MarkdownWriter(), new DocxWriter());
        run(writers, 1, tmp.resolve("um"));
        run(writers, 4, tmp.resolve("quatro"));
        Map<Path, byte[]> one = files(tmp.resolve("um"));
        Map<Path, byte[]> four = files(tmp.resolve("quatro"));
        assertEquals(6 * 11, one.size(), "6 municípios válidos, 11 arquivos cada (md, docx, properties, scripts)");
        assertEquals(one.keySet(), four.keySet());
        for (Path p : one.keySet()) {
            assertArrayEquals(one.get(p), four.get(p), p.toString());
        }
    }

    @Test
    void oneMunicipalityAloneGivesItsDocumentsTrees() {
        try (BatchGenerator g = new BatchGenerator(catalog, versoes, new TemplateEngine(templates),
                List.of(new MarkdownWriter()), new OutputLayout(tmp.resolve("so")), 2, false)) {
            Generated r = g.generate(inputs.get(0), request(List.of("md")), Map.of(), Precheck.NONE);
            assertTrue(r.outcome().ok(), r.outcome().failures().toString());
            assertEquals(EnumSet.of(DocumentId.OFICIO_DOMINIO, DocumentId.TICKET_PRESCRICAO, DocumentId.POP,
                    DocumentId.CHECKLIST), r.docs().keySet());
            assertEquals(7, r.outcome().written().size());
            Generated again = g.generate(inputs.get(1), request(List.of("md")), Map.of(), Precheck.NONE);
            assertTrue(again.outcome().ok(), "o mesmo gerador (as mesmas threads) serve o arquivo seguinte: "
                    + again.outcome().failures());
        }
    }

    @Test
    void aFileThePrecheckRefusesIsInvalidAndNothingOfItIsWritten() {
        Path out = tmp.resolve("recusado");
        try (BatchGenerator g = new BatchGenerator(catalog, versoes, new TemplateEngine(templates),
                List.of(new MarkdownWriter()), new OutputLayout(out), 2, false)) {
            Problem no = Problem.error(inputs.get(0).shown(), 3, 5, "contato.email", "recusado pelo teste");
            Generated r = g.generate(inputs.get(0), request(List.of("md")), Map.of(), (input, m) -> List.of(no));
            assertTrue(r.outcome().invalid(), r.outcome().toString());
            assertEquals(List.of(no), r.outcome().problems());
            assertEquals(null, r.municipio());
            assertFalse(Files.exists(out), "nada gerado");
        }
    }

    @Test
    void charactersThePdfFontLacksAreWarnedOncePerDocumentLikeTheOtherWarnings() throws Exception {
        String example = Files.readString(Path.of("municipios/ba-santo-amaro.yaml"));
        String yaml = example.replace("observacao: \"dump restaurado e conferido no servidor novo\"",
                "observacao: \"dump restaurado ✓ 日本 ✓\"");
        assertFalse(yaml.equals(example), "o exemplo ainda tem a observação do backup");
        Path f = Files.writeString(Files.createDirectories(tmp.resolve("glifos")).resolve("ba-santo-amaro.yaml"), yaml);
        InputFile input = new InputFile(f, Path.of("municipios", "ba-santo-amaro.yaml"));
        List<DocWriter> writers = List.of(new PdfWriter((Path) null), new DocxWriter());
        GenerateRequest req = new GenerateRequest(List.of(input), EnumSet.of(DocumentId.CHECKLIST),
                List.of("pdf", "docx"), Map.of("GOVBR_CLIENT_SECRET", "segredo"), TODAY);
        MunicipioOutcome o;
        try (BatchGenerator g = new BatchGenerator(catalog, versoes, new TemplateEngine(templates), writers,
                new OutputLayout(tmp.resolve("glifos-saida")), 2, false)) {
            o = g.generate(input, req, Map.of(), Precheck.NONE).outcome();
        }
        assertTrue(o.ok(), o.failures().toString());
        assertEquals(List.of(DocumentProblem.warning(Path.of("municipios/ba-santo-amaro.yaml"), "checklist",
                "caracteres que a fonte do PDF não tem saíram como #: ✓ (U+2713), 日 (U+65E5), 本 (U+672C); use "
                + "--fonte com uma fonte que os tenha")),
                o.warnings(), "um aviso só, pelo PDF (o DOCX guarda os caracteres)");
        assertEquals(2, o.written().size(), "os dois arquivos gravados mesmo assim");
    }

    static Map<Path, byte[]> files(Path root) throws IOException {
        Map<Path, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
