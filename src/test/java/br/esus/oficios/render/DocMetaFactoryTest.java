package br.esus.oficios.render;

import static br.esus.oficios.render.TestMunicipios.HOJE;
import static br.esus.oficios.render.TestMunicipios.santoAmaro;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.doc.DocMeta;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocMetaFactoryTest {

    @Test
    void oficioHasTheLetterheadAndItsOwnDate() {
        DocMeta d = DocMetaFactory.of(DocumentId.OFICIO_DOMINIO, santoAmaro(), LocalDate.of(2027, 1, 2));
        assertEquals("oficio-dominio", d.documentId());
        assertEquals("Ofício nº 12/2026/SMS — Solicitação de subdomínio gov.br", d.title());
        assertEquals("Secretaria Municipal de Saúde", d.author());
        assertEquals(LocalDate.of(2026, 11, 23), d.date());
        assertTrue(d.letterhead());
        assertEquals(List.of("Prefeitura Municipal de Santo Amaro", "Secretaria Municipal de Saúde"), d.headerLines());
        assertEquals(List.of("Rua Conselheiro Saraiva, 15, Centro", "44200-000 Santo Amaro/BA",
                "(75) 3241-1020 · saude@santoamaro.ba.gov.br · www.santoamaro.ba.gov.br"), d.footerLines());
        assertTrue(d.subject().contains("esus.santoamaro.ba.gov.br"), d.subject());
    }

    @Test
    void otherDocumentsAreDatedTodayWithoutLetterhead() {
        assertEquals("Ticket — Ativação da prescrição digital — Santo Amaro/BA",
                DocMetaFactory.of(DocumentId.TICKET_PRESCRICAO, santoAmaro(), HOJE).title());
        assertEquals("POP — Instalação, transferência e atualização do PEC — Santo Amaro/BA",
                DocMetaFactory.of(DocumentId.POP, santoAmaro(), HOJE).title());
        assertEquals("Checklist de implantação do PEC — Santo Amaro/BA",
                DocMetaFactory.of(DocumentId.CHECKLIST, santoAmaro(), HOJE).title());
        for (DocumentId id : List.of(DocumentId.TICKET_PRESCRICAO, DocumentId.POP, DocumentId.CHECKLIST,
                DocumentId.APPLICATION_PROPERTIES)) {
            DocMeta d = DocMetaFactory.of(id, santoAmaro(), HOJE);
            assertFalse(d.letterhead(), id.id());
            assertEquals(HOJE, d.date());
            assertEquals(id.id(), d.documentId());
            assertFalse(d.keywords().isEmpty());
        }
    }
}
