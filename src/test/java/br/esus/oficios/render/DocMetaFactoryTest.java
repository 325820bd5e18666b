package br.esus.oficios.render;

import static br.esus.oficios.render.TestMunicipios.HOJE;
import static br.esus.oficios.render.TestMunicipios.santoAmaro;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.model.BrazilianDate;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.OrgaoDominio;
import br.esus.oficios.model.Secretaria;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocMetaFactoryTest {

    @Test
    void oficioHasTheLetterheadAndItsOwnDate() {
        DocMeta d = DocMetaFactory.of(DocumentId.OFICIO_DOMINIO, santoAmaro(), LocalDate.of(2027, 1, 2));
        assertEquals("oficio-dominio", d.documentId());
        assertEquals("Ofício nº 12/2026/SMS — Solicitação de subdomínio gov.br", d.title());
        assertEquals("Secretaria Municipal de Saúde — Prefeitura Municipal de Santo Amaro", d.author());
        assertEquals(LocalDate.of(2026, 11, 23), d.date());
        assertTrue(d.letterhead());
        assertEquals(List.of("Prefeitura Municipal de Santo Amaro", "Secretaria Municipal de Saúde"), d.headerLines());
        assertEquals(List.of("Rua Conselheiro Saraiva, 15, Centro", "44200-000 Santo Amaro/BA",
                "(75) 3241-1020 · saude@santoamaro.ba.gov.br · www.santoamaro.ba.gov.br"), d.footerLines());
        assertEquals("Solicitação de subdomínio gov.br (esus.santoamaro.ba.gov.br) para o e-SUS APS PEC de "
                + "Santo Amaro/BA — PRODEB", d.subject());
    }

    /** The document's title and date are the ones the ofício's text shows, blank number and all. */
    @Test
    void oficioTitleAndDateAreTheTemplateDatas() {
        Municipio semNumero = TestMunicipios.comOficio(santoAmaro(), null);
        for (Municipio m : List.of(santoAmaro(), semNumero)) {
            DocMeta d = DocMetaFactory.of(DocumentId.OFICIO_DOMINIO, m, HOJE.plusDays(3));
            Map<?, ?> oficio = (Map<?, ?>) TemplateModel.of(m, TestMunicipios.catalogo(), TestMunicipios.versoes(), Map.of(), HOJE.plusDays(3))
                    .get("oficio");
            assertEquals(oficio.get("titulo"), d.title());
            assertEquals(oficio.get("data"), BrazilianDate.format(d.date()));
        }
        assertEquals("Ofício nº ____/2026/SMS — Solicitação de subdomínio gov.br",
                DocMetaFactory.of(DocumentId.OFICIO_DOMINIO, semNumero, HOJE.plusDays(3)).title());
    }

    @Test
    void theAuthorLeavesOutThePrefeituraOnlyWhenTheSecretariaAlreadyNamesTheMunicipality() {
        assertTrue(DocMetaFactory.namesTheMunicipality("Secretaria Municipal de Saúde de Santo Amaro", "Santo Amaro"));
        assertTrue(DocMetaFactory.namesTheMunicipality("Secretaria de Saúde de Saúde", "Saúde"));
        assertFalse(DocMetaFactory.namesTheMunicipality("Secretaria Municipal de Saúde", "Saúde"),
                "Saúde/BA: o nome da secretaria não diz o município");
        assertFalse(DocMetaFactory.namesTheMunicipality("Secretaria Municipal de Saúde", "Santo Amaro"));
        assertFalse(DocMetaFactory.namesTheMunicipality("Secretaria de Saúde de Santo Amaro da Purificação",
                "Santo Amaro"));
    }

    @Test
    void subjectNamesTheOrganWithoutGuessingItsGender() {
        // "a PRODEB", "a EMGETIS": the crase (and "ao"/"à") depends on the organ's gender, which the file does not
        // give; the organ comes after a dash instead, by its acronym or, without one, its name.
        for (String sigla : new String[] {"PRODEB", "EMGETIS"}) {
            Municipio m = comOrgao(santoAmaro(), sigla);
            String subject = DocMetaFactory.of(DocumentId.OFICIO_DOMINIO, m, HOJE).subject();
            assertTrue(subject.endsWith(" — " + sigla), subject);
            assertFalse(subject.matches(".*\\s(a|à|ao)\\s" + sigla + ".*"), subject);
        }
        String semSigla = DocMetaFactory.of(DocumentId.OFICIO_DOMINIO, comOrgao(santoAmaro(), null), HOJE).subject();
        assertTrue(semSigla.endsWith(" — Companhia de Processamento de Dados do Estado da Bahia"), semSigla);
    }

    @Test
    void authorSaysWhichMunicipalityEveryDocumentIsFrom() {
        for (DocumentId id : DocumentId.values()) {
            assertEquals("Secretaria Municipal de Saúde — Prefeitura Municipal de Santo Amaro",
                    DocMetaFactory.of(id, santoAmaro(), HOJE).author(), id.id());
        }
        Municipio m = santoAmaro();
        Secretaria s = m.secretaria();
        Municipio nomeCompleto = new Municipio(m.source(), m.municipio(), m.prefeitura(),
                new Secretaria("Secretaria Municipal de Saúde de Santo Amaro", s.sigla(), s.endereco(), s.telefone(),
                        s.email(), s.site()),
                m.signatario(), m.contato(), m.instalacao(), m.orgaoDominio(), m.oficios(), m.govbr(), m.checklist());
        assertEquals("Secretaria Municipal de Saúde de Santo Amaro",
                DocMetaFactory.of(DocumentId.POP, nomeCompleto, HOJE).author(), "o nome já diz o município");
    }

    private static Municipio comOrgao(Municipio m, String sigla) {
        OrgaoDominio o = m.orgaoDominio();
        return new Municipio(m.source(), m.municipio(), m.prefeitura(), m.secretaria(), m.signatario(), m.contato(),
                m.instalacao(), new OrgaoDominio(o.nome(), sigla, o.email(), o.endereco(), o.cep(), o.cidade(), o.uf(),
                        o.destinatario()),
                m.oficios(), m.govbr(), m.checklist());
    }

    /** The POP is filed and audited by the secretaria: its letterhead on page 1 and its footer, dated today. */
    @Test
    void popIsOnTheSecretariasLetterhead() {
        DocMeta d = DocMetaFactory.of(DocumentId.POP, santoAmaro(), HOJE);
        assertTrue(d.letterhead());
        assertEquals(List.of("Prefeitura Municipal de Santo Amaro", "Secretaria Municipal de Saúde"), d.headerLines());
        assertEquals(DocMetaFactory.footer(santoAmaro()), d.footerLines());
        assertEquals(HOJE, d.date());
    }

    @Test
    void otherDocumentsAreDatedTodayWithoutLetterhead() {
        assertEquals("Ticket — Ativação da prescrição digital — Santo Amaro/BA",
                DocMetaFactory.of(DocumentId.TICKET_PRESCRICAO, santoAmaro(), HOJE).title());
        assertEquals("POP — Instalação, transferência e atualização do PEC — Santo Amaro/BA",
                DocMetaFactory.of(DocumentId.POP, santoAmaro(), HOJE).title());
        assertEquals("Checklist de implantação do PEC — Santo Amaro/BA",
                DocMetaFactory.of(DocumentId.CHECKLIST, santoAmaro(), HOJE).title());
        for (DocumentId id : List.of(DocumentId.TICKET_PRESCRICAO, DocumentId.CHECKLIST,
                DocumentId.APPLICATION_PROPERTIES)) {
            DocMeta d = DocMetaFactory.of(id, santoAmaro(), HOJE);
            assertFalse(d.letterhead(), id.id());
            assertEquals(HOJE, d.date());
            assertEquals(id.id(), d.documentId());
            assertFalse(d.keywords().isEmpty());
        }
    }
}
