package br.esus.oficios.write.pdf;

import br.esus.oficios.write.OficioFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.Inline;
import br.esus.oficios.write.DocWriter;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Text pasted from a web page or from Word carries invisible characters. PDFBox draws four of them (U+200B, U+200C,
 * U+2060, U+FEFF) with an empty glyph when it embeds a font; up to PDFBox 3.0.7 that made it read every glyph after
 * that one from the wrong place in the font, so the ofício failed ("ConcurrentModificationException") or came out
 * with wrong letters. A PDF with them must look exactly like the one without them.
 */
class InvisibleCharactersPdfTest {
    private static final String[] INVISIBLE = {"\u200B", "\u200C", "\u2060", "\uFEFF", "\u200D"};

    static PdfWriter writer;
    static Path brasao;

    @BeforeAll
    static void setUp() throws IOException {
        writer = new PdfWriter((Path) null);
        Files.createDirectories(PdfWriterTest.OUT);
        brasao = OficioFixture.brasao(PdfWriterTest.OUT);
    }

    @Test
    void anOficioWithInvisibleCharactersLooksLikeOneWithout() throws Exception {
        Doc plain = OficioFixture.oficio(brasao);
        byte[] expected = writer.write(plain);
        for (String c : INVISIBLE) {
            String name = String.format("U+%04X", (int) c.charAt(0));
            DocWriter.Written written = writer.writeWithWarnings(withAfterEveryComma(plain, c));
            assertEquals(List.of(), written.warnings(), name + ": nada saiu como #");
            Files.write(PdfWriterTest.OUT.resolve("oficio-invisivel-" + name + ".pdf"), written.bytes());
            assertSamePages(expected, written.bytes(), name);
        }
    }

    /**
     * The same visible glyphs, each in the same place and with the same outline (the invisible ones are left out:
     * the text extracted from the PDF still has them, which is right).
     */
    private static void assertSamePages(byte[] expected, byte[] actual, String name) throws IOException {
        try (PDDocument e = Loader.loadPDF(expected); PDDocument a = Loader.loadPDF(actual)) {
            assertEquals(e.getNumberOfPages(), a.getNumberOfPages(), name);
            List<Glyph> ge = glyphs(e);
            List<Glyph> ga = glyphs(a);
            for (int i = 0; i < Math.min(ge.size(), ga.size()); i++) {
                Glyph x = ge.get(i);
                Glyph y = ga.get(i);
                // a justified line spreads its slack a few hundredths of a point otherwise
                assertTrue(x.what().equals(y.what()) && Math.abs(x.x() - y.x()) < 0.5 && Math.abs(x.y() - y.y()) < 0.5,
                        name + ": glifo " + i + " diferente do PDF do texto sem o caractere: " + x + " / " + y);
            }
            assertEquals(ge.size(), ga.size(), name + ": quantos glifos");
        }
    }

    /** A visible glyph: the character, the font and the box of its outline; and where it is. */
    record Glyph(String what, float x, float y) {
    }

    /** The visible glyphs of the document, in drawing order. */
    static List<Glyph> glyphs(PDDocument d) throws IOException {
        List<Glyph> out = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                String u = t.getUnicode();
                if (u == null || u.codePoints().allMatch(c -> Character.getType(c) == Character.FORMAT)) {
                    return;
                }
                String box;
                try {
                    Rectangle2D r = ((PDVectorFont) t.getFont()).getNormalizedPath(t.getCharacterCodes()[0])
                            .getBounds2D();
                    box = String.format(Locale.ROOT, "%.0f %.0f %.0f %.0f", r.getX(), r.getY(), r.getWidth(),
                            r.getHeight());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                String font = t.getFont().getName();
                out.add(new Glyph(u + " " + font.substring(font.indexOf('+') + 1) + " " + box, t.getX(), t.getY()));
            }
        };
        s.setSortByPosition(false);
        s.getText(d);
        return out;
    }

    /** {@code doc} with {@code c} after every comma of its paragraphs, as pasted text has it. */
    private static Doc withAfterEveryComma(Doc doc, String c) {
        List<Block> blocks = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b instanceof Block.Paragraph p) {
                List<Inline> content = new ArrayList<>();
                for (Inline i : p.content()) {
                    content.add(i instanceof Inline.Text t ? new Inline.Text(t.text().replace(",", "," + c)) : i);
                }
                blocks.add(new Block.Paragraph(p.style(), p.number(), content, p.internal()));
            } else {
                blocks.add(b);
            }
        }
        return new Doc(doc.meta(), blocks);
    }
}
