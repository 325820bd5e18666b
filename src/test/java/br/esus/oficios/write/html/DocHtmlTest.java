package br.esus.oficios.write.html;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.ColumnStyle;
import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.doc.Inline;
import br.esus.oficios.doc.ParagraphStyle;
import br.esus.oficios.write.OficioFixture;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocHtmlTest {

    static Inline.Text t(String s) {
        return new Inline.Text(s);
    }

    static Doc doc(boolean letterhead, Block... blocks) {
        DocMeta meta = new DocMeta("oficio-dominio", "Ofício <nº 1> & cia", "Secretaria Municipal de Saúde",
                "Assunto", List.of("a", "b"), LocalDate.of(2026, 11, 23), letterhead,
                List.of("Prefeitura Municipal de Santo Amaro", "Secretaria & Saúde"), List.of("Rua A, 1"), null);
        return new Doc(meta, List.of(blocks));
    }

    static Document parse(String xhtml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
    }

    static Element firstWithClass(Document d, String tag, String cls) {
        NodeList all = d.getElementsByTagName(tag);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if ((" " + e.getAttribute("class") + " ").contains(" " + cls + " ")) {
                return e;
            }
        }
        throw new AssertionError("sem <" + tag + " class=" + cls + ">");
    }

    @Test
    void ofícioIsWellFormedXhtmlWithItsClassesAndEscapedText() throws Exception {
        String html = DocHtml.toXhtml(doc(true,
                new Block.Paragraph(ParagraphStyle.ASSUNTO, 0, List.of(t("Assunto: <b>x</b> & y."))),
                new Block.Paragraph(ParagraphStyle.TEXTO, 3, List.of(t("Texto com \"aspas\"."))),
                new Block.Paragraph(ParagraphStyle.FECHO, 0, List.of(t("Atenciosamente,"))),
                new Block.Paragraph(ParagraphStyle.ASSINATURA, 0,
                        List.of(t("FULANA"), new Inline.LineBreak(), t("Secretária")))), null);
        Document d = parse(html);
        assertEquals("pt-BR", d.getDocumentElement().getAttribute("lang"));
        assertEquals("Ofício <nº 1> & cia", d.getElementsByTagName("title").item(0).getTextContent());
        assertEquals("Assunto: <b>x</b> & y.", firstWithClass(d, "p", "assunto").getTextContent());
        Element texto = firstWithClass(d, "p", "texto");
        assertTrue(texto.getAttribute("class").contains("numerado"));
        assertEquals("3.", firstWithClass(d, "span", "numero").getTextContent());
        NodeList header = firstWithClass(d, "div", "cabecalho").getElementsByTagName("div");
        assertEquals("Prefeitura Municipal de Santo Amaro", header.item(0).getTextContent());
        assertEquals("Secretaria & Saúde", header.item(1).getTextContent());
        assertEquals("Rua A, 1", firstWithClass(d, "div", "rodape-linha").getTextContent());
        // The fecho and the signature are the last "line" of the last paragraph (its widows keep lines with them).
        assertTrue(texto.getAttribute("class").contains("com-fecho"));
        Element closing = firstWithClass(d, "span", "fecho-assinatura");
        assertEquals(texto, closing.getParentNode(), "fecho e assinatura dentro do último parágrafo");
        assertEquals("br", ((Element) closing.getPreviousSibling()).getTagName(), "o texto termina numa linha sua");
        NodeList inside = closing.getElementsByTagName("p");
        assertEquals(2, inside.getLength());
        assertEquals("fecho", ((Element) inside.item(0)).getAttribute("class"));
        assertEquals("assinatura", ((Element) inside.item(1)).getAttribute("class"));
        assertFalse(html.contains("bloco-final"), "nenhum bloco à parte, que levaria o parágrafo inteiro");
    }

    @Test
    void aSignatureWithNoParagraphBeforeItIsKeptWithItsFecho() throws Exception {
        Document d = parse(DocHtml.toXhtml(doc(true,
                new Block.Heading(2, List.of(t("Título"))),
                new Block.Paragraph(ParagraphStyle.FECHO, 0, List.of(t("Atenciosamente,"))),
                new Block.Paragraph(ParagraphStyle.ASSINATURA, 0, List.of(t("FULANA")))), null));
        Element group = firstWithClass(d, "div", "bloco-final");
        assertEquals(2, group.getElementsByTagName("p").getLength(), "fecho + assinatura juntos");
    }

    @Test
    void withoutLetterheadTheTitleIsPrintedAndNoHeader() throws Exception {
        Document d = parse(DocHtml.toXhtml(doc(false, new Block.Paragraph(ParagraphStyle.NORMAL, 0,
                List.of(t("corpo")))), null));
        assertEquals("Ofício <nº 1> & cia", firstWithClass(d, "h1", "titulo").getTextContent());
        assertEquals(0, countClass(d, "cabecalho"));
        assertEquals(0, firstWithClass(d, "div", "rodape").getElementsByTagName("div").getLength() - 1,
                "sem linhas de rodapé: só o número da página");
    }

    static int countClass(Document d, String cls) {
        int n = 0;
        NodeList all = d.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            if ((" " + ((Element) all.item(i)).getAttribute("class") + " ").contains(" " + cls + " ")) {
                n++;
            }
        }
        return n;
    }

    @Test
    void marksAreDrawnElementsNotGlyphs() throws Exception {
        Block.Paragraph p = new Block.Paragraph(ParagraphStyle.NORMAL, 0, List.of(
                new Inline.Mark(Inline.Symbol.CONCLUIDO), new Inline.Mark(Inline.Symbol.PENDENTE_BAIXA),
                new Inline.Mark(Inline.Symbol.PENDENTE_ALTA), new Inline.Mark(Inline.Symbol.NAO_SE_APLICA),
                new Inline.Mark(Inline.Symbol.CAIXA_VAZIA)));
        String html = DocHtml.toXhtml(doc(false, p), null);
        Document d = parse(html);
        for (Inline.Symbol s : Inline.Symbol.values()) {
            Element mark = firstWithClass(d, "span", HtmlInlines.markClass(s));
            assertEquals("", mark.getTextContent(), "a marca " + s + " é desenhada, sem texto");
            assertFalse(html.contains(s.markdown()), "sem o emoji " + s.markdown());
        }
    }

    @Test
    void listsTablesCodeAndLinks() throws Exception {
        Document d = parse(DocHtml.toXhtml(doc(false,
                new Block.ListBlock(true, 3, List.of(new Block.ListItem(List.of(
                        new Block.Paragraph(ParagraphStyle.NORMAL, 0, List.of(t("item"))))))),
                new Block.Table(List.of(Block.Align.LEFT, Block.Align.RIGHT),
                        List.of(List.of(List.of(t("A")), List.of(t("B")))),
                        List.of(List.of(List.of(t("1")), List.of(t("2"))))),
                new Block.CodeBlock("sh", "a < b && c\n"),
                new Block.Paragraph(ParagraphStyle.NORMAL, 0, List.of(
                        new Inline.Link("javascript:alert(1)", List.of(t("mau"))),
                        new Inline.Link("https://x.gov.br/?a=1&b=2", List.of(t("bom")))))), null));
        assertEquals("3", ((Element) d.getElementsByTagName("ol").item(0)).getAttribute("start"));
        assertEquals("item", d.getElementsByTagName("li").item(0).getTextContent());
        assertEquals(1, d.getElementsByTagName("thead").getLength());
        assertEquals("alinhar-direita sem-quebra",
                ((Element) d.getElementsByTagName("td").item(1)).getAttribute("class"));
        assertEquals("a < b && c", firstWithClass(d, "pre", "codigo").getTextContent());
        NodeList links = d.getElementsByTagName("a");
        assertEquals(1, links.getLength(), "javascript: vira texto");
        assertEquals("https://x.gov.br/?a=1&b=2", ((Element) links.item(0)).getAttribute("href"));
    }

    static Block.Table secao(String item) {
        return new Block.Table(List.of(Block.Align.LEFT, Block.Align.LEFT, Block.Align.LEFT),
                List.of(List.of(List.of(t("Situação")), List.of(t("Item")), List.of(t("Anotações da visita")))),
                List.of(List.of(List.of(t("concluído")), List.of(t(item)), List.of())),
                List.of(ColumnStyle.NORMAL, ColumnStyle.NORMAL, ColumnStyle.A_PREENCHER));
    }

    @Test
    void aColumnForHandwritingCarriesItsClassAndTablesOfTheSameHeaderLineUp() throws Exception {
        Document d = parse(DocHtml.toXhtml(doc(false, secao("HTTPS"),
                new Block.Heading(2, List.of(t("Outra seção"))),
                secao("Certificado RNDS/CADSUS instalado no servidor"),
                new Block.Table(List.of(Block.Align.LEFT), List.of(List.of(List.of(t("Outra")))),
                        List.of(List.of(List.of(t("x"))))),
                new Block.Paragraph(ParagraphStyle.NORMAL, 0, List.of(t("fim")))), null));
        NodeList tables = d.getElementsByTagName("table");
        assertEquals(3, tables.getLength());
        Element first = (Element) tables.item(0);
        Element second = (Element) tables.item(1);
        assertEquals("tabela alinhada", first.getAttribute("class"));
        assertEquals("tabela alinhada", second.getAttribute("class"));
        assertEquals("tabela", ((Element) tables.item(2)).getAttribute("class"), "cabeçalho próprio: largura automática");
        assertEquals(0, ((Element) tables.item(2)).getElementsByTagName("col").getLength());
        List<String> widths1 = cols(first);
        assertEquals(3, widths1.size());
        assertEquals(widths1, cols(second), "as mesmas larguras nas duas seções");
        double sum = widths1.stream().mapToDouble(w -> Double.parseDouble(w.replace("width:", "").replace("%", "")))
                .sum();
        assertEquals(100, sum, 0.01);
        for (Element cell : List.of((Element) first.getElementsByTagName("th").item(2),
                (Element) first.getElementsByTagName("td").item(2))) {
            assertTrue((" " + cell.getAttribute("class") + " ").contains(" a-preencher "), cell.getAttribute("class"));
        }
        assertFalse(((Element) first.getElementsByTagName("td").item(1)).getAttribute("class").contains("a-preencher"));
    }

    /** A section marked whole is one block, up to the next heading of its level, around its sub-sections. */
    @Test
    void aWholeSectionIsOneBlockAndAColumnToSignInCarriesItsClass() throws Exception {
        Block.Table signatures = new Block.Table(List.of(Block.Align.DEFAULT, Block.Align.DEFAULT),
                List.of(List.of(List.of(t("Função")), List.of(t("Assinatura")))),
                List.of(List.of(List.of(t("Aprovado por")), List.of())),
                List.of(ColumnStyle.NORMAL, ColumnStyle.A_ASSINAR));
        Document d = parse(DocHtml.toXhtml(doc(false,
                new Block.Heading(2, List.of(t("8. Antes"))),
                new Block.Paragraph(ParagraphStyle.NORMAL, 0, List.of(t("antes"))),
                new Block.Heading(2, List.of(t("9. Aprovações")), true),
                signatures,
                new Block.Heading(3, List.of(t("9.1 Distribuição")), true),
                new Block.Paragraph(ParagraphStyle.NORMAL, 0, List.of(t("cópias"))),
                new Block.Heading(2, List.of(t("10. Depois"))),
                new Block.Paragraph(ParagraphStyle.NORMAL, 0, List.of(t("fora")))), null));
        Element whole = firstWithClass(d, "div", "inteira");
        assertEquals("9. Aprovações", whole.getElementsByTagName("h2").item(0).getTextContent());
        assertEquals(1, whole.getElementsByTagName("h2").getLength(), "o 10 fica fora");
        assertEquals(1, whole.getElementsByTagName("table").getLength());
        Element inner = (Element) whole.getElementsByTagName("div").item(0);
        assertEquals("inteira", inner.getAttribute("class"));
        assertEquals("9.1 Distribuição", inner.getElementsByTagName("h3").item(0).getTextContent());
        assertEquals("cópias", inner.getElementsByTagName("p").item(0).getTextContent());
        assertEquals(2, d.getElementsByTagName("div").getLength() - 3, "duas seções inteiras (e os três rodapés)");
        for (String tag : List.of("th", "td")) {
            Element cell = (Element) whole.getElementsByTagName(tag).item(1);
            assertTrue((" " + cell.getAttribute("class") + " ").contains(" a-assinar "), cell.getAttribute("class"));
        }
    }

    static List<String> cols(Element table) {
        NodeList cols = table.getElementsByTagName("col");
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < cols.getLength(); i++) {
            out.add(((Element) cols.item(i)).getAttribute("style"));
        }
        return out;
    }

    @Test
    void eachCodeLineIsABlockOfOneTextWithItsIndentation() throws Exception {
        String code = "pg_dump -f a.sql esus\n\tgzip -9 \"a b.sql\" x='1 2'\n\n  # não 'fecha\n";
        Element pre = firstWithClass(parse(DocHtml.toXhtml(doc(false, new Block.CodeBlock("sh", code)), null)),
                "pre", "codigo");
        NodeList spans = pre.getChildNodes();
        assertEquals(4, spans.getLength(), "uma linha por linha do código, sem quebras soltas entre elas");
        String[] classes = {"linha", "linha recuo-4", "linha", "linha recuo-2"};
        String[] texts = {"pg_dump -f a.sql esus", "    gzip -9 \"a b.sql\" x='1 2'", "", "  # não 'fecha"};
        for (int i = 0; i < 4; i++) {
            Element line = (Element) spans.item(i);
            assertEquals("span", line.getTagName());
            assertEquals(classes[i], line.getAttribute("class"), texts[i]);
            assertEquals(texts[i], line.getTextContent(), "o texto como escrito (tab = 4 espaços)");
            assertTrue(line.getChildNodes().getLength() <= 1, "um texto só, sem elementos: o PDF o desenha em ordem");
        }
    }

    @Test
    void theLinesOfACommandContinuedOverSeveralAreKeptTogether() throws Exception {
        String code = "ls\npg_restore -d esus \\\n  --clean \\\n  x.backup\nls";
        NodeList bash = codeChildren(new Block.CodeBlock("bash", code));
        assertEquals(3, bash.getLength(), "ls, um comando de três linhas, ls");
        assertEquals("linha", ((Element) bash.item(0)).getAttribute("class"));
        Element command = (Element) bash.item(1);
        assertEquals("comando", command.getAttribute("class"), "mantido numa página só");
        assertEquals(3, command.getChildNodes().getLength());
        assertEquals("  x.backup", command.getChildNodes().item(2).getTextContent());

        NodeList ps = codeChildren(new Block.CodeBlock("powershell", "Copy-Item a `\n    \\\\servidor\\pasta\\\nls"));
        assertEquals(2, ps.getLength(), "um comando de duas linhas (a barra no fim não continua nada), ls");
        assertEquals(2, ps.item(0).getChildNodes().getLength());
        assertEquals(5, codeChildren(new Block.CodeBlock("text", code)).getLength(), "texto não é comando");
    }

    private static NodeList codeChildren(Block.CodeBlock block) throws Exception {
        return firstWithClass(parse(DocHtml.toXhtml(doc(false, block), null)), "pre", "codigo").getChildNodes();
    }

    @Test
    void theBrasaoSaysWhoseItIsWithTheSameTextAsTheDocx() throws Exception {
        Doc doc = OficioFixture.oficio(Path.of("brasao.png"));
        String xhtml = DocHtml.toXhtml(doc, "brasao.png");
        Document dom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
        NodeList imgs = dom.getElementsByTagName("img");
        assertEquals(1, imgs.getLength());
        assertEquals("Brasão da Prefeitura Municipal de Santo Amaro", ((Element) imgs.item(0)).getAttribute("alt"));
        assertEquals(doc.meta().brasaoAltText(), ((Element) imgs.item(0)).getAttribute("alt"));
    }
}
