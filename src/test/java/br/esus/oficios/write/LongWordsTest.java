package br.esus.oficios.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.doc.PageGeometry;
import br.esus.oficios.render.MarkdownToDoc;
import br.esus.oficios.write.docx.DocxWriter;
import br.esus.oficios.write.pdf.PdfWriter;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.junit.jupiter.api.Test;

/**
 * Long words, domains, e-mails and paths break at the margin, in paragraphs, tables, the letterhead and the footer,
 * and are never cut at the edge of the page: a 400-character word in the ofício, the 78-character domain the POP's
 * table of ofícios cut, a path in inline code, a footer with a long address, e-mail and site.
 */
class LongWordsTest {

    /** A word of 400 characters. */
    static final String PALAVRA = ("Ãção" + "WanderleyAlbuquerque".repeat(20)).substring(0, 400);
    /** A domain of 78 characters. */
    static final String DOMINIO = "esus-secretaria-municipal-de-saude-de-santo-amaro-da-bahi.santoamaro.ba.gov.br";
    static final String CAMINHO = "/opt/" + "InstalacaoDoPEC".repeat(13);
    static final String ENDERECO = "Avenida" + "ConselheiroSaraiva".repeat(11);
    /** An e-mail of 254 characters. */
    static final String EMAIL = "ti.saude.coordenacao.de.tecnologia.da.informacao.municipal@" + "e".repeat(63) + "."
            + "f".repeat(63) + "." + "g".repeat(46) + ".santoamaro.ba.gov.br";
    /** A site of 2,000 characters. */
    static final String SITE = "https://saude.santoamaro.ba.gov.br/" + "documentos".repeat(196) + "xxxxx";
    static final List<String> FOOTER = List.of(ENDERECO, "44200-000 Santo Amaro/BA",
            "(75) 3241-1234 · " + EMAIL + " · " + SITE);

    static Doc oficio(List<String> footer) throws Exception {
        String md = String.join("\n",
                "OFÍCIO Nº 12/2026/SMS/PMSA",
                "{.identificacao}",
                "",
                "Solicito a criação do subdomínio " + DOMINIO + ", pedido por " + PALAVRA + ".",
                "{.texto}",
                "",
                "| Documento | Para | Situação |",
                "|---|---|---|",
                "| Ofício nº 12/2026/SMS/PMSA | PRODEB | ofício de 23/11/2026, pedindo o registro A de " + DOMINIO
                        + " para 200.10.20.30 |",
                "| Ticket de ativação da prescrição digital | Suporte e-SUS APS | aguardando os pré-requisitos |",
                "",
                "| Item | Valor |",
                "|---|---|",
                "| Município | Santo Amaro/BA |",
                "",
                "1. Na pasta `" + CAMINHO + "`, confira:",
                "",
                "   | Item | Valor |",
                "   |---|---|",
                "   | Domínio | " + DOMINIO + " |",
                "   | Responsável | " + EMAIL + " |",
                "");
        DocMeta meta = new DocMeta("oficio-dominio", "Ofício", "Secretaria", "Assunto", List.of(),
                LocalDate.of(2026, 11, 23), true, List.of("Prefeitura Municipal de " + PALAVRA, "Secretaria"), footer,
                null);
        return new MarkdownToDoc().parse(md, meta);
    }

    @Test
    void thePdfBreaksLongWordsAtTheMarginAndKeepsTheFooterOnThePaper() throws Exception {
        assertEquals(400, PALAVRA.length());
        assertEquals(78, DOMINIO.length());
        assertEquals(254, EMAIL.length());
        assertEquals(2000, SITE.length());
        byte[] pdf = new PdfWriter((Path) null).write(oficio(FOOTER));
        List<PdfPages.Page> pages = PdfPages.read(pdf);
        List<String> outside = PdfPages.outside(pages, 10);
        assertTrue(outside.isEmpty(), () -> String.join("\n", outside));
        String footer = PdfPages.normal(String.join("", FOOTER));
        String drawn = PdfPages.withoutFooters("PDF", pages, footer, false);
        String sorted = PdfPages.withoutFooters("PDF", pages, footer, true);
        for (String v : List.of(PALAVRA, DOMINIO, CAMINHO, EMAIL)) {
            assertTrue(drawn.contains(v) || sorted.contains(v), "inteiro no PDF: " + v);
        }
    }

    @Test
    void theUsualFooterKeepsItsTwoCentimetresAndALongOneGetsTheRoomItNeeds() {
        List<String> usual = List.of("Rua General Câmara, 120, Centro", "44200-000 Santo Amaro/BA",
                "(75) 3241-1234 · saude@santoamaro.ba.gov.br");
        assertEquals(3, PageFooter.lines(usual));
        assertEquals(PageGeometry.BOTTOM_MARGIN, PageFooter.margin(usual, true), 1e-9);
        assertEquals(PageGeometry.BOTTOM_MARGIN, PageFooter.margin(usual, false), 1e-9);
        int lines = PageFooter.lines(FOOTER);
        assertTrue(lines > 20, "o site de 2.000 caracteres ocupa muitas linhas: " + lines);
        assertEquals(4 + 12 * 1.1 + 2 + lines * 9 * 1.15 + 6, PageFooter.margin(FOOTER, true), 1e-9);
        assertEquals(1, TableWidths.lineCount("curto", false, 9, 100, 1));
        assertEquals(3, TableWidths.lineCount("a ".repeat(3) + "W".repeat(20), false, 10, 100, 1),
                "uma palavra mais larga que a linha quebra em qualquer lugar, na linha seguinte");
    }

    @Test
    void theDocxFooterNeverReachesTheEdgeOfThePaper() throws Exception {
        for (List<String> footer : List.of(FOOTER, List.of("Rua A, 1", "44200-000 Santo Amaro/BA"))) {
            byte[] docx = new DocxWriter().write(oficio(footer));
            try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
                CTPageMar mar = d.getDocument().getBody().getSectPr().getPgMar();
                int bottom = ((BigInteger) mar.getBottom()).intValue();
                int distance = ((BigInteger) mar.getFooter()).intValue();
                double needed = PageFooter.height(footer, true) * 20;
                assertTrue(bottom - distance >= needed - 1, "o rodapé cabe na margem: " + (bottom - distance)
                        + " < " + needed);
                assertTrue(distance >= PageFooter.CLEARANCE * 20 - 1, "longe da borda do papel: " + distance);
                assertEquals(Math.max(1134, Math.ceil(PageFooter.margin(footer, true) * 20)), bottom, 0.5);
            }
        }
    }
}
