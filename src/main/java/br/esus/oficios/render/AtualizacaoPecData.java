package br.esus.oficios.render;

import br.esus.oficios.model.BrazilianDate;
import br.esus.oficios.model.SituacaoVersao;
import br.esus.oficios.model.SuportePec;
import br.esus.oficios.model.TabelaVersoesPec;
import br.esus.oficios.model.VersaoPec;
import br.esus.oficios.model.VersaoPublicada;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The template data {@code atualizacao_pec}: the installed version against the versions table
 * ({@code versoes-pec.yaml}) and the SIAPS rules ({@link SuportePec}) on the day the document is generated, for the
 * POP's "Atualização da versão": the newest version in the table and its note, and the day by which the update must
 * happen.
 */
final class AtualizacaoPecData {
    static final String KEY = "atualizacao_pec";

    private AtualizacaoPecData() {
    }

    static Map<String, Object> of(VersaoPec instalada, TabelaVersoesPec versoes, LocalDate today) {
        SituacaoVersao s = SuportePec.evaluate(instalada, versoes, today);
        VersaoPublicada recente = versoes.newest().orElse(null);
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("mais_recente", recente == null ? "" : recente.versao().texto());
        x.put("mais_recente_publicada", recente == null ? "" : BrazilianDate.format(recente.publicada()));
        x.put("mais_recente_nota", recente == null || recente.nota() == null ? "" : recente.nota());
        x.put("instalada_mais_recente", recente != null && instalada.compareTo(recente.versao()) >= 0);
        x.put("na_tabela", s.publicada() != null);
        x.put("publicada", s.publicada() == null ? "" : BrazilianDate.format(s.publicada().publicada()));
        x.put("situacao", s.text());
        x.put("sem_suporte_desde", date(s.semSuporteDesde()));
        x.put("dados_rejeitados_desde", date(s.rejeitadosDesde()));
        x.put("prazo", s.rejeitadosDesde() == null ? "" : date(s.rejeitadosDesde().minusDays(1)));
        x.put("prazo_vencido", s.tipo() == SituacaoVersao.Tipo.DADOS_REJEITADOS);
        VersaoPublicada seguinte = s.nextAlreadyRejected().orElse(null);
        x.put("seguinte_rejeitada", seguinte == null ? "" : seguinte.versao().texto());
        x.put("seguinte_rejeitada_desde", seguinte == null ? "" : date(SuportePec.rejectedFrom(seguinte)));
        x.put("sem_suporte", s.semSuporteDesde() != null && !today.isBefore(s.semSuporteDesde()));
        x.put("meses_dados", SuportePec.DATA_ACCEPTED_MONTHS);
        x.put("meses_suporte", SuportePec.SUPPORT_MONTHS);
        x.put("atos", SuportePec.ACTS);
        return x;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : BrazilianDate.format(d);
    }
}
