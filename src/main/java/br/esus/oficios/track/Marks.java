package br.esus.oficios.track;

import br.esus.oficios.model.Status;

/** The marks of the coordinators' spreadsheets (✅ ⏸️ 🚩 ➖, from {@link Status#symbol()}) and their legend. */
final class Marks {
    private Marks() {
    }

    static String of(Status s) {
        return s.symbol().markdown();
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
