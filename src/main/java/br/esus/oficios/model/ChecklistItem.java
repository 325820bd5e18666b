package br.esus.oficios.model;

/**
 * One item of the checklist catalog ({@code templates/checklist.yaml}).
 *
 * @param grupo one of implantação, migração, integrações, segurança e backup
 * @param prioridade status of the item when a municipality does not mention it
 *        ({@link Status#PENDENTE_ALTA} or {@link Status#PENDENTE_BAIXA})
 * @param validadeDias for a task that must be done again from time to time (the restore drill), how many days its
 *        {@code data} stays valid; null for an item done once
 */
public record ChecklistItem(String id, String titulo, String descricao, String referencia, String grupo,
        Status prioridade, Integer validadeDias) {

    /** An item done once. */
    public ChecklistItem(String id, String titulo, String descricao, String referencia, String grupo,
            Status prioridade) {
        this(id, titulo, descricao, referencia, grupo, prioridade, null);
    }

    /** The item's status for a municipality: what its file says, else the catalog's default priority. */
    public Status statusFor(Municipio m) {
        ChecklistEntry e = m.checklist().get(id);
        if (e != null && e.status() != null) {
            return e.status();
        }
        return prioridade == null ? Status.PENDENTE_ALTA : prioridade;
    }
}
