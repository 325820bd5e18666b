package br.esus.oficios.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.write.OficioFixture;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a screen reader skips: the running footer (the sending unit's address and contacts) and the page number are
 * artifacts on every page, drawn inside {@code /Artifact} marked content, while the body text is tagged content.
 */
class ArtifactsTest {
    /** Per page: the text drawn as artifacts, and the text drawn as tagged content. */
    record PageText(String artifacts, String tagged) {
    }

    static List<PageText> pages;

    @BeforeAll
    static void read() throws Exception {
        pages = new ArrayList<>();
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "pdf-amostras"));
        byte[] pdf = new PdfWriter(FontChoice.resolve(null)).write(Fixtures.longOficio(OficioFixture.brasao(dir)));
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (PDPage page : d.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                StringBuilder artifacts = new StringBuilder();
                StringBuilder tagged = new StringBuilder();
                for (PDMarkedContent mc : extractor.getMarkedContents()) {
                    collect(mc, "Artifact".equals(mc.getTag()), artifacts, tagged);
                }
                pages.add(new PageText(artifacts.toString(), tagged.toString()));
            }
        }
    }

    private static void collect(PDMarkedContent mc, boolean artifact, StringBuilder artifacts, StringBuilder tagged) {
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t) {
                (artifact ? artifacts : tagged).append(t.getUnicode());
            } else if (o instanceof PDMarkedContent inner) {
                collect(inner, artifact || "Artifact".equals(inner.getTag()), artifacts, tagged);
            }
        }
    }

    @Test
    void footersAndPageNumbersAreArtifactsOnEveryPage() {
        assertTrue(pages.size() >= 2, "the long ofício has a second page, with a page number: " + pages.size());
        for (int i = 0; i < pages.size(); i++) {
            PageText p = pages.get(i);
            for (String line : OficioFixture.FOOTER) {
                String start = line.substring(0, 20);
                assertTrue(p.artifacts().contains(start), "page " + (i + 1) + ": footer not an artifact: " + start);
                assertTrue(!p.tagged().contains(start), "page " + (i + 1) + ": footer read as text: " + start);
            }
            if (i > 0) {
                assertTrue(p.artifacts().startsWith(Integer.toString(i + 1)) || p.artifacts().contains(
                        Integer.toString(i + 1) + OficioFixture.FOOTER.get(0).substring(0, 3)),
                        "page " + (i + 1) + ": number not an artifact: " + p.artifacts());
            }
        }
        assertTrue(pages.get(0).tagged().contains("OFÍCIO Nº 13/2026/SMS/PMSA".replace(" ", "")
                .substring(0, 6)), "the body is tagged content: " + pages.get(0).tagged());
        assertEquals(-1, pages.get(0).artifacts().indexOf("Santo Amaro, 1º de dezembro"), "the date is text");
    }
}
