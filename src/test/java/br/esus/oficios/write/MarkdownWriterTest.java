package br.esus.oficios.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.doc.Inline;
import br.esus.oficios.doc.ParagraphStyle;
import br.esus.oficios.render.MarkdownToDoc;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownWriterTest {
    static final DocMeta PLAIN = new DocMeta("pop", "POP", "SMS", "s", List.of(), LocalDate.of(2026, 1, 1), false,
            List.of(), List.of(), null);
    static final DocMeta LETTER = new DocMeta("oficio-dominio", "Ofício", "SMS", "s", List.of(),
            LocalDate.of(2026, 1, 1), true, List.of("Prefeitura Municipal de Santo Amaro", "Secretaria Municipal de Saúde"),
            List.of("Rua A, 1", "44200-000 Santo Amaro/BA"), null);

    private final MarkdownWriter writer = new MarkdownWriter();
    private final MarkdownToDoc parser = new MarkdownToDoc();

    @Test
    void ofícioReadsAsPlainText() throws Exception {
        Doc doc = parser.parse("""
                OFÍCIO Nº 12/2026/SMS
                {.identificacao}

                Assunto: Solicitação de subdomínio gov.br.
                {.assunto}

                Um.
                {.texto}

                Dois.
                {.texto}

                Três.
                {.texto}

                MARIA\\
                Secretária
                {.assinatura}
                """, LETTER);
        assertEquals("""
                **Prefeitura Municipal de Santo Amaro**\\
                **Secretaria Municipal de Saúde**

                ---

                OFÍCIO Nº 12/2026/SMS

                **Assunto: Solicitação de subdomínio gov.br.**

                1. Um.

                2. Dois.

                3. Três.

                MARIA\\
                Secretária

                ---

                Rua A, 1\\
                44200-000 Santo Amaro/BA
                """, writer.toMarkdown(doc));
    }

    @Test
    void textThatLooksLikeMarkupRoundTrips() throws Exception {
        List<Inline> tricky = List.of(new Inline.Text("José *Silva* _x_ <b>oi</b> [a](b) `c` R&amp; a|b \\ ~~sem risco~~ fim"));
        List<Block> blocks = List.of(
                new Block.Paragraph(ParagraphStyle.NORMAL, 0, tricky),
                new Block.Paragraph(ParagraphStyle.NORMAL, 0, List.of(new Inline.Text("1. não é lista"))),
                new Block.Paragraph(ParagraphStyle.NORMAL, 0, List.of(new Inline.Text("# não é título"))),
                new Block.Paragraph(ParagraphStyle.NORMAL, 0, List.of(new Inline.Text("- nem item"))),
                new Block.Paragraph(ParagraphStyle.NORMAL, 0, List.of(new Inline.Text("> nem citação; a > b"))),
                new Block.Table(List.of(Block.Align.DEFAULT, Block.Align.RIGHT),
                        List.of(List.of(List.of(new Inline.Text("A")), List.of(new Inline.Text("B")))),
                        List.of(List.of(tricky, List.of(new Inline.Mark(Inline.Symbol.PENDENTE_ALTA))))),
                new Block.CodeBlock("", "pg_dump -p 5433 \\\n  -U postgres esus"),
                new Block.ListBlock(true, 3, List.of(
                        new Block.ListItem(List.of(new Block.Paragraph(ParagraphStyle.NORMAL, 0,
                                List.of(new Inline.Strong(List.of(new Inline.Text("negrito"))))))),
                        new Block.ListItem(List.of(new Block.Paragraph(ParagraphStyle.NORMAL, 0,
                                List.of(new Inline.Text("b"))),
                                new Block.ListBlock(false, 1, List.of(new Block.ListItem(List.of(
                                        new Block.Paragraph(ParagraphStyle.NORMAL, 0,
                                                List.of(new Inline.Text("sub")))))))))))
        );
        Doc doc = new Doc(PLAIN, blocks);
        String md = writer.toMarkdown(doc);
        Doc back = parser.parse(md, PLAIN);
        assertEquals(blocks, back.blocks(), md);
        assertTrue(md.contains("🚩"), md);
        assertTrue(md.contains("a > b"), "> no meio da linha não precisa de escape: " + md);
        assertTrue(md.contains("\\~\\~sem risco\\~\\~"), "o GitHub riscaria ~~x~~: " + md);
    }
}
