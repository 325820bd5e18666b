package br.esus.oficios.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Where a municipality's PEC version stands on a day under the SIAPS rules ({@link SuportePec}).
 *
 * @param versao the version the municipality's file names
 * @param publicada its line in the table; null when the table lacks it ({@link Tipo#FORA_DA_TABELA})
 * @param tipo the situation
 * @param data the day the situation began or begins: {@code semSuporteDesde} for {@link Tipo#SEM_SUPORTE},
 *        {@code rejeitadosDesde} for the two "dados rejeitados" ({@link SuportePec#unsupportedFrom},
 *        {@link SuportePec#rejectedFrom}); null for {@link Tipo#EM_DIA} and {@link Tipo#FORA_DA_TABELA}
 * @param semSuporteDesde the first day without support; null when the table lacks the version
 * @param rejeitadosDesde the first day its data are rejected by the SIAPS; null when the table lacks the version
 * @param hoje the day of the evaluation
 * @param seguinte for a version the table lacks, the lowest version of the table above it (published on or after
 *        it, as build numbers grow with time); null otherwise or when there is none
 */
public record SituacaoVersao(VersaoPec versao, VersaoPublicada publicada, Tipo tipo, LocalDate data,
        LocalDate semSuporteDesde, LocalDate rejeitadosDesde, LocalDate hoje, VersaoPublicada seguinte) {

    /** The situations, most urgent first: the order of the alerts and of the totals. */
    public enum Tipo {
        DADOS_REJEITADOS("dados rejeitados"),
        REJEICAO_PROXIMA("rejeição em até " + SuportePec.WARNING_DAYS + " dias"),
        FORA_DA_TABELA("fora da tabela"),
        SEM_SUPORTE("sem suporte"),
        EM_DIA("em dia");

        private final String rotulo;

        Tipo(String rotulo) {
            this.rotulo = rotulo;
        }

        /** What the totals call the situation. */
        public String label() {
            return rotulo;
        }
    }

    /**
     * For a version the table lacks: the next version of the table when that one's data are already rejected on
     * {@link #hoje}, so that the missing (older) version's are too; empty otherwise.
     */
    public Optional<VersaoPublicada> nextAlreadyRejected() {
        return Optional.ofNullable(seguinte).filter(s -> !hoje.isBefore(SuportePec.rejectedFrom(s)));
    }

    /** Whether the checklist lists it among the alerts: every situation but "em dia". */
    public boolean alert() {
        return tipo != Tipo.EM_DIA;
    }

    /**
     * What a coordinator reads: "em dia", "sem suporte desde 14/11/2025", "dados rejeitados desde 01/01/2026",
     * "dados rejeitados a partir de 17/12/2026", or "fora da tabela de versões".
     */
    public String text() {
        return switch (tipo) {
            case EM_DIA -> "em dia";
            case SEM_SUPORTE -> "sem suporte desde " + BrazilianDate.format(data);
            case DADOS_REJEITADOS -> "dados rejeitados desde " + BrazilianDate.format(data);
            case REJEICAO_PROXIMA -> "dados rejeitados a partir de " + BrazilianDate.format(data);
            case FORA_DA_TABELA -> "fora da tabela de versões";
        };
    }

    /** "1 ano e 2 meses", "5 meses", "12 dias"; empty when the table lacks the version. */
    public String age() {
        if (publicada == null) {
            return "";
        }
        Period p = Period.between(publicada.publicada(), hoje);
        if (p.isNegative()) {
            return "publicada em " + BrazilianDate.format(publicada.publicada());
        }
        if (p.getYears() > 0) {
            return plural(p.getYears(), "ano", "anos") + (p.getMonths() > 0 ? " e " + plural(p.getMonths(), "mês",
                    "meses") : "");
        }
        if (p.getMonths() > 0) {
            return plural(p.getMonths(), "mês", "meses");
        }
        return plural(p.getDays(), "dia", "dias");
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
