package br.esus.oficios.track;

import br.esus.oficios.model.Status;

/** The marks of the coordinators' spreadsheets: ✅ ⏸️ 🚩 ➖, and the legend that explains them. */
final class Marks {
    private Marks() {
    }

    static String of(Status s) {
        return switch (s) {
            case CONCLUIDO -> "✅";
            case PENDENTE_BAIXA -> "⏸️";
            case PENDENTE_ALTA -> "🚩";
            case NAO_SE_APLICA -> "➖";
        };
    }

    /** Short label for column headers and filters. */
    static String curto(Status s) {
        return switch (s) {
            case CONCLUIDO -> "concluído";
            case PENDENTE_BAIXA -> "pendente baixa";
            case PENDENTE_ALTA -> "pendente alta";
            case NAO_SE_APLICA -> "não se aplica";
        };
    }

    /** "✅ concluído   ⏸️ pendente (baixa prioridade)   ...". */
    static String legenda(String sep) {
        StringBuilder sb = new StringBuilder();
        for (Status s : Status.values()) {
            if (sb.length() > 0) {
                sb.append(sep);
            }
            sb.append(of(s)).append(' ').append(s.rotulo());
        }
        return sb.toString();
    }
}
