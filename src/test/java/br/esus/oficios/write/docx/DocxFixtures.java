package br.esus.oficios.write.docx;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;


import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.doc.Inline;
import br.esus.oficios.doc.ParagraphStyle;
import br.esus.oficios.write.OficioFixture;

/** Realistic documents built by hand, as the renderer would hand them to the writers. */
final class DocxFixtures {

    private DocxFixtures() {
    }

    /**
     * The same ofício with the endereçamento and the signature as one paragraph per line (as a template may write
     * them) and a sixth paragraph: still one page.
     */
    static Doc oficioLinhaAPorLinha(Path brasao) {
        Doc base = OficioFixture.oficio(brasao);
        List<Block> b = new ArrayList<>();
        for (Block block : base.blocks()) {
            if (block instanceof Block.Paragraph para && (para.style() == ParagraphStyle.ENDERECAMENTO
                    || para.style() == ParagraphStyle.ASSINATURA)) {
                for (Inline in : para.content()) {
                    if (in instanceof Inline.Text t) {
                        b.add(new Block.Paragraph(para.style(), 0, List.of(t)));
                    }
                }
            } else {
                b.add(block);
            }
            if (block instanceof Block.Paragraph para && para.number() == 5) {
                b.add(texto(6, t("Por fim, solicito que a confirmação da criação do registro seja enviada também ao "
                        + "endereço eletrônico da Secretaria, para que a equipe técnica conclua a configuração do "
                        + "certificado e comunique às unidades de saúde a nova forma de acesso ao sistema.")));
            }
        }
        return new Doc(base.meta(), b);
    }

    static Doc pop() {
        DocMeta meta = meta("pop", "POP – Mudança do servidor do PEC – Santo Amaro/BA",
                "Procedimento operacional padrão para mover o servidor do e-SUS APS PEC");
        List<Block> b = new ArrayList<>();
        b.add(new Block.Heading(1, List.of(t("Procedimento Operacional Padrão: mudança do servidor do PEC"))));
        b.add(p(ParagraphStyle.NORMAL, "Este procedimento descreve, para Santo Amaro/BA, como mover a instalação "
                + "do PEC para um novo servidor sem perda de dados. Leia todas as etapas antes de começar."));
        b.add(new Block.Heading(2, List.of(t("1. Preparação"))));
        b.add(new Block.ListBlock(false, 1, List.of(
                item(t("Confirme a versão instalada: "), strong("5.3.21"), t(".")),
                new Block.ListItem(List.of(para(t("Reúna as credenciais do arquivo "), new Inline.Code("credenciais.txt"),
                        t(":")),
                        new Block.ListBlock(false, 1, List.of(
                                item(t("porta do banco: "), new Inline.Code("5433")),
                                item(t("banco: "), new Inline.Code("esus"), t("; usuário: "),
                                        new Inline.Code("postgres")),
                                new Block.ListItem(List.of(para(t("senha do usuário somente leitura")),
                                        new Block.ListBlock(true, 1, List.of(item(t("abra o arquivo")),
                                                item(t("copie a senha de esus_leitura")))))))))),
                item(t("Avise as equipes sobre a janela de manutenção.")))));
        b.add(new Block.Heading(2, List.of(t("2. Cópia do banco de dados"))));
        b.add(new Block.ListBlock(true, 1, List.of(
                item(t("Pare o serviço "), new Inline.Code("e-SUS-PEC"), t(".")),
                item(t("Gere o dump com a porta, o usuário e o banco corretos:")),
                item(t("Compacte o arquivo gerado.")))));
        b.add(new Block.CodeBlock("sh", "sudo systemctl stop e-SUS-PEC\n"
                + "pg_dump -h localhost -p 5433 -U postgres -Fc -f /tmp/esus.backup esus\n"
                + "    # a linha acima pede a senha do usuário postgres\n"
                + "tar -czf esus-backup.tar.gz /tmp/esus.backup\n"));
        b.add(p(ParagraphStyle.NORMAL, "Depois de conferir a cópia, continue a numeração do zero em outra lista:"));
        b.add(new Block.ListBlock(true, 1, List.of(
                item(t("Transfira o arquivo para o novo servidor.")),
                item(t("Instale o PEC com o HTTPS automatizado:")))));
        b.add(new Block.CodeBlock("", "java -jar eSUS-AB-PEC-5.3.21-Linux64.jar -console \\\n"
                + "  -cert-domain=esus.santoamaro.ba.gov.br \\\n"
                + "  -url=\"jdbc:postgresql://localhost:5433/esus\" -username=\"postgres\" -password=\"...\""));
        b.add(new Block.ListBlock(true, 4, List.of(item(t("Restaure o banco e reinicie o serviço.")))));
        b.add(new Block.Heading(2, List.of(t("3. Dados da instalação"))));
        b.add(new Block.Table(List.of(Block.Align.LEFT, Block.Align.LEFT),
                List.of(List.of(List.of(t("Item")), List.of(t("Valor")))),
                List.of(row("URL da instalação", "https://esus.santoamaro.ba.gov.br"),
                        row("Pasta de configuração", "/opt/e-SUS/webserver/config/"),
                        row("Porta do banco", "5433"),
                        row("Certificado RNDS", "/opt/e-SUS/webserver/chaves (arquivo .pfx ou .p12)"))));
        b.add(new Block.Quote(List.of(p(ParagraphStyle.NORMAL, "Não carregue o arquivo .cer no PEC; use o .pfx "
                + "ou o .p12 baixado do e-Gestor."))));
        b.add(p(ParagraphStyle.NORMAL, "Referência: ", new Inline.Link("https://saps-ms.github.io/Manual-eSUS_APS/",
                List.of(t("Manual do e-SUS APS"))), t(".")));
        b.add(new Block.ThematicBreak());
        b.add(p(ParagraphStyle.NOTA, "Documento gerado por gerar-oficios em 23/11/2026."));
        return new Doc(meta, b);
    }

    static Doc checklist() {
        DocMeta meta = meta("checklist", "Checklist de implantação – Santo Amaro/BA", "Situação da implantação do PEC");
        List<Block> b = new ArrayList<>();
        b.add(new Block.Heading(1, List.of(t("Checklist de implantação do e-SUS APS PEC"))));
        b.add(p(ParagraphStyle.NORMAL, "Município: Santo Amaro/BA. Situação em 23 de novembro de 2026."));
        List<List<List<Inline>>> rows = new ArrayList<>();
        rows.add(markRow(Inline.Symbol.CONCLUIDO, "concluído", "HTTPS automatizado", "01/11/2026", ""));
        rows.add(markRow(Inline.Symbol.CONCLUIDO, "concluído", "Contra-chave gerada no e-Gestor", "01/11/2026", ""));
        rows.add(markRow(Inline.Symbol.PENDENTE_BAIXA, "pendente (baixa prioridade)", "Subdomínio gov.br", "",
                "mantido domínio atual; aguardando ofício"));
        rows.add(markRow(Inline.Symbol.PENDENTE_ALTA, "pendente (alta prioridade)", "Certificado RNDS/CADSUS", "",
                "token válido só até 23:59 do dia"));
        rows.add(markRow(Inline.Symbol.NAO_SE_APLICA, "não se aplica", "Agenda Online", "", ""));
        rows.add(markRow(Inline.Symbol.CAIXA_VAZIA, "", "Prescrição digital (ticket aberto)", "", ""));
        b.add(new Block.Table(List.of(Block.Align.CENTER, Block.Align.LEFT, Block.Align.CENTER, Block.Align.LEFT),
                List.of(List.of(List.of(t("Situação")), List.of(t("Item")), List.of(t("Data")),
                        List.of(t("Observação")))),
                rows));
        b.add(p(ParagraphStyle.NOTA, "Legenda: ", new Inline.Mark(Inline.Symbol.CONCLUIDO), t(" concluído; "),
                new Inline.Mark(Inline.Symbol.PENDENTE_BAIXA), t(" pendente (baixa prioridade); "),
                new Inline.Mark(Inline.Symbol.PENDENTE_ALTA), t(" pendente (alta prioridade); "),
                new Inline.Mark(Inline.Symbol.NAO_SE_APLICA), t(" não se aplica; "),
                new Inline.Mark(Inline.Symbol.CAIXA_VAZIA), t(" a verificar.")));
        return new Doc(meta, b);
    }

    /**
     * The checklist as templates/checklist.md.ftl writes it: one table per group with the same header, the mark and
     * the status in one cell, a box to tick and a column for handwriting ({.a-preencher}).
     */
    static Doc checklistSecoes() {
        DocMeta meta = meta("checklist", "Checklist de implantação – Santo Amaro/BA", "Situação da implantação do PEC");
        List<Block> b = new ArrayList<>();
        b.add(new Block.Heading(1, List.of(t("Checklist de implantação do PEC — Santo Amaro/BA"))));
        b.add(new Block.Heading(2, List.of(t("Implantação"))));
        b.add(secao(
                secaoRow(Inline.Symbol.CONCLUIDO, "concluído", "Cenário da implantação", "20/10/2026", "",
                        "migração do servidor antigo (Windows) para Linux"),
                secaoRow(Inline.Symbol.CONCLUIDO, "concluído", "Perfis no e-Gestor AB", "", "", ""),
                secaoRow(Inline.Symbol.PENDENTE_ALTA, "pendente (alta prioridade)",
                        "Subdomínio gov.br apontando para o servidor", "", "", "aguardando resposta ao ofício nº 12")));
        b.add(new Block.Heading(2, List.of(t("Migração"))));
        b.add(secao(secaoRow(Inline.Symbol.PENDENTE_BAIXA, "pendente (baixa prioridade)",
                "Link da instalação atualizado", "", "", "")));
        b.add(new Block.Heading(2, List.of(t("Segurança e backup"))));
        b.add(secao(
                secaoRow(Inline.Symbol.CONCLUIDO, "concluído", "Arquivo credenciais.txt guardado", "",
                        "Rafael Nunes Teixeira", ""),
                secaoRow(Inline.Symbol.CONCLUIDO, "concluído", "Certificado RNDS/CADSUS instalado", "05/11/2026", "",
                        ""),
                secaoRow(Inline.Symbol.NAO_SE_APLICA, "não se aplica", "Agenda Online", "", "",
                        "aguardando conta de e-mail institucional")));
        return new Doc(meta, b);
    }

    static final List<String> SECAO_HEADER = List.of("Situação", "Item", "Data", "Responsável", "Observação", "Visita",
            "Anotações da visita");

    @SafeVarargs
    private static Block.Table secao(List<List<Inline>>... rows) {
        List<Block.Align> aligns = new ArrayList<>(List.of(Block.Align.DEFAULT, Block.Align.DEFAULT,
                Block.Align.DEFAULT, Block.Align.DEFAULT, Block.Align.DEFAULT, Block.Align.CENTER, Block.Align.DEFAULT));
        List<br.esus.oficios.doc.ColumnStyle> cols = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            cols.add(i == 6 ? br.esus.oficios.doc.ColumnStyle.A_PREENCHER : br.esus.oficios.doc.ColumnStyle.NORMAL);
        }
        return new Block.Table(aligns, List.of(row(SECAO_HEADER.toArray(String[]::new))), List.of(rows), cols);
    }

    private static List<List<Inline>> secaoRow(Inline.Symbol s, String label, String item, String date, String who,
            String obs) {
        List<List<Inline>> r = new ArrayList<>();
        r.add(List.of(new Inline.Mark(s), t("\u00A0" + label)));
        for (String c : List.of(item, date, who, obs)) {
            r.add(c.isEmpty() ? List.of() : List.of(t(c)));
        }
        r.add(List.of(new Inline.Mark(Inline.Symbol.CAIXA_VAZIA)));
        r.add(List.of());
        return r;
    }

    /** Several pages: sections of text and a 60-row table that crosses pages. */
    static Doc longDoc() {
        DocMeta meta = meta("pop", "Documento longo", "Teste de paginação");
        List<Block> b = new ArrayList<>();
        b.add(new Block.Heading(1, List.of(t("Relatório de implantação"))));
        for (int s = 1; s <= 6; s++) {
            b.add(new Block.Heading(2, List.of(t(s + ". Seção com acentuação: ação, configuração, instalação"))));
            for (int i = 0; i < 4; i++) {
                b.add(p(ParagraphStyle.TEXTO, "Parágrafo " + s + "." + (i + 1) + ". A equipe técnica verificou "
                        + "a conexão com o banco de dados, a renovação automática do certificado, a sincronização "
                        + "dos aplicativos com o servidor e a configuração do servidor SMTP usado para o envio das "
                        + "prescrições digitais e para a recuperação de senha dos profissionais."));
            }
        }
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            rows.add(row("UBS " + i, "Unidade Básica de Saúde nº " + i + " – zona " + (i % 3 == 0 ? "rural" : "urbana"),
                    String.valueOf(1000 + i)));
        }
        b.add(new Block.Table(List.of(Block.Align.LEFT, Block.Align.LEFT, Block.Align.RIGHT),
                List.of(List.of(List.of(t("Código")), List.of(t("Estabelecimento")), List.of(t("CNES")))), rows));
        return new Doc(meta, b);
    }

    private static DocMeta meta(String id, String title, String subject) {
        return new DocMeta(id, title, "Secretaria Municipal de Saúde de Santo Amaro", subject,
                List.of("e-SUS APS", "PEC"), LocalDate.of(2026, 11, 23), false, List.of(), List.of(), null);
    }

    static Inline t(String s) {
        return new Inline.Text(s);
    }

    static Inline strong(String s) {
        return new Inline.Strong(List.of(t(s)));
    }

    static Block.Paragraph p(ParagraphStyle style, String text, Inline... more) {
        List<Inline> c = new ArrayList<>();
        c.add(t(text));
        c.addAll(List.of(more));
        return new Block.Paragraph(style, 0, c);
    }

    static Block.Paragraph para(Inline... c) {
        return new Block.Paragraph(ParagraphStyle.NORMAL, 0, List.of(c));
    }

    static Block.Paragraph texto(int n, Inline... c) {
        return new Block.Paragraph(ParagraphStyle.TEXTO, n, List.of(c));
    }

    static Block.ListItem item(Inline... c) {
        return new Block.ListItem(List.of(para(c)));
    }

    static List<List<Inline>> row(String... cells) {
        return java.util.Arrays.stream(cells).map(c -> List.of(t(c))).toList();
    }

    private static List<List<Inline>> markRow(Inline.Symbol s, String label, String item, String date, String obs) {
        List<Inline> status = label.isEmpty() ? List.of(new Inline.Mark(s))
                : List.of(new Inline.Mark(s), t(" " + label));
        return List.of(status, List.of(t(item)), List.of(t(date)), List.of(t(obs)));
    }
}
