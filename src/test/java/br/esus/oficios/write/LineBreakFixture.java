package br.esus.oficios.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.Inline;
import br.esus.oficios.doc.ParagraphStyle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The no-break rules as a reader sees them: the same justified paragraph with its phone, CEP, e-mail, URL and
 * document number pushed one character further along the line each time, so every one of them meets the end of a
 * line somewhere; the lines are then read back from a PDF (ours, or LibreOffice's rendering of the DOCX).
 */
public final class LineBreakFixture {
    static final String EMAIL = "juliana.andrade@itabaiana.se.gov.br";
    static final String URL = "https://esus.itabaiana.se.gov.br/login";
    static final List<String> WHOLE = List.of("(79) 99812-3456", "49500-000", "24.680.246/0001-10", "177.43.210.15",
            "Nº 7/2026/SMS/PMI", "5.3.21", "art. 3º");
    public static final int PARAGRAPHS = 70;

    private LineBreakFixture() {
    }

    public static Doc sweep(Path brasao) {
        List<Block> blocks = new ArrayList<>();
        for (int shift = 0; shift < PARAGRAPHS; shift++) {
            String filler = "Um texto de " + "a".repeat(shift) + " ";
            blocks.add(new Block.Paragraph(ParagraphStyle.TEXTO, 0, List.of(new Inline.Text(filler
                    + "contato de Juliana, e-mail " + EMAIL + ", telefone (79) 99812-3456, CEP 49500-000, CNPJ "
                    + "24.680.246/0001-10, IP 177.43.210.15, no " + URL + ". Ofício Nº 7/2026/SMS/PMI (versão 5.3.21, "
                    + "art. 3º) e o site (" + URL + ")."))));
        }
        return new Doc(OficioFixture.letterheadMeta("quebras", "Quebras de linha", brasao), blocks);
    }

    /**
     * The lines of a PDF in reading order, stripped, without empty ones; no-break spaces and hyphens read as plain
     * ones, zero-width spaces are dropped and runs of spaces read as one (PDFBox reads a space into every gap between
     * two pieces of text LibreOffice draws apart, as it does at a zero-width space).
     */
    public static List<String> lines(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(d).lines()
                    .map(l -> l.replace('\u00A0', ' ').replace('\u2011', '-').replace("\u200B", "").replaceAll(" {2,}", " ").strip())
                    .filter(l -> !l.isEmpty()).toList();
        }
    }

    /** Each kept value whole on a line in every paragraph. */
    public static void assertNothingKeptIsSplit(List<String> lines) {
        String all = String.join("\n", lines);
        for (String whole : WHOLE) {
            int count = all.split(Pattern.quote(whole), -1).length - 1;
            assertEquals(PARAGRAPHS, count, whole + " split somewhere:\n" + all);
        }
    }

    /**
     * Addresses break only after "@", "." or "/", never after "https://" nor before the last label ("gov.br"); no
     * line starts with punctuation. Spaces are
     * left out of the comparison: an address has none, and PDFBox reads one where LibreOffice draws the text after a
     * zero-width space apart.
     */
    public static void assertAddressesBreakWhereAllowed(List<String> lines) {
        int broken = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i).replace(" ", "");
            assertTrue(!line.endsWith("https://") && !line.endsWith("(") && !line.endsWith("Nº"), line);
            String next = lines.get(i + 1).replace(" ", "");
            assertTrue(!next.startsWith(",") && !next.startsWith(".") && !next.startsWith(")"),
                    "a line starts with punctuation: " + line + " / " + next);
            assertTrue(!next.startsWith("br"), "a host's last label alone: " + line + " / " + next);
            String joined = line + next;
            if ((joined.contains(EMAIL) || joined.contains(URL)) && !line.contains(EMAIL) && !next.contains(EMAIL)
                    && !line.contains(URL) && !next.contains(URL)) {
                broken++;
                char last = line.charAt(line.length() - 1);
                assertTrue(last == '@' || last == '.' || last == '/', "broken at a wrong place: " + line + " / " + next);
            }
        }
        assertTrue(broken > 5, "the addresses never broke, so this checked nothing: " + broken);
    }
}
