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
}
