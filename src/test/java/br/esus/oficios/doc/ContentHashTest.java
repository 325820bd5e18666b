package br.esus.oficios.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    private static Doc doc(LocalDate generated, String text) {
        DocMeta meta = new DocMeta("ticket-prescricao", "Ativação da prescrição digital", "Secretaria", "Assunto",
                List.of("e-SUS APS"), generated, false, List.of(), List.of(), null);
        return new Doc(meta, List.of(new Block.Paragraph(ParagraphStyle.NORMAL, 0, List.of(new Inline.Text(text)))));
    }

    @Test
    void theSameTextOnAnotherDayHasTheSameHash() {
        // The ticket's and the POP's metadata date is the day they were generated: a copy signed yesterday is still
        // the current document today.
        assertEquals(ContentHash.of(doc(LocalDate.of(2026, 12, 6), "Solicito a ativação.")),
                ContentHash.of(doc(LocalDate.of(2026, 12, 7), "Solicito a ativação.")));
    }

    @Test
    void anotherTextHasAnotherHash() {
        assertNotEquals(ContentHash.of(doc(LocalDate.of(2026, 12, 6), "Solicito a ativação.")),
                ContentHash.of(doc(LocalDate.of(2026, 12, 6), "Solicito a ativação!")));
        assertEquals(64, ContentHash.sha256(new byte[0]).length());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ContentHash.sha256(new byte[0]));
    }
}
