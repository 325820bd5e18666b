package br.esus.oficios.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

/**
 * The SIAPS rules on PEC versions, in one place: a new Nota Técnica changes a line here.
 * <ul>
 * <li>Nota Técnica nº 12/2025-CGIAD/DEAPS/SAPS/MS ("critério de validação de dados enviados ao Siaps", in force from
 * 1 January 2026): data sent by a version released MORE than 12 months before are invalidated in the SIAPS; on the
 * 12-month anniversary the version is still accepted.</li>
 * <li>Nota Informativa nº 12/2025 (SAPS/MS): technical support covers a version for up to 6 months after its
 * publication.</li>
 * <li>Nota Informativa nº 13/2025-CGIAD/DEAPS/SAPS/MS ("cenário nacional de versões incompatíveis"): the deadlines ran
 * out from December 2025 on; here nothing counts before {@link #IN_FORCE_FROM}.</li>
 * </ul>
 * Both notes are at https://sisaps.saude.gov.br/sistemas/esusaps/docs/materiais-de-apoio/normativas-portarias/.
 */
public final class SuportePec {
    /** NT nº 12/2025-CGIAD/DEAPS/SAPS/MS: months after publication during which the SIAPS accepts the data. */
    public static final int DATA_ACCEPTED_MONTHS = 12;
    /** NI nº 12/2025: months after publication during which the version has technical support. */
    public static final int SUPPORT_MONTHS = 6;
    /** The day both rules took effect (NT nº 12/2025): nothing is rejected nor unsupported before it. */
    public static final LocalDate IN_FORCE_FROM = LocalDate.of(2026, 1, 1);
    /** How many days ahead the checklist warns that a version's data will be rejected. */
    public static final int WARNING_DAYS = 60;
    /** The acts, as the documents cite them. */
    public static final String ACTS = "Nota Técnica nº 12/2025-CGIAD/DEAPS/SAPS/MS e Notas Informativas nº 12/2025 e "
            + "nº 13/2025 da SAPS/MS";

    private SuportePec() {
    }

    /** The first day {@code v} has no support: the day after its 6 months, never before {@link #IN_FORCE_FROM}. */
    public static LocalDate unsupportedFrom(VersaoPublicada v) {
        return atLeastInForce(v.publicada().plusMonths(SUPPORT_MONTHS).plusDays(1));
    }

    /** The first day the SIAPS rejects data from {@code v}: the day after its 12 months, never before {@link #IN_FORCE_FROM}. */
    public static LocalDate rejectedFrom(VersaoPublicada v) {
        return atLeastInForce(v.publicada().plusMonths(DATA_ACCEPTED_MONTHS).plusDays(1));
    }

    /** Where {@code versao} stands on {@code hoje} according to {@code tabela}. */
    public static SituacaoVersao evaluate(VersaoPec versao, TabelaVersoesPec tabela, LocalDate hoje) {
        VersaoPublicada v = tabela.find(versao).orElse(null);
        if (v == null) {
            VersaoPublicada seguinte = tabela.versoes().stream().filter(t -> t.versao().compareTo(versao) > 0)
                    .min(Comparator.comparing(VersaoPublicada::versao)).orElse(null);
            return new SituacaoVersao(versao, null, SituacaoVersao.Tipo.FORA_DA_TABELA, null, null, null, hoje,
                    seguinte);
        }
        LocalDate semSuporte = unsupportedFrom(v);
        LocalDate rejeitados = rejectedFrom(v);
        SituacaoVersao.Tipo tipo;
        LocalDate data;
        if (!hoje.isBefore(rejeitados)) {
            tipo = SituacaoVersao.Tipo.DADOS_REJEITADOS;
            data = rejeitados;
        } else if (ChronoUnit.DAYS.between(hoje, rejeitados) <= WARNING_DAYS) {
            tipo = SituacaoVersao.Tipo.REJEICAO_PROXIMA;
            data = rejeitados;
        } else if (!hoje.isBefore(semSuporte)) {
            tipo = SituacaoVersao.Tipo.SEM_SUPORTE;
            data = semSuporte;
        } else {
            tipo = SituacaoVersao.Tipo.EM_DIA;
            data = null;
        }
        return new SituacaoVersao(versao, v, tipo, data, semSuporte, rejeitados, hoje, null);
    }

    private static LocalDate atLeastInForce(LocalDate d) {
        return d.isBefore(IN_FORCE_FROM) ? IN_FORCE_FROM : d;
    }
}
