package br.esus.oficios.track;

import br.esus.oficios.model.Problem;
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

    private ViewPhrases() {
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
