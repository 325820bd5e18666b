package br.esus.oficios.track;

import br.esus.oficios.model.ChecklistEntry;
import br.esus.oficios.model.ChecklistItem;
import br.esus.oficios.model.Status;
import java.time.LocalDate;

/**
 * One checklist item of one municipality, as the tracker sees it.
 *
 * @param entry what the YAML says of it; null when the YAML does not mention it
 * @param status the effective status: the entry's, or the catalog's default priority when unmentioned
 * @param envio the latest send of the document that answers this item ({@link SentDocuments}); null when never sent
 * @param alertaTexto the warning for a flagged item, empty when not flagged: the document was sent but the YAML still
 *        says pending without a later record, or a task that must be redone (the restore drill) is overdue
 */
public record ItemState(ChecklistItem item, ChecklistEntry entry, Status status, Send envio, String alertaTexto) {

    public ItemState {
        alertaTexto = alertaTexto == null ? "" : alertaTexto;
    }

    /** True when the item is flagged. */
    public boolean alerta() {
        return !alertaTexto.isEmpty();
    }

    /** The day of the latest send; null when never sent. */
    public LocalDate enviadoEm() {
        return envio == null ? null : envio.day();
    }

    /** True when the municipality's YAML mentions the item. */
    public boolean informado() {
        return entry != null;
    }

    public LocalDate data() {
        return entry == null ? null : entry.data();
    }

    public String responsavel() {
        return entry == null ? null : entry.responsavel();
    }

    public String observacao() {
        return entry == null ? null : entry.observacao();
    }

    public boolean pendente() {
        return status == Status.PENDENTE_ALTA || status == Status.PENDENTE_BAIXA;
    }
}
