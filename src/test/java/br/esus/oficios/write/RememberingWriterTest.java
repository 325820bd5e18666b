package br.esus.oficios.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.doc.Inline;
import br.esus.oficios.doc.ParagraphStyle;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code vigiar} relies on: an equal tree is not written again, a different one is, and memory stays bounded. */
class RememberingWriterTest {
    /** A writer that counts its calls and writes the tree's text. */
    private static final class Counting implements DocWriter {
        final List<Doc> written = new ArrayList<>();

        @Override
        public String format() {
            return "md";
        }

        @Override
        public byte[] write(Doc doc) {
            written.add(doc);
            return doc.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    private static Doc doc(String text) {
        DocMeta meta = new DocMeta("oficio-dominio", "Ofício", "Secretaria", "Assunto", List.of(),
                LocalDate.of(2026, 12, 6), false, List.of(), List.of(), null);
        return new Doc(meta, List.of(new Block.Paragraph(ParagraphStyle.NORMAL, 0,
                List.of(new Inline.Text(text)), false)));
    }

    @Test
    void anEqualTreeIsNotWrittenAgainADifferentOneIs() throws Exception {
        Counting inner = new Counting();
        RememberingWriter w = new RememberingWriter(inner);
        byte[] first = w.write(doc("Nº 12"));
        assertArrayEquals(first, w.write(doc("Nº 12")), "a tree built again, equal");
        assertEquals(1, inner.written.size());
        w.write(doc("Nº 77"));
        assertEquals(2, inner.written.size());
        assertArrayEquals(first, w.write(doc("Nº 12")), "back to the first text");
        assertEquals(2, inner.written.size());
        assertEquals("md", w.format());
    }

    @Test
    void remembersOnlyTheLastOnes() throws Exception {
        Counting inner = new Counting();
        RememberingWriter w = new RememberingWriter(inner);
        w.write(doc("0"));
        for (int i = 1; i <= RememberingWriter.REMEMBERED; i++) {
            w.write(doc(Integer.toString(i)));
        }
        int calls = inner.written.size();
        assertSame(w.writeWithWarnings(doc("32")), w.writeWithWarnings(doc("32")));
        assertEquals(calls, inner.written.size());
        w.write(doc("0"));
        assertEquals(calls + 1, inner.written.size(), "the oldest was forgotten");
    }
}
