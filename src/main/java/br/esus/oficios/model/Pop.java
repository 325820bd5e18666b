package br.esus.oficios.model;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code pop:}: how the municipality files its POP (identification, approvals, distribution, revisions). Every value
 * is optional: what the file leaves out is {@code null} (an empty list), and the defaults are given where the
 * templates get their data ({@code render.PopData}), in one place.
 *
 * @param codigo e.g. {@code POP-TI-001}
 * @param versao e.g. {@code 1.0}
 * @param elaboradoPor who wrote it, name and cargo as one text
 * @param distribuicao who gets a copy, one text each
 * @param historico the revisions, oldest first
 */
public record Pop(
        String codigo,
        String versao,
        LocalDate dataCriacao,
        LocalDate dataRevisao,
        String elaboradoPor,
        String revisadoPor,
        String aprovadoPor,
        SituacaoPop situacao,
        List<String> distribuicao,
        List<Revisao> historico) {

    /** A file without {@code pop:}. */
    public static final Pop VAZIO = new Pop(null, null, null, null, null, null, null, null, List.of(), List.of());

    public Pop {
        distribuicao = distribuicao == null ? List.of() : List.copyOf(distribuicao);
        historico = historico == null ? List.of() : List.copyOf(historico);
    }

    /** One line of {@code pop.historico}: a version, its date and what changed. */
    public record Revisao(String versao, LocalDate data, String descricao) {
    }
}
