package br.esus.oficios.send;

import static br.esus.oficios.send.MailFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.doc.Inline;
import br.esus.oficios.doc.ParagraphStyle;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocTextTest {
    private static Doc doc(Block... blocks) {
        return new Doc(new DocMeta("x", "T", "A", "S", List.of(), LocalDate.of(2026, 1, 1), false, List.of(),
                List.of(), null), List.of(blocks));
    }

    @Test
    void oficioReadsLikeTheDocument() {
        String t = DocText.render(MailFixtures.oficio());
        assertTrue(t.startsWith("Prefeitura Municipal de Santo Amaro\nSecretaria Municipal de Saúde\n\n"
                + "OFÍCIO Nº 12/2026/SMS/PMSA\n\nSanto Amaro, 23 de novembro de 2026.\n\n"
                + "Ao Senhor\nFulano de Tal\nDiretor-Presidente\n\nAssunto: Solicitação de subdomínio gov.br.\n\n"
                + "Senhor Diretor-Presidente,\n\n1. Solicito a criação"), t);
        assertTrue(t.contains("\n2. Registro A: 200.10.20.30 & dados <da> instituição:\n"), t);
        assertTrue(t.contains("\nItem  Valor\n----  ------------------\nCNPJ  13.000.000/0001-00\nIPv4  200.10.20.30\n"),
                t);
        assertTrue(t.contains("\n3. Coloco-me à disposição.\n\nAtenciosamente,\n\nMARIA DA CONCEIÇÃO SOUZA\n"), t);
        assertTrue(t.endsWith("--\nPraça da Purificação, s/n – 44200-000 Santo Amaro/BA\n(75) 3241-0000\n"), t);
    }

    @Test
    void listsLinksAndMarks() {
        String t = DocText.render(MailFixtures.ticket());
        assertEquals("Solicitamos a ativação da prescrição digital.\n\n"
                + "- URL: https://esus.santoamaro.ba.gov.br\n"
                + "- [concluído] certificado digital integrado\n", t);
        String o = DocText.render(doc(new Block.ListBlock(true, 3, List.of(
                new Block.ListItem(List.of(new Block.Paragraph(ParagraphStyle.NORMAL, 0,
                        List.of(new Inline.Link("https://a.gov.br/x", text("manual")),
                                new Inline.Mark(Inline.Symbol.PENDENTE_ALTA)))))))));
        assertEquals("3. manual <https://a.gov.br/x>[pendente (alta prioridade)]\n", o);
    }

    @Test
    void wideTablesBecomeItemValueLines() {
        String longValue = "x".repeat(80);
        String t = DocText.render(doc(new Block.Table(List.of(Block.Align.LEFT, Block.Align.RIGHT),
                List.of(List.of(text("Item"), text("Valor"))),
                List.of(List.of(text("Endereço"), text(longValue)), List.of(text("CEP"), text("44200-000"))))));
        assertEquals("Item: Endereço\nValor: " + longValue + "\n\nItem: CEP\nValor: 44200-000\n", t);
        assertFalse(t.contains("|"));
    }

    @Test
    void htmlIsEscapedStyledInlineAndHasNoImages() {
        String h = DocMailHtml.render(MailFixtures.oficio());
        assertTrue(h.contains("dados &lt;da&gt; instituição"), h);
        assertTrue(h.contains(" &amp; "), h);
        assertFalse(h.contains("<da>"));
        assertFalse(h.contains("<img"));
        assertFalse(h.contains("<style"));
        assertTrue(h.contains("font-family:Calibri,Carlito"), h);
        assertTrue(h.contains("color:#000000"), h);
        assertTrue(h.contains("text-align:justify;text-indent:2.5cm;\">1.&nbsp;&nbsp;Solicito"), h);
        assertTrue(h.contains("<strong>Assunto: Solicitação de subdomínio gov.br.</strong>"), h);
        assertTrue(h.contains("<td style=\"border:1px solid #000000;padding:2pt 4pt;vertical-align:top;"
                + "text-align:left;\">13.000.000/0001-00</td>"), h);
    }

    @Test
    void htmlDropsUnsafeLinks() {
        String h = DocMailHtml.render(doc(new Block.Paragraph(ParagraphStyle.NORMAL, 0,
                List.of(new Inline.Link("javascript:alert(1)", text("clique")),
                        new Inline.Link("https://a.gov.br/?a=1&b=\"2\"", text("ok"))))));
        assertFalse(h.contains("javascript:"), h);
        assertTrue(h.contains("clique"));
        assertTrue(h.contains("href=\"https://a.gov.br/?a=1&amp;b=&quot;2&quot;\""), h);
    }
}
