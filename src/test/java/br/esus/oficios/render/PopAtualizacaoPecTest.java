package br.esus.oficios.render;

import static br.esus.oficios.render.TestMunicipios.catalogo;
import static br.esus.oficios.render.TestMunicipios.santoAmaro;
import static org.junit.jupiter.api.Assertions.assertEquals;

import br.esus.oficios.model.TabelaVersoesPec;
import br.esus.oficios.model.VersaoPec;
import br.esus.oficios.model.VersaoPublicada;
import br.esus.oficios.read.TemplateFiles;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The POP's "5.6 Atualização da versão": the newest version in the table and its note, the day by which to update,
 * and the rules with the acts cited, for Santo Amaro (PEC 5.3.21) against invented tables.
 */
class PopAtualizacaoPecTest {
    private static final TemplateEngine PACKED = new TemplateEngine(TemplateFiles.packed());
    private static final String REGRAS = "Regras: Nota Técnica nº 12/2025-CGIAD/DEAPS/SAPS/MS e Notas Informativas nº "
            + "12/2025 e nº 13/2025 da SAPS/MS. Os dados enviados por versão publicada há mais de 12 meses são "
            + "rejeitados no SIAPS, e o suporte técnico cobre cada versão por 6 meses após a publicação.";

    /** The paragraphs of 5.6 before its steps. */
    private static List<String> section(TabelaVersoesPec versoes, LocalDate hoje) throws Exception {
        String md = PACKED.render(DocumentId.POP, TemplateModel.of(santoAmaro(), catalogo(), versoes, Map.of(), hoje))
                .text();
        String s = md.substring(md.indexOf("### 5.6 Atualização da versão\n") + "### 5.6 Atualização da versão\n".length(),
                md.indexOf("1. Faça antes a cópia do banco do item 5.3"));
        // The Markdown escapes (5\.3\.21) are not what a reader sees.
        return List.of(s.strip().replaceAll("\\\\(.)", "$1").split("\n\n"));
    }

    private static TabelaVersoesPec tabela(VersaoPublicada... v) {
        return new TabelaVersoesPec(List.of(v));
    }

    private static VersaoPublicada v(String versao, LocalDate publicada, String nota) {
        return new VersaoPublicada(VersaoPec.parse(versao), publicada, nota);
    }

    @Test
    void beforeTheDeadlineItSaysTheNewestVersionItsNoteAndTheLastDayToUpdate() throws Exception {
        assertEquals(List.of(
                "Versão a instalar: 5.9.0, a mais recente da tabela de versões do programa (publicada em 01/10/2026). "
                        + "Nota da tabela sobre ela: Exige Java 17. Confira nas notas da versão, no portal do e-SUS "
                        + "APS, se já saiu outra mais nova.",
                "Prazo: atualize até 15/12/2026. A versão instalada (5.3.21, publicada em 15/12/2025) tem os dados "
                        + "rejeitados no SIAPS a partir de 16/12/2026 e está sem suporte técnico desde 16/06/2026.",
                REGRAS), section(TestMunicipios.versoes(), LocalDate.of(2026, 11, 23)));
    }

    @Test
    void whileStillSupportedItSaysWhenSupportEnds() throws Exception {
        TabelaVersoesPec t = tabela(v("5.3.21", LocalDate.of(2026, 9, 1), null),
                v("5.4.1", LocalDate.of(2026, 10, 1), "Versão com problema na impressão; prefira a seguinte."));
        assertEquals(List.of(
                "Versão a instalar: 5.4.1, a mais recente da tabela de versões do programa (publicada em 01/10/2026). "
                        + "Nota da tabela sobre ela: Versão com problema na impressão; prefira a seguinte. Confira nas "
                        + "notas da versão, no portal do e-SUS APS, se já saiu outra mais nova.",
                "Prazo: atualize até 01/09/2027. A versão instalada (5.3.21, publicada em 01/09/2026) tem os dados "
                        + "rejeitados no SIAPS a partir de 02/09/2027 e fica sem suporte técnico a partir de 02/03/2027.",
                REGRAS), section(t, LocalDate.of(2026, 11, 23)));
    }

    @Test
    void afterTheDeadlineItSaysTheDataAreAlreadyRejected() throws Exception {
        assertEquals("A versão instalada (5.3.21, publicada em 15/12/2025) já tem os dados rejeitados no SIAPS desde "
                + "16/12/2026: atualize o quanto antes, ou os atendimentos e visitas das equipes não são contados.",
                section(TestMunicipios.versoes(), LocalDate.of(2026, 12, 16)).get(1));
    }

    @Test
    void aVersionTheTableLacksIsSaidSoAndOlderThanARejectedOneIsRejectedToo() throws Exception {
        TabelaVersoesPec t = tabela(v("5.3.22", LocalDate.of(2024, 12, 20), null),
                v("5.5.26", LocalDate.of(2026, 8, 13), null));
        assertEquals(List.of(
                "Versão a instalar: 5.5.26, a mais recente da tabela de versões do programa (publicada em 13/08/2026). "
                        + "Confira nas notas da versão, no portal do e-SUS APS, se já saiu outra mais nova.",
                "A versão instalada (5.3.21) não está na tabela de versões do programa (`versoes-pec.yaml`): confira a "
                        + "data de publicação dela nas notas da versão. O SIAPS rejeita os dados enviados por versão "
                        + "publicada há mais de 12 meses. Ela é anterior à 5.3.22, cujos dados são rejeitados desde "
                        + "01/01/2026: os dela também são, então atualize o quanto antes.",
                REGRAS), section(t, LocalDate.of(2026, 12, 6)));
    }

    @Test
    void theNewestVersionInstalledSaysUntilWhenItsDataAreAccepted() throws Exception {
        assertEquals(List.of(
                "A versão instalada (5.3.21) é a mais recente da tabela de versões do programa (publicada em "
                        + "01/10/2026). Os dados enviados por ela são aceitos no SIAPS até 01/10/2027; antes disso, "
                        + "instale uma versão mais nova.",
                REGRAS), section(tabela(v("5.3.21", LocalDate.of(2026, 10, 1), null)), LocalDate.of(2026, 11, 23)));
    }
}
