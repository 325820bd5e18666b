package br.esus.oficios.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.ColumnStyle;
import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.doc.Inline;
import br.esus.oficios.doc.ParagraphStyle;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownToDocTest {
    static final DocMeta META = new DocMeta("oficio-dominio", "Ofício", "SMS", "assunto", List.of(),
            LocalDate.of(2026, 11, 23), true, List.of("Prefeitura"), List.of("Rua"), null);

    private final MarkdownToDoc parser = new MarkdownToDoc();

    @Test
    void paragraphClassesBecomeStyles() throws Exception {
        Doc doc = parser.parse("""
                OFÍCIO Nº 12/2026/SMS
                {.identificacao}

                Santo Amaro, 1º de março de 2026.
                {.data}

                Ao Senhor\\
                Fulano de Tal\\
                Diretor-Presidente
                {.enderecamento}

                Assunto: Solicitação de subdomínio gov.br.
                {.assunto}

                Texto comum.
                """, META);
        List<Block> b = doc.blocks();
        assertEquals(5, b.size());
        assertEquals(new Block.Paragraph(ParagraphStyle.IDENTIFICACAO, 0,
                List.of(new Inline.Text("OFÍCIO Nº 12/2026/SMS"))), b.get(0));
        assertEquals(ParagraphStyle.DATA, ((Block.Paragraph) b.get(1)).style());
        assertEquals(List.of(new Inline.Text("Ao Senhor"), new Inline.LineBreak(), new Inline.Text("Fulano de Tal"),
                new Inline.LineBreak(), new Inline.Text("Diretor-Presidente")), ((Block.Paragraph) b.get(2)).content());
        assertEquals(ParagraphStyle.ASSUNTO, ((Block.Paragraph) b.get(3)).style());
        assertEquals(ParagraphStyle.NORMAL, ((Block.Paragraph) b.get(4)).style());
    }

    @Test
    void textoParagraphsAreNumberedOnlyFromThree() throws Exception {
        String two = "Um.\n{.texto}\n\nDois.\n{.texto}\n\nAtenciosamente,\n{.fecho}\n";
        assertTrue(parser.parse(two, META).blocks().stream()
                .allMatch(x -> ((Block.Paragraph) x).number() == 0));
        Doc three = parser.parse("Senhor Diretor,\n{.vocativo}\n\n" + "Um.\n{.texto}\n\nDois.\n{.texto}\n\nTrês.\n{.texto}\n\n"
                + "Atenciosamente,\n{.fecho}\n", META);
        List<Integer> numbers = three.blocks().stream().map(x -> ((Block.Paragraph) x).number()).toList();
        assertEquals(List.of(0, 1, 2, 3, 0), numbers);
    }

    @Test
    void escapedMarkupStaysText() throws Exception {
        Doc doc = parser.parse("José \\*Silva\\* \\_x\\_ \\<b\\> \\{.data\\} 1\\. R\\&amp; \\[a\\](b)\n", META);
        assertEquals(List.of(new Inline.Text("José *Silva* _x_ <b> {.data} 1. R&amp; [a](b)")),
                ((Block.Paragraph) doc.blocks().get(0)).content());
    }

    @Test
    void unknownClassIsATemplateError() {
        MarkdownException e = assertThrows(MarkdownException.class, () -> parser.parse("x\n{.naoexiste}\n", META));
        assertTrue(e.getMessage().startsWith("classe de parágrafo desconhecida {.naoexiste}"), e.getMessage());
        assertTrue(e.getMessage().contains(".interna"), e.getMessage());
    }

    @Test
    void internaMarksAParagraphForWhoeverPrintsItAloneOrWithAStyle() throws Exception {
        Doc doc = parser.parse("""
                Chamado a abrir no suporte.
                {.nota .interna}

                **Assunto:** copie para o chamado
                {.interna}

                Um.
                {.texto}

                Dois.
                {.texto .interna}

                Três.
                {.texto}

                Para todos.
                {.nota}
                """, META);
        List<Block.Paragraph> p = doc.blocks().stream().map(Block.Paragraph.class::cast).toList();
        assertEquals(new Block.Paragraph(ParagraphStyle.NOTA, 0, List.of(new Inline.Text("Chamado a abrir no suporte.")),
                true), p.get(0));
        assertEquals(ParagraphStyle.NORMAL, p.get(1).style());
        assertTrue(p.get(1).internal());
        assertEquals(List.of(1, 2, 3), p.subList(2, 5).stream().map(Block.Paragraph::number).toList(),
                "numbered like any texto paragraph");
        assertEquals(List.of(false, true, false, false), p.subList(2, 6).stream().map(Block.Paragraph::internal)
                .toList());
    }

    @Test
    void aHeaderCellGivesItsColumnAClass() throws Exception {
        Doc doc = parser.parse("""
                | Item | Anotações da visita {.a-preencher} |
                |---|---|
                | HTTPS |  |
                """, META);
        Block.Table t = (Block.Table) doc.blocks().get(0);
        assertEquals(List.of(ColumnStyle.NORMAL, ColumnStyle.A_PREENCHER), t.columns());
        assertEquals(List.of(new Inline.Text("Anotações da visita")), t.header().get(0).get(1), "classe fora do texto");
        MarkdownException e = assertThrows(MarkdownException.class,
                () -> parser.parse("| A {.larga} |\n|---|\n| x |\n", META));
        assertTrue(e.getMessage().startsWith("classe de coluna desconhecida {.larga}"), e.getMessage());
        assertTrue(e.getMessage().contains(".a-preencher"), e.getMessage());
    }

    /** {@code {.inteira}} on a heading keeps its section on one page; a column {@code {.a-assinar}} is to sign in. */
    @Test
    void aWholeSectionAndAColumnToSignIn() throws Exception {
        Doc doc = parser.parse("""
                ## 8. Histórico

                Texto.

                ## 9. Aprovações {.inteira}

                | Função | Assinatura {.a-assinar} | Data {.a-preencher} |
                |---|---|---|
                | Aprovado&nbsp;por | | |

                Distribuição.

                ### 9.1 Dentro

                ## 10. Depois
                """, META);
        List<Block> b = doc.blocks();
        assertEquals(new Block.Heading(2, List.of(new Inline.Text("8. Histórico")), false), b.get(0));
        assertEquals(new Block.Heading(2, List.of(new Inline.Text("9. Aprovações")), true), b.get(2),
                "classe fora do texto");
        Block.Table t = (Block.Table) b.get(3);
        assertEquals(List.of(ColumnStyle.NORMAL, ColumnStyle.A_ASSINAR, ColumnStyle.A_PREENCHER), t.columns());
        assertEquals(List.of(new Inline.Text("Aprovado\u00A0por")), t.rows().get(0).get(0), "espaço que não quebra");
        assertEquals(6, Block.Heading.sectionEnd(b, 2), "até o próximo título de mesmo nível, com o 9.1 dentro");
        assertEquals(6, Block.Heading.sectionEnd(b, 5));
        assertEquals(7, Block.Heading.sectionEnd(b, 6), "o último vai até o fim");
        MarkdownException e = assertThrows(MarkdownException.class, () -> parser.parse("## A {.larga}\n", META));
        assertTrue(e.getMessage().startsWith("classe de título desconhecida {.larga}"), e.getMessage());
    }

    @Test
    void tablesListsCodeAndMarks() throws Exception {
        Doc doc = parser.parse("""
                # POP

                1. Primeiro
                2. Segundo
                   - sub

                ```bash
                pg_dump -p 5433
                ```

                | Status | Item |
                |:---:|---|
                | ✅ | HTTPS |
                | ⏸️ | DNS |
                | 🚩 | Backup |
                | ➖ | Hórus |
                | ☐ | |
                """, META);
        assertInstanceOf(Block.Heading.class, doc.blocks().get(0));
        Block.ListBlock list = (Block.ListBlock) doc.blocks().get(1);
        assertTrue(list.ordered());
        assertEquals(2, list.items().size());
        assertInstanceOf(Block.ListBlock.class, list.items().get(1).blocks().get(1));
        assertEquals(new Block.CodeBlock("bash", "pg_dump -p 5433"), doc.blocks().get(2));
        Block.Table t = (Block.Table) doc.blocks().get(3);
        assertEquals(List.of(Block.Align.CENTER, Block.Align.DEFAULT), t.alignments());
        assertEquals(List.of(new Inline.Mark(Inline.Symbol.CONCLUIDO)), t.rows().get(0).get(0));
        assertEquals(List.of(new Inline.Mark(Inline.Symbol.PENDENTE_BAIXA)), t.rows().get(1).get(0));
        assertEquals(List.of(new Inline.Mark(Inline.Symbol.PENDENTE_ALTA)), t.rows().get(2).get(0));
        assertEquals(List.of(new Inline.Mark(Inline.Symbol.NAO_SE_APLICA)), t.rows().get(3).get(0));
        assertEquals(List.of(new Inline.Mark(Inline.Symbol.CAIXA_VAZIA)), t.rows().get(4).get(0));
        assertEquals(List.of(), t.rows().get(4).get(1));
    }
}
