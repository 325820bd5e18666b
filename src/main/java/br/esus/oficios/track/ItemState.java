package br.esus.oficios.track;

import br.esus.oficios.model.ChecklistEntry;
import br.esus.oficios.model.ChecklistItem;
import br.esus.oficios.model.Status;
import br.esus.oficios.probe.ItemResult;
import java.time.LocalDate;

/**
 * One checklist item of one municipality, as the tracker sees it.
 *
 * @param entry what the YAML says of it; null when the YAML does not mention it
 * @param status the effective status: the entry's, or the catalog's default priority when unmentioned
 * @param send the latest send of the document that answers this item ({@link SentDocuments}); null when never sent
 * @param alert the warning for a flagged item, empty when not flagged: the document was sent but the YAML still says
 *        pending without a later record, a task that must be redone (the restore drill) is overdue, or the latest
 *        run of {@code conferir} contradicts the YAML
 * @param check what the latest run of {@code conferir} saw of the item; null when never checked (or not an item
 *        it covers)
 */
public record ItemState(ChecklistItem item, ChecklistEntry entry, Status status, Send send, String alert,
        ItemResult check) {

    public ItemState {
        alert = alert == null ? "" : alert;
    }

    /** An item {@code conferir} never checked. */
    public ItemState(ChecklistItem item, ChecklistEntry entry, Status status, Send send, String alert) {
        this(item, entry, status, send, alert, null);
    }

    /**
     * "conferido em 06/12/2026: ok", "conferido em 06/12/2026: falhou — o certificado venceu em 01/12/2026"; "" when
     * never checked.
     */
    public String checkNote() {
        return check == null ? "" : check.note();
    }

    /** True when the item is flagged. */
    public boolean flagged() {
        return !alert.isEmpty();
    }

    /** The day of the latest send; null when never sent. */
    public LocalDate sentOn() {
        return send == null ? null : send.day();
    }

    /** True when the latest send's outcome is unknown: neither sent nor pending until the coordinator finds out. */
    public boolean sendUncertain() {
        return send != null && send.uncertain();
    }

    /**
     * The day the document is known to have been sent; null when never sent or when the send is uncertain (it is not
     * known to have been sent: the alert says what happened).
     */
    public LocalDate confirmedSentOn() {
        return sendUncertain() ? null : sentOn();
    }

    /** True when the municipality's YAML mentions the item. */
    public boolean mentioned() {
        return entry != null;
    }

    public LocalDate date() {
        return entry == null ? null : entry.data();
    }

    public String responsible() {
        return entry == null ? null : entry.responsavel();
    }

    public String note() {
        return entry == null ? null : entry.observacao();
    }

    /** Whether a status is one of the two pending ones. */
    static boolean pending(Status s) {
        return s == Status.PENDENTE_ALTA || s == Status.PENDENTE_BAIXA;
    }
}
