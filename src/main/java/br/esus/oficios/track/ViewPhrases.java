package br.esus.oficios.track;

import br.esus.oficios.model.BrazilianDate;
import br.esus.oficios.model.Problem;
import br.esus.oficios.model.SituacaoVersao;
import br.esus.oficios.model.SuportePec;
import br.esus.oficios.read.ReadResult;
import java.util.ArrayList;
import java.util.List;

/** The Portuguese phrases every view of the checklist shares, so that they read the same in every format. */
final class ViewPhrases {
    static final String TITLE = "Acompanhamento do checklist de implantação do e-SUS APS PEC";
    static final String OLDEST_HIGH_PENDING = "Pendência alta mais antiga";
    static final String PERCENT_DONE = "% concluído";
    static final String ALERTS = "Alertas";
    static final String INVALID_FILES = "Arquivos inválidos (fora dos totais)";
    static final String NO_VALID_MUNICIPIO = "Nenhum município válido para acompanhar.";
    /** The legend of ⚠️ in the views that mark flagged items with it (md, html). */
    static final String FLAG_LEGEND = "⚠️ documento enviado (ou com envio incerto), mas o YAML ainda diz pendente.";
    /** The heading of the list of checks by {@code conferir} and the column of csv and xlsx. */
    static final String CHECKS = "Conferências registradas";
    static final String CHECK_COLUMN = "conferencia";
    /** What the flag (⚠️, !) also means once {@code conferir} has run. */
    static final String CHECK_FLAG_LEGEND = "também quando a última conferência diverge do YAML";

    /** The columns of the PEC versions table. */
    static final List<String> VERSION_COLUMNS = List.of("UF", "Município", "Versão do PEC", "Publicada", "Idade",
            "Situação");

    private ViewPhrases() {
    }

    /** "Versões do PEC em 06/12/2026": the heading of the versions table, with the day they are judged on. */
    static String versionsTitle(ChecklistMatrix m) {
        return "Versões do PEC em " + BrazilianDate.format(m.municipios().get(0).versao().hoje());
    }

    /** A municipality's line of the versions table, in {@link #VERSION_COLUMNS} order. */
    static List<String> versionRow(MunicipioProgress p) {
        SituacaoVersao v = p.versao();
        return List.of(p.uf(), p.name(), v.versao().texto(),
                v.publicada() == null ? "—" : DateText.br(v.publicada().publicada()),
                v.publicada() == null ? "—" : v.age(), v.text());
    }

    /** "Municípios por situação: dados rejeitados 1 · rejeição em até 60 dias 0 · ... · em dia 2". */
    static String versionTotals(ChecklistMatrix m) {
        List<String> parts = new ArrayList<>();
        m.versionTotals().forEach((tipo, n) -> parts.add(tipo.label() + " " + n));
        return "Municípios por situação: " + String.join(" · ", parts);
    }

    /** "versão do PEC 5.3.21", which an alert about the version starts with. */
    static String versionLabel(SituacaoVersao v) {
        return "versão do PEC " + v.versao().texto();
    }

    /** What an alert about the version says after {@link #versionLabel}: the situation and what to do. */
    static String versionAlert(SituacaoVersao v) {
        return switch (v.tipo()) {
            case FORA_DA_TABELA -> v.text() + "; acrescente-a ao versoes-pec.yaml com a data de publicação"
                    + v.nextAlreadyRejected().map(s -> "; é anterior à " + s.versao().texto()
                            + ", cujos dados são rejeitados desde " + DateText.br(SuportePec.rejectedFrom(s))
                            + ", então os dela também: atualize o PEC já").orElse("");
            case DADOS_REJEITADOS -> v.text() + " (publicada em " + DateText.br(v.publicada().publicada())
                    + "): atualize o PEC já";
            case REJEICAO_PROXIMA -> v.text() + " (publicada em " + DateText.br(v.publicada().publicada())
                    + "): atualize o PEC antes disso";
            case SEM_SUPORTE -> v.text() + ": atualize o PEC antes de " + DateText.br(v.rejeitadosDesde())
                    + ", quando os dados passam a ser rejeitados";
            case EM_DIA -> v.text();
        };
    }

    /**
     * "Subdomínio gov.br apontando para o servidor desde 01/10/2026" / "… (sem data)" / "—", plus the send when there
     * is one. The catalog's title, which a coordinator reads, not the id.
     */
    static String oldestHighPending(MunicipioProgress p) {
        return p.oldestHighPending().map(i -> {
            String s = i.item().titulo() + (i.date() == null ? " (sem data)" : " desde " + DateText.br(i.date()));
            return s + (i.send() == null ? "" : "; " + sendNote(i));
        }).orElse("—");
    }

    /**
     * "ofício enviado em 23/11/2026", "envio incerto do ofício em 23/11/2026" when the server never confirmed it, or
     * "" when the item's document was never sent.
     */
    static String sendNote(ItemState i) {
        return i.send() == null ? "" : SentDocuments.description(i.send());
    }

    /** "Total (3 municípios)". */
    static String total(int n) {
        return "Total (" + n + (n == 1 ? " município)" : " municípios)");
    }

    /** The invalid file followed by its problems, each formatted as the CLI prints them. */
    static List<String> problemLines(ReadResult r) {
        List<String> lines = new ArrayList<>();
        List<Problem> errs = r.errors();
        if (errs.isEmpty()) {
            lines.add(r.file() + ": arquivo inválido");
        }
        errs.forEach(p -> lines.add(p.format()));
        return lines;
    }
}
