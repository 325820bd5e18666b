package br.esus.oficios.write.pdf;

import br.esus.oficios.write.LineBreakFixture;
import br.esus.oficios.write.OficioFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link LineBreakFixture}'s paragraphs in our PDF. */
class LineBreaksInPdfTest {
    static List<String> lines;

    @BeforeAll
    static void render() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "pdf-amostras"));
        byte[] pdf = new PdfWriter(FontChoice.resolve(null)).write(LineBreakFixture.sweep(OficioFixture.brasao(dir)));
        Files.write(dir.resolve("quebras.pdf"), pdf);
        lines = LineBreakFixture.lines(pdf);
    }

    @Test
    void whatIsCopiedOrDialledIsNeverSplit() {
        LineBreakFixture.assertNothingKeptIsSplit(lines);
    }

    @Test
    void addressesBreakOnlyAfterTheAtOrADotOrASlashNeverAfterTheScheme() {
        LineBreakFixture.assertAddressesBreakWhereAllowed(lines);
    }
}
