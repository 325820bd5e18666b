package br.esus.oficios.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.Inline;
import br.esus.oficios.doc.ParagraphStyle;
import br.esus.oficios.write.OficioFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The no-break rules as a reader sees them: the same justified paragraph with its phone, CEP, e-mail, URL and
 * document number pushed one character further along the line each time, so every one of them meets the end of a
 * line somewhere; then the lines are read back from the PDF.
 */
class LineBreaksInPdfTest {
    static final String EMAIL = "juliana.andrade@itabaiana.se.gov.br";
    static final String URL = "https://esus.itabaiana.se.gov.br/login";
    static final List<String> WHOLE = List.of("(79) 99812-3456", "49500-000", "24.680.246/0001-10", "177.43.210.15",
            "Nº 7/2026/SMS/PMI", "5.3.21", "art. 3º");
    static List<String> lines;

    @BeforeAll
    static void render() throws Exception {
        List<Block> blocks = new ArrayList<>();
        for (int shift = 0; shift < 70; shift++) {
            String filler = "Um texto de " + "a".repeat(shift) + " ";
            blocks.add(new Block.Paragraph(ParagraphStyle.TEXTO, 0, List.of(new Inline.Text(filler
                    + "contato de Juliana, e-mail " + EMAIL + ", telefone (79) 99812-3456, CEP 49500-000, CNPJ "
                    + "24.680.246/0001-10, IP 177.43.210.15, no " + URL + ". Ofício Nº 7/2026/SMS/PMI (versão 5.3.21, "
                    + "art. 3º) e o site (" + URL + ")."))));
        }
        Path dir = Files.createDirectories(Path.of("target", "pdf-amostras"));
        Doc doc = new Doc(OficioFixture.letterheadMeta("quebras", "Quebras de linha", OficioFixture.brasao(dir)), blocks);
        byte[] pdf = new PdfWriter(FontChoice.resolve(null)).write(doc);
        Files.write(dir.resolve("quebras.pdf"), pdf);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            lines = stripper.getText(d).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
    }

    @Test
    void whatIsCopiedOrDialledIsNeverSplit() {
        String all = String.join("\n", lines);
        for (String whole : WHOLE) {
            int count = all.split(Pattern.quote(whole), -1).length - 1;
            assertEquals(70, count, whole + " split somewhere:\n" + all);
        }
    }

    @Test
    void addressesBreakOnlyAfterTheAtOrADotOrASlashNeverAfterTheScheme() {
        int broken = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            assertTrue(!line.endsWith("https://") && !line.endsWith("(") && !line.endsWith("Nº"), line);
            String next = lines.get(i + 1);
            assertTrue(!next.startsWith(",") && !next.startsWith(".") && !next.startsWith(")"),
                    "a line starts with punctuation: " + line + " / " + next);
            String joined = line + next;
            if ((joined.contains(EMAIL) || joined.contains(URL)) && !line.contains(EMAIL) && !next.contains(EMAIL)
                    && !line.contains(URL) && !next.contains(URL)) {
                broken++;
                char last = line.charAt(line.length() - 1);
                assertTrue(last == '@' || last == '.' || last == '/', "broken at a wrong place: " + line + " / " + next);
            }
        }
        assertTrue(broken > 5, "the addresses never broke: the test does not test: " + broken);
    }
}
