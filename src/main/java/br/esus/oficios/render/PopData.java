package br.esus.oficios.render;

import br.esus.oficios.model.BrazilianDate;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.Pop;
import br.esus.oficios.model.SituacaoPop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The template data {@code pop}: the POP's identification, approvals, distribution and revisions ({@code pop:}), with
 * the defaults for what the file leaves out: code POP-TI-001; version and dates from the {@code historico} (version
 * 1.0, created the day the POP is generated, when there is none); written by the {@code contato}, approved by the
 * {@code signatario}, reviewed by a blank line to fill by hand; vigente; copies to the secretaria, the contato and the
 * coordination; a history of one line, the creation.
 */
final class PopData {

    /** {@code pop.codigo} when the file does not give one. */
    static final String CODIGO_POP = "POP-TI-001";
    /** {@code pop.versao} when neither the file nor its {@code historico} gives one. */
    static final String VERSAO_POP = "1.0";

    private PopData() {
    }

    static Map<String, Object> of(Municipio m, LocalDate today) {
        Pop p = m.pop();
        List<Pop.Revisao> historico = p.historico();
        Pop.Revisao primeira = historico.isEmpty() ? null : historico.get(0);
        Pop.Revisao ultima = historico.isEmpty() ? null : historico.get(historico.size() - 1);
        String versao = p.versao() != null ? p.versao() : ultima != null ? ultima.versao() : VERSAO_POP;
        LocalDate criacao = p.dataCriacao() != null ? p.dataCriacao() : primeira != null ? primeira.data() : today;
        LocalDate revisao = p.dataRevisao() != null ? p.dataRevisao()
                : historico.size() > 1 ? ultima.data() : null;
        if (historico.isEmpty()) {
            historico = List.of(revisao == null
                    ? new Pop.Revisao(versao, criacao, "Criação do documento")
                    : new Pop.Revisao(versao, revisao, "Revisão do documento"));
        }
        SituacaoPop situacao = p.situacao() == null ? SituacaoPop.VIGENTE : p.situacao();
        String contato = nomeCargo(m.contato().nome(), m.contato().cargo());
        List<String> distribuicao = !p.distribuicao().isEmpty() ? p.distribuicao() : List.of(
                m.secretaria().nome() + " (original assinado)",
                contato + " (cópia)",
                "Coordenação da implantação do e-SUS APS (cópia)");
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("codigo", p.codigo() != null ? p.codigo() : CODIGO_POP);
        x.put("versao", versao);
        x.put("situacao", situacao.yaml());
        x.put("situacao_nome", situacao.rotulo());
        x.put("data_criacao", BrazilianDate.format(criacao));
        x.put("data_revisao", revisao == null ? "" : BrazilianDate.format(revisao));
        x.put("elaborado_por", p.elaboradoPor() != null ? p.elaboradoPor() : contato);
        x.put("revisado_por", TemplateModel.text(p.revisadoPor()));
        x.put("aprovado_por", p.aprovadoPor() != null ? p.aprovadoPor()
                : nomeCargo(m.signatario().nome(), m.signatario().cargo()));
        x.put("distribuicao", distribuicao);
        List<Object> linhas = new ArrayList<>();
        for (Pop.Revisao r : historico) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("versao", r.versao());
            l.put("data", BrazilianDate.format(r.data()));
            l.put("descricao", r.descricao());
            linhas.add(l);
        }
        x.put("historico", linhas);
        return x;
    }

    /** "Nome, Cargo", or the name alone. */
    private static String nomeCargo(String nome, String cargo) {
        return cargo == null || cargo.isBlank() ? nome : nome + ", " + cargo;
    }
}
