package br.esus.oficios.track;

import br.esus.oficios.model.Status;

/**
 * The colour of each status in the views that paint cells (xlsx, html): Excel's own "bom", "neutro", "ruim" tones and
 * a light grey.
 */
final class StatusFill {
    private StatusFill() {
    }

    /** The fill, as RGB hex without {@code #}, e.g. {@code C6EFCE}. */
    static String rgb(Status s) {
        return switch (s) {
            case CONCLUIDO -> "C6EFCE";
            case PENDENTE_BAIXA -> "FFEB9C";
            case PENDENTE_ALTA -> "FFC7CE";
            case NAO_SE_APLICA -> "D9D9D9";
        };
    }
}
