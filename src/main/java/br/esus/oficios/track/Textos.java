package br.esus.oficios.track;

import br.esus.oficios.model.Problem;
import br.esus.oficios.read.ReadResult;
import java.util.ArrayList;
import java.util.List;

/** The Portuguese phrases every format shares, so that they read the same everywhere. */
final class Textos {
    static final String TITULO = "Acompanhamento do checklist de implantação do e-SUS APS PEC";
    static final String PENDENCIA = "Pendência alta mais antiga";
    static final String CONCLUIDO = "% concluído";
    static final String ALERTAS = "Alertas";
    static final String INVALIDOS = "Arquivos inválidos (fora dos totais)";
    static final String NENHUM_VALIDO = "Nenhum município válido para acompanhar.";

    private Textos() {
    }

    /**
     * "Subdomínio gov.br apontando para o servidor desde 01/10/2026" / "… (sem data)" / "—", plus the send when there
     * is one. The catalog's title, which a coordinator reads, not the id.
     */
    static String pendencia(MunicipioProgress p) {
        return p.pendenciaAltaMaisAntiga().map(i -> {
            String s = i.item().titulo() + (i.data() == null ? " (sem data)" : " desde " + Datas.br(i.data()));
            return s + enviado(i, "; ");
        }).orElse("—");
    }

    /**
     * "; ofício enviado em 23/11/2026", "; envio incerto do ofício em 23/11/2026" when the server never confirmed it,
     * or "" when the item's document was never sent.
     */
    static String enviado(ItemState i, String prefix) {
        return i.envio() == null ? "" : prefix + SentDocuments.descricao(i.envio());
    }

    /** "Total (3 municípios)". */
    static String total(int n) {
        return "Total (" + n + (n == 1 ? " município)" : " municípios)");
    }

    /** The invalid file followed by its problems, each formatted as the CLI prints them. */
    static List<String> problemas(ReadResult r) {
        List<String> lines = new ArrayList<>();
        List<Problem> errs = r.errors();
        if (errs.isEmpty()) {
            lines.add(r.file() + ": arquivo inválido");
        }
        errs.forEach(p -> lines.add(p.format()));
        return lines;
    }
}
