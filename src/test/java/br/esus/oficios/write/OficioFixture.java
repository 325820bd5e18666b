package br.esus.oficios.write;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.doc.Inline;
import br.esus.oficios.doc.ParagraphStyle;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The ofício every writer's tests print, built by hand as the templates produce it: one tree for the PDF and the
 * DOCX tests, so that both formats are checked on the same document. The PDF tests measure where its page breaks
 * fall ({@code Fixtures.oficioComUltimoLongo}): change its text with care.
 */
public final class OficioFixture {

    public static final String MUNICIPIO = "Santo Amaro";
    public static final String CNPJ = "14.222.567/0001-90";
    public static final String AUTOR = "Secretaria Municipal de Saúde de Santo Amaro";
    public static final String IDENTIFICACAO = "OFÍCIO Nº 12/2026/SMS/PMSA";
    public static final List<String> HEADER = List.of("Prefeitura Municipal de Santo Amaro",
            "Secretaria Municipal de Saúde");
    public static final List<String> FOOTER = List.of(
            "Rua Conselheiro Saraiva, 25, Centro – CEP 44200-000 – Santo Amaro/BA",
            "Telefone (75) 3241-1234 – saude@santoamaro.ba.gov.br");
    /** The signature: name, then cargo. */
    public static final List<String> SIGNATARIA = List.of("ANA PAULA DE OLIVEIRA SANTOS",
            "Secretária Municipal de Saúde");

    private OficioFixture() {
    }

    public static DocMeta letterheadMeta(String id, String title, Path brasao) {
        return new DocMeta(id, title, AUTOR, "Solicitação de subdomínio gov.br para o e-SUS APS PEC",
                List.of("ofício", "e-SUS APS", "gov.br", MUNICIPIO), LocalDate.of(2026, 11, 23), true, HEADER, FOOTER,
                brasao);
    }

    /** The ofício asking for the gov.br subdomain: five numbered paragraphs, one page. */
    public static Doc oficio(Path brasao) {
        List<Block> b = new ArrayList<>();
        b.add(p(ParagraphStyle.IDENTIFICACAO, 0, t(IDENTIFICACAO)));
        b.add(p(ParagraphStyle.DATA, 0, t("Santo Amaro, 23 de novembro de 2026.")));
        b.add(p(ParagraphStyle.ENDERECAMENTO, 0, t("Ao Senhor"), br(), t("João Carlos Menezes"), br(),
                t("Diretor-Presidente da Companhia de Processamento de Dados do Estado da Bahia"), br(),
                t("Avenida Luiz Viana Filho, 2ª Avenida, 260, Centro Administrativo da Bahia"), br(),
                t("41745-002 Salvador/BA")));
        b.add(p(ParagraphStyle.ASSUNTO, 0, t("Assunto: Solicitação de subdomínio gov.br.")));
        b.add(p(ParagraphStyle.VOCATIVO, 0, t("Senhor Diretor-Presidente,")));
        b.add(p(ParagraphStyle.TEXTO, 1, t("Solicito a criação do subdomínio "),
                new Inline.Code("esus.santoamaro.ba.gov.br"),
                t(" para o Prontuário Eletrônico do Cidadão (PEC) do e-SUS APS do Município de Santo Amaro, "
                        + "inscrito no CNPJ sob o nº " + CNPJ + ", em atenção à Portaria SGD/MGI nº 7.076/2024.")));
        b.add(p(ParagraphStyle.TEXTO, 2, t("O registro pedido é do tipo A, apontando para o endereço IPv4 "
                + "200.10.20.30, que é o IP público do servidor da Secretaria Municipal de Saúde. A ação é "
                + "necessária para a emissão do certificado HTTPS e para o login com a conta gov.br.")));
        b.add(p(ParagraphStyle.TEXTO, 3, t("A implantação da prescrição digital e a integração com a RNDS "
                + "dependem do acesso por um domínio oficial de governo, terminado em .gov.br.")));
        b.add(p(ParagraphStyle.TEXTO, 4, t("O responsável técnico pela instalação é Maria da Conceição Souza, "
                + "telefone (75) 99123-4567, e-mail "),
                new Inline.Link("mailto:ti.saude@santoamaro.ba.gov.br", List.of(t("ti.saude@santoamaro.ba.gov.br"))),
                t(", a quem podem ser dirigidas as dúvidas técnicas.")));
        b.add(p(ParagraphStyle.TEXTO, 5, t("Agradeço a atenção e coloco a Secretaria à disposição para o que "
                + "for necessário à configuração.")));
        b.add(p(ParagraphStyle.FECHO, 0, t("Atenciosamente,")));
        b.add(p(ParagraphStyle.ASSINATURA, 0, t(SIGNATARIA.get(0)), br(), t(SIGNATARIA.get(1))));
        return new Doc(letterheadMeta("oficio-dominio", "Ofício nº 12/2026/SMS/PMSA — Solicitação de subdomínio gov.br",
                brasao), b);
    }

    private static Inline.Text t(String s) {
        return new Inline.Text(s);
    }

    private static Inline.LineBreak br() {
        return new Inline.LineBreak();
    }

    private static Block.Paragraph p(ParagraphStyle style, int number, Inline... content) {
        return new Block.Paragraph(style, number, List.of(content));
    }

    /** A small coat-of-arms-like PNG (a shield with a star), written once. */
    public static Path brasao(Path dir) {
        Path file = dir.resolve("brasao-teste.png");
        if (Files.exists(file)) {
            return file;
        }
        BufferedImage img = new BufferedImage(120, 140, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int[] xs = {10, 110, 110, 60, 10};
        int[] ys = {10, 10, 80, 130, 80};
        g.setColor(new Color(0x1F, 0x4E, 0x9A));
        g.fillPolygon(xs, ys, 5);
        g.setColor(new Color(0xE8, 0xB9, 0x1C));
        g.setStroke(new BasicStroke(6));
        g.drawPolygon(xs, ys, 5);
        int[] sx = new int[10];
        int[] sy = new int[10];
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? 30 : 12;
            double a = Math.PI / 2 + i * Math.PI / 5;
            sx[i] = (int) Math.round(60 + r * Math.cos(a));
            sy[i] = (int) Math.round(62 - r * Math.sin(a));
        }
        g.fillPolygon(sx, sy, 10);
        g.dispose();
        try {
            Files.createDirectories(dir);
            ImageIO.write(img, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
