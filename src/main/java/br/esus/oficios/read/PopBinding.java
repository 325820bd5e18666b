package br.esus.oficios.read;

import br.esus.oficios.model.Pop;
import br.esus.oficios.model.SituacaoPop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Binds {@code pop}: the identification, dates, people and revision history of the POP the bundle carries. */
final class PopBinding extends BlockBinding {
    PopBinding(FieldReader f) {
        super(f);
    }

    /** What is wrong with a POP code ({@code POP-TI-001}), or null. */
    private static String codigoPop(String text) {
        if (text.length() <= FieldCatalog.MAX_SIGLA && text.matches("[\\p{L}\\p{N}]+([-./_][\\p{L}\\p{N}]+)*")) {
            return null;
        }
        return "código inválido " + Texts.quote(text) + "; use letras, números, hífen e ponto, sem espaços, até "
                + FieldCatalog.MAX_SIGLA + " caracteres (ex.: POP-TI-001)";
    }

    /** What is wrong with a POP version ({@code 1.0}, {@code 2}, {@code 1.2.1}), or null. */
    private static String versaoPop(String text) {
        if (text.matches("\\d{1,4}(\\.\\d{1,4}){0,3}")) {
            return null;
        }
        return "versão inválida " + Texts.quote(text) + "; escreva números separados por ponto, entre aspas "
                + "(ex.: \"1.0\" ou \"2.1\")";
    }

    /** {@code pop:}; every key optional (the defaults are the template model's). */
    Pop pop(YamlNode.Mapping m) {
        if (m == null) {
            return Pop.VAZIO;
        }
        String codigo = check(f.scalar(m, "codigo"), PopBinding::codigoPop);
        YamlNode.Scalar versaoNode = f.scalar(m, "versao");
        String versao = check(versaoNode, PopBinding::versaoPop);
        LocalDate criacao = f.date(m, "data_criacao");
        LocalDate revisao = f.date(m, "data_revisao");
        if (criacao != null && revisao != null && revisao.isBefore(criacao)) {
            f.error(m.entries().get("data_revisao"), "a data da revisão (" + revisao + ") é anterior à de "
                    + "criação (" + criacao + "); confira as duas datas (formato ano-mês-dia)");
        }
        String elaborado = f.text(m, "elaborado_por");
        String revisado = f.text(m, "revisado_por");
        String aprovado = f.text(m, "aprovado_por");
        SituacaoPop situacao = f.choice(m, "situacao", SituacaoPop.class);
        List<String> distribuicao = f.texts(m, "distribuicao");
        List<Pop.Revisao> historico = historico(f.list(m, "historico"));
        if (versao != null && !historico.isEmpty()
                && historico.stream().noneMatch(r -> versao.equals(r.versao()))) {
            f.warning(versaoNode, "a versão " + versao + " não está no `historico`; acrescente a ele uma linha "
                    + "com a versão " + versao + ", a data e o que mudou");
        }
        return new Pop(codigo, versao, criacao, revisao, elaborado, revisado, aprovado, situacao, distribuicao,
                historico);
    }

    /** {@code pop.historico}: one block {versao, data, descricao} per revision, all three required. */
    private List<Pop.Revisao> historico(YamlNode.Sequence q) {
        List<Pop.Revisao> out = new ArrayList<>();
        if (q == null) {
            return out;
        }
        for (YamlNode item : q.items()) {
            if (!(item instanceof YamlNode.Mapping r)) {
                f.error(item, "cada linha do histórico é um bloco com versao, data e descricao, ex.: "
                        + "- {versao: \"1.1\", data: 2026-11-23, descricao: Revisão dos passos de cópia}");
                continue;
            }
            f.keys(r, FIELDS.keys("pop.historico"));
            String versao = check(f.scalar(r, "versao"), PopBinding::versaoPop);
            LocalDate data = f.date(r, "data");
            String descricao = f.text(r, "descricao");
            if (versao != null && data != null && descricao != null) {
                out.add(new Pop.Revisao(versao, data, descricao));
            }
        }
        return out;
    }
}
