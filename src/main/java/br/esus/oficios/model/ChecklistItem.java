package br.esus.oficios.model;

/**
 * One item of the checklist catalog ({@code templates/checklist.yaml}).
 *
 * @param grupo one of implantação, migração, integrações, segurança e backup
 * @param prioridade status of the item when a municipality does not mention it
 *        ({@link Status#PENDENTE_ALTA} or {@link Status#PENDENTE_BAIXA})
 */
public record ChecklistItem(String id, String titulo, String descricao, String referencia, String grupo,
        Status prioridade) {

    /** The item's status for a municipality: what its file says, else the catalog's default priority. */
    public Status statusFor(Municipio m) {
        ChecklistEntry e = m.checklist().get(id);
        if (e != null && e.status() != null) {
            return e.status();
        }
        return prioridade == null ? Status.PENDENTE_ALTA : prioridade;
    }
}
