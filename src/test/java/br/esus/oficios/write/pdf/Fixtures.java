package br.esus.oficios.write.pdf;

import static br.esus.oficios.write.OficioFixture.CNPJ;
import static br.esus.oficios.write.OficioFixture.MUNICIPIO;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.doc.Inline;
import br.esus.oficios.doc.ParagraphStyle;
import br.esus.oficios.write.OficioFixture;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Realistic documents built by hand, as the templates will produce them. */
final class Fixtures {

    private Fixtures() {
    }

    static Inline.Text t(String s) {
        return new Inline.Text(s);
    }

    static Block.Paragraph p(ParagraphStyle style, int number, Inline... content) {
        return new Block.Paragraph(style, number, List.of(content));
    }

    static Block.Paragraph p(Inline... content) {
        return p(ParagraphStyle.NORMAL, 0, content);
    }

    static Inline.LineBreak br() {
        return new Inline.LineBreak();
    }

    static DocMeta plainMeta(String id, String title) {
        return new DocMeta(id, title, OficioFixture.AUTOR, title, List.of("e-SUS APS", MUNICIPIO),
                LocalDate.of(2026, 11, 23), false, List.of(), List.of(), null);
    }

    /**
     * A last paragraph for {@link #oficioComUltimoLongo}: with 4 repetitions it ends page 1 with no room left for
     * the signature; with 7 it runs onto page 2 by itself.
     */
    static String ultimoLongo(int repetitions) {
        return "Agradeço a atenção e coloco a Secretaria à disposição para o que for necessário à configuração. "
                + ("Informo, ainda, que a Secretaria já adquiriu o servidor, instalou o sistema operacional e o banco "
                + "de dados, configurou a rede interna e o firewall, e aguarda apenas o registro para emitir o "
                + "certificado digital do sítio e concluir a integração com a RNDS. ").repeat(repetitions)
                + "Por fim, reitero a importância do subdomínio para a continuidade do atendimento à população.";
    }

    /** {@link #oficio} with a long last paragraph ({@link #ultimoLongo}): the page break falls near or inside it. */
    static Doc oficioComUltimoLongo(Path brasao, int repetitions) {
        Doc base = OficioFixture.oficio(brasao);
        List<Block> b = new ArrayList<>(base.blocks());
        b.set(b.size() - 3, p(ParagraphStyle.TEXTO, 5, t(ultimoLongo(repetitions))));
        return new Doc(base.meta(), b);
    }

    /** A POP-like document: headings, lists, a long code line, a table. */
    static Doc pop() {
        List<Block> b = new ArrayList<>();
        b.add(new Block.Heading(1, List.of(t("POP — Migração do servidor do PEC de Santo Amaro"))));
        b.add(p(t("Este procedimento move a instalação do e-SUS APS PEC do Município de "), t(MUNICIPIO),
                t(" para o novo servidor, preservando o banco de dados. Leia-o inteiro antes de começar.")));
        b.add(new Block.Heading(2, List.of(t("1. Cópia do banco de dados"))));
        b.add(new Block.ListBlock(true, 1, List.of(
                new Block.ListItem(List.of(p(t("Pare o serviço: "), new Inline.Code("sudo systemctl stop e-SUS-PEC"),
                        t(".")))),
                new Block.ListItem(List.of(p(t("Gere o dump na porta "), new Inline.Strong(List.of(t("5433"))),
                        t(", usuário "), new Inline.Code("postgres"), t(", banco "), new Inline.Code("esus"), t(":")),
                        new Block.CodeBlock("bash", "pg_dump --host=localhost --port=5433 --username=postgres "
                                + "--format=custom --blobs --verbose --file=/opt/backup/esus-santo-amaro-2026-11-23-"
                                + "antes-da-migracao-para-o-novo-servidor.backup esus\n"))),
                new Block.ListItem(List.of(p(t("Comprima o arquivo e confira o tamanho.")))))));
        b.add(new Block.Heading(2, List.of(t("2. Instalação no novo servidor"))));
        b.add(new Block.ListBlock(false, 1, List.of(
                new Block.ListItem(List.of(p(t("Baixe o instalador da versão 5.3.21.")))),
                new Block.ListItem(List.of(p(t("Execute em modo console:")),
                        new Block.ListBlock(false, 1, List.of(new Block.ListItem(List.of(
                                p(t("com o domínio "), new Inline.Emphasis(List.of(t("esus.santoamaro.ba.gov.br")))))))))),
                new Block.ListItem(List.of(p(t("Restaure o dump e reinicie o serviço.")))))));
        b.add(new Block.CodeBlock("", "java -jar eSUS-AB-PEC-5.3.21-Linux64.jar -console "
                + "-cert-domain=esus.santoamaro.ba.gov.br -url=\"jdbc:postgresql://localhost:5433/esus\" "
                + "-username=\"postgres\" -password=\"********\"\n"
                + "UmaLinhaSemEspacosMuitoLongaQueNaoCabeNaLarguraDaPaginaEPrecisaSerQuebradaEmAlgumLugar/"
                + "opt/e-SUS/webserver/certmgr/config/ssl.properties/abcdefghijklmnopqrstuvwxyz0123456789\n"));
        b.add(new Block.Heading(2, List.of(t("3. Parâmetros do município"))));
        b.add(new Block.Table(List.of(Block.Align.LEFT, Block.Align.LEFT),
                List.of(List.of(List.of(t("Parâmetro")), List.of(t("Valor")))),
                List.of(
                        List.of(List.of(t("CNPJ")), List.of(t(CNPJ))),
                        List.of(List.of(t("Porta do banco")), List.of(new Inline.Code("5433"))),
                        List.of(List.of(t("Caminho da instalação")), List.of(new Inline.Code("/opt/e-SUS/webserver"))),
                        List.of(List.of(t("Endereço")), List.of(new Inline.Link("https://esus.santoamaro.ba.gov.br",
                                List.of(t("https://esus.santoamaro.ba.gov.br"))))))));
        b.add(new Block.Quote(List.of(p(t("Observação: a contra-chave é gerada no e-Gestor AB com o CNPJ do "
                + "Fundo Municipal de Saúde.")))));
        b.add(new Block.ThematicBreak());
        b.add(p(ParagraphStyle.NOTA, 0, t("Gerado por gerar-oficios em 23/11/2026.")));
        return new Doc(plainMeta("pop", "POP — Migração do servidor do PEC"), b);
    }

    /** The status checklist: a table with every mark. */
    static Doc checklist() {
        List<Block> b = new ArrayList<>();
        b.add(p(t("Situação da implantação em "), t(MUNICIPIO), t(" (CNPJ " + CNPJ + "). Legenda: "),
                new Inline.Mark(Inline.Symbol.CONCLUIDO), t(" concluído; "),
                new Inline.Mark(Inline.Symbol.PENDENTE_BAIXA), t(" pendente (baixa); "),
                new Inline.Mark(Inline.Symbol.PENDENTE_ALTA), t(" pendente (alta); "),
                new Inline.Mark(Inline.Symbol.NAO_SE_APLICA), t(" não se aplica.")));
        List<List<List<Inline>>> rows = new ArrayList<>();
        Object[][] data = {
                {Inline.Symbol.CONCLUIDO, "HTTPS", "Certificado emitido pelo certmgr (PEC 5.3)", "01/11/2026", ""},
                {Inline.Symbol.CONCLUIDO, "Contra-chave", "Gerada no e-Gestor AB com o CNPJ do FMS", "01/11/2026", ""},
                {Inline.Symbol.PENDENTE_BAIXA, "DNS gov.br", "Subdomínio esus.santoamaro.ba.gov.br", "",
                        "mantido domínio atual; aguardando ofício"},
                {Inline.Symbol.PENDENTE_ALTA, "Certificado RNDS", "Arquivo .pfx na pasta chaves", "",
                        "token do e-Gestor vence às 23:59 do mesmo dia"},
                {Inline.Symbol.NAO_SE_APLICA, "Oracle", "Banco Oracle 12.2c", "", "o município usa PostgreSQL"},
                {Inline.Symbol.CAIXA_VAZIA, "Visita técnica", "Conferir no local", "", ""},
        };
        for (Object[] r : data) {
            rows.add(List.of(List.of(new Inline.Mark((Inline.Symbol) r[0])), List.of(t((String) r[1])),
                    List.of(t((String) r[2])), List.of(t((String) r[3])), List.of(t((String) r[4]))));
        }
        b.add(new Block.Table(List.of(Block.Align.CENTER, Block.Align.LEFT, Block.Align.LEFT, Block.Align.CENTER,
                Block.Align.LEFT),
                List.of(List.of(List.of(t("Situação")), List.of(t("Item")), List.of(t("Descrição")),
                        List.of(t("Data")), List.of(t("Observação")))),
                rows));
        return new Doc(plainMeta("checklist", "Checklist de implantação do e-SUS APS — Santo Amaro/BA"), b);
    }

    /** A long ofício: more than three pages, to see page numbers and the signature kept with the text. */
    static Doc longOficio(Path brasao) {
        List<Block> b = new ArrayList<>();
        b.add(p(ParagraphStyle.IDENTIFICACAO, 0, t("OFÍCIO Nº 13/2026/SMS/PMSA")));
        b.add(p(ParagraphStyle.DATA, 0, t("Santo Amaro, 1º de dezembro de 2026.")));
        b.add(p(ParagraphStyle.ENDERECAMENTO, 0, t("À Senhora"), br(), t("Beatriz Nogueira"), br(),
                t("Coordenadora de Atenção Primária"), br(), t("Rua da Saúde, 100"), br(), t("40000-000 Salvador/BA")));
        b.add(p(ParagraphStyle.ASSUNTO, 0, t("Assunto: Relatório de implantação do PEC.")));
        b.add(p(ParagraphStyle.VOCATIVO, 0, t("Senhora Coordenadora,")));
        String sentence = "A Secretaria Municipal de Saúde do Município de Santo Amaro informa que a instalação do "
                + "Prontuário Eletrônico do Cidadão foi concluída nas unidades básicas, com a migração do banco de "
                + "dados, a configuração do HTTPS e a ação de capacitação das equipes. ";
        for (int i = 1; i <= 22; i++) {
            b.add(p(ParagraphStyle.TEXTO, i, t(sentence.repeat(1 + i % 3))));
        }
        b.add(p(ParagraphStyle.FECHO, 0, t("Atenciosamente,")));
        b.add(p(ParagraphStyle.ASSINATURA, 0, t("ANA PAULA DE OLIVEIRA SANTOS"), br(),
                t("Secretária Municipal de Saúde")));
        return new Doc(OficioFixture.letterheadMeta("oficio-relatorio",
                "Ofício nº 13/2026/SMS/PMSA — Relatório de implantação",
                brasao), b);
    }

    /** Commands as in the POP, in a list and outside: lines too long for the page, quoted words, indentation. */
    static final List<String> COMANDOS = List.of(
            "pg_dump -h localhost -p 5433 -U postgres -F p -f esus-ba-santo-amaro-2026-12-01.sql esus",
            "gzip -9 -k esus-ba-santo-amaro-2026-12-01.sql",
            "java -jar eSUS-AB-PEC-5.3.21-Linux64.jar -console -cert-domain=esus.santoamaro.ba.gov.br "
                    + "-url=\"jdbc:postgresql://localhost:5433/esus\" -username=\"postgres\" -password=\"SENHA\"",
            "New-Item -ItemType Directory -Force -Path \"C:\\Program Files\\e-SUS\\webserver\\chaves\" | Out-Null",
            "    # comentário recuado, longo o bastante para não caber numa linha só da caixa de código do POP",
            "",
            "sha256sum -c esus-ba-santo-amaro-2026-12-01.sha256");

    static Doc comandos() {
        List<Block> b = new ArrayList<>();
        b.add(new Block.Heading(1, List.of(t("Comandos"))));
        b.add(new Block.ListBlock(true, 1, List.of(new Block.ListItem(List.of(p(t("Gere a cópia:")),
                new Block.CodeBlock("bash", String.join("\n", COMANDOS) + "\n"))))));
        b.add(new Block.CodeBlock("", String.join("\n", COMANDOS)));
        return new Doc(plainMeta("comandos", "Comandos"), b);
    }

    /** Text a YAML file could bring: markup, symbols Carlito lacks, emoji, control characters. */
    static Doc hostile() {
        List<Block> b = new ArrayList<>();
        b.add(new Block.Heading(1, List.of(t("Teste <script>alert('x')</script> & \"aspas\""))));
        b.add(p(t("Setas → ← ✓ ★ ♥, emoji 😀🚩✅, chinês 中文, controle \u0007\u0000 fim; "),
                new Inline.Link("javascript:alert(1)", List.of(t("link perigoso"))), t(" e "),
                new Inline.Link("https://exemplo.gov.br/?a=1&b=<2>", List.of(t("link bom")))));
        b.add(new Block.CodeBlock("", "echo \"<b>&amp;</b>\" ]]> <!-- -->\n"));
        return new Doc(plainMeta("hostil", "Título com <marcação> & \"aspas\""), b);
    }
}
