package br.esus.oficios.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.Problem;
import br.esus.oficios.model.TabelaVersoesPec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped templates read at build time ({@code modelos-lidos.bin}), against the YAML they were made from. */
class PackedTemplatesTest {
    private static final Path TEMPLATES = Path.of("templates");

    @TempDir
    Path dir;

    @Test
    void thePackHoldsWhatTheReadersMakeOfTheProjectsTemplates() throws Exception {
        byte[] checklist = Files.readAllBytes(TEMPLATES.resolve(ChecklistCatalogReader.ARQUIVO));
        byte[] versoes = Files.readAllBytes(TEMPLATES.resolve(VersoesPecReader.ARQUIVO));
        List<Problem> problems = new ArrayList<>();
        ChecklistCatalog parsedChecklist = new ChecklistCatalogReader().parse(Path.of("c"), checklist, problems);
        TabelaVersoesPec parsedVersoes = new VersoesPecReader().parse(Path.of("v"), versoes, problems);
        assertTrue(problems.stream().noneMatch(p -> !p.warning()), problems::toString);
        // Present only when the build's pack was made from these very files (mvn process-classes).
        assertEquals(parsedChecklist, PackedTemplates.checklist(checklist).orElseThrow(
                () -> new AssertionError("o pacote dos modelos não é deste checklist.yaml: rode mvn process-classes")));
        assertEquals(parsedVersoes, PackedTemplates.versoes(versoes).orElseThrow(
                () -> new AssertionError("o pacote dos modelos não é deste versoes-pec.yaml: rode mvn process-classes")));
    }

    @Test
    void theReadersTakeTheShippedTemplatesFromThePack() throws Exception {
        TemplateFiles project = TemplateFiles.of(null, Path.of(""));
        byte[] checklist = Files.readAllBytes(TEMPLATES.resolve(ChecklistCatalogReader.ARQUIVO));
        byte[] versoes = Files.readAllBytes(TEMPLATES.resolve(VersoesPecReader.ARQUIVO));
        assertSame(PackedTemplates.checklist(checklist).orElseThrow(), new ChecklistCatalogReader().load(project));
        assertSame(PackedTemplates.versoes(versoes).orElseThrow(), new VersoesPecReader().load(project));
    }

    @Test
    void aTemplateThatDiffersInOneByteIsReadFromItsYaml() throws Exception {
        String checklist = Files.readString(TEMPLATES.resolve(ChecklistCatalogReader.ARQUIVO), StandardCharsets.UTF_8);
        String versoes = Files.readString(TEMPLATES.resolve(VersoesPecReader.ARQUIVO), StandardCharsets.UTF_8);
        assertTrue(checklist.contains("titulo: Contra-chave"), "o exemplo mudou: ajuste o teste");
        Files.writeString(dir.resolve(ChecklistCatalogReader.ARQUIVO),
                checklist.replace("titulo: Contra-chave", "titulo: Contra-chavE"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(VersoesPecReader.ARQUIVO), versoes + "\n", StandardCharsets.UTF_8);
        TemplateFiles own = TemplateFiles.of(dir, Path.of(""));
        ChecklistCatalog c = new ChecklistCatalogReader().load(own);
        assertEquals("Contra-chavE", c.item("contra_chave").orElseThrow().titulo());
        assertNotEquals(PackedTemplates.checklist(checklist.getBytes(StandardCharsets.UTF_8)).orElseThrow(), c);
        TabelaVersoesPec v = new VersoesPecReader().load(own);
        assertEquals(PackedTemplates.versoes(versoes.getBytes(StandardCharsets.UTF_8)).orElseThrow(), v);
        assertTrue(PackedTemplates.versoes((versoes + "\n").getBytes(StandardCharsets.UTF_8)).isEmpty());
    }
}
