package br.esus.oficios.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SIAPS rules on PEC versions at their boundaries, with an invented table and a fixed "today". */
class SuportePecTest {
    private static final LocalDate HOJE = LocalDate.of(2027, 3, 10);

    private static final TabelaVersoesPec TABELA = new TabelaVersoesPec(List.of(
            v("7.0.1", 2026, 9, 10), // exactly 6 months on HOJE
            v("7.0.0", 2026, 9, 9), // 6 months and 1 day
            v("6.9.0", 2026, 3, 10), // exactly 12 months
            v("6.8.0", 2026, 3, 9), // 12 months and 1 day
            v("6.7.0", 2026, 5, 8), // rejected 60 days after HOJE
            v("6.6.0", 2026, 5, 9), // rejected 61 days after HOJE
            v("6.1.0", 2024, 6, 1), // 12 months were over before the rules took effect
            v("6.2.0", 2025, 5, 1), // 6 months were over before the rules took effect
            new VersaoPublicada(VersaoPec.parse("8.0.0"), LocalDate.of(2027, 1, 20), "Exige Java 21")));

    private static VersaoPublicada v(String versao, int y, int m, int d) {
        return new VersaoPublicada(VersaoPec.parse(versao), LocalDate.of(y, m, d), null);
    }

    private static SituacaoVersao on(String versao, LocalDate hoje) {
        return SuportePec.evaluate(VersaoPec.parse(versao), TABELA, hoje);
    }

    @Test
    void onTheSixMonthAnniversaryTheVersionIsStillSupportedAndTheNextDayItIsNot() {
        assertEquals("em dia", on("7.0.1", HOJE).text());
        assertEquals("sem suporte desde 10/03/2027", on("7.0.0", HOJE).text());
        assertEquals("sem suporte desde 11/03/2027", on("7.0.1", HOJE.plusDays(1)).text());
    }

    @Test
    void onTheTwelveMonthAnniversaryTheDataAreStillAcceptedAndTheNextDayTheyAreRejected() {
        assertEquals("dados rejeitados a partir de 11/03/2027", on("6.9.0", HOJE).text());
        assertEquals("dados rejeitados desde 10/03/2027", on("6.8.0", HOJE).text());
        assertEquals("dados rejeitados desde 11/03/2027", on("6.9.0", HOJE.plusDays(1)).text());
        assertEquals(SituacaoVersao.Tipo.DADOS_REJEITADOS, on("6.8.0", HOJE).tipo());
    }

    @Test
    void theWarningStartsSixtyDaysBeforeTheRejection() {
        SituacaoVersao sixty = on("6.7.0", HOJE);
        assertEquals(SituacaoVersao.Tipo.REJEICAO_PROXIMA, sixty.tipo());
        assertEquals("dados rejeitados a partir de 09/05/2027", sixty.text());
        SituacaoVersao sixtyOne = on("6.6.0", HOJE);
        assertEquals(SituacaoVersao.Tipo.SEM_SUPORTE, sixtyOne.tipo());
        assertEquals("sem suporte desde 10/11/2026", sixtyOne.text());
        assertEquals(LocalDate.of(2027, 5, 10), sixtyOne.rejeitadosDesde());
    }

    @Test
    void nothingIsRejectedNorUnsupportedBeforeTheFirstOfJanuary2026() {
        LocalDate antes = LocalDate.of(2025, 12, 31);
        assertEquals(LocalDate.of(2026, 1, 1), SuportePec.IN_FORCE_FROM);
        assertEquals("dados rejeitados a partir de 01/01/2026", on("6.1.0", antes).text());
        assertEquals("dados rejeitados desde 01/01/2026", on("6.1.0", SuportePec.IN_FORCE_FROM).text());
        assertEquals("em dia", on("6.2.0", antes).text());
        assertEquals("sem suporte desde 01/01/2026", on("6.2.0", SuportePec.IN_FORCE_FROM).text());
        // 60 days before the rules took effect, the oldest version was already announced; 61 days before, it was not.
        assertEquals(SituacaoVersao.Tipo.REJEICAO_PROXIMA, on("6.1.0", LocalDate.of(2025, 11, 2)).tipo());
        assertEquals(SituacaoVersao.Tipo.EM_DIA, on("6.1.0", LocalDate.of(2025, 11, 1)).tipo());
    }

    @Test
    void aVersionTheTableLacksIsItsOwnSituationAndTheNextVersionTellsWhetherItsDataAreRejected() {
        SituacaoVersao missing = on("6.8.5", HOJE);
        assertEquals(SituacaoVersao.Tipo.FORA_DA_TABELA, missing.tipo());
        assertEquals("fora da tabela de versões", missing.text());
        assertEquals("", missing.age());
        assertTrue(missing.alert());
        // The next one in the table, 6.9.0, is still accepted on HOJE: nothing can be said of 6.8.5.
        assertTrue(missing.nextAlreadyRejected().isEmpty());
        // 6.7.5 comes before 6.8.0, whose data are rejected: so are its own.
        assertEquals("6.8.0", on("6.7.5", HOJE).nextAlreadyRejected().orElseThrow().versao().texto());
        assertTrue(on("9.0.0", HOJE).nextAlreadyRejected().isEmpty(), "newer than every version in the table");
    }

    @Test
    void theNewestVersionIsTheHighestNumberAndKeepsItsNote() {
        VersaoPublicada newest = TABELA.newest().orElseThrow();
        assertEquals("8.0.0", newest.versao().texto());
        assertEquals("Exige Java 21", newest.nota());
        assertFalse(on("8.0.0", HOJE).alert());
    }

    @Test
    void theAgeReadsAsACoordinatorSaysIt() {
        assertEquals("6 meses", on("7.0.1", HOJE).age());
        assertEquals("1 ano", on("6.9.0", HOJE).age());
        assertEquals("1 ano e 1 mês", on("6.8.0", LocalDate.of(2027, 4, 9)).age());
        assertEquals("2 anos e 9 meses", on("6.1.0", HOJE).age());
        assertEquals("19 dias", on("8.0.0", LocalDate.of(2027, 2, 8)).age());
        assertEquals("1 dia", on("8.0.0", LocalDate.of(2027, 1, 21)).age());
    }
}
