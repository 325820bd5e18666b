package br.esus.oficios.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.ColumnStyle;
import br.esus.oficios.doc.Inline;

class TableWidthsTest {

    static final double W = TableWidths.TEXT_WIDTH;

    static Inline t(String s) {
        return new Inline.Text(s);
    }

    static List<List<Inline>> row(String... cells) {
        List<List<Inline>> r = new ArrayList<>();
        for (String c : cells) {
            r.add(c.isEmpty() ? List.of() : List.of(t(c)));
        }
        return r;
    }

    /** The checklist's section tables (templates/checklist.md.ftl), with the example's longest words. */
    static Block.Table secao(List<List<Inline>>... rows) {
        List<ColumnStyle> cols = new ArrayList<>(List.of(ColumnStyle.NORMAL, ColumnStyle.NORMAL, ColumnStyle.NORMAL,
                ColumnStyle.NORMAL, ColumnStyle.NORMAL, ColumnStyle.NORMAL, ColumnStyle.A_PREENCHER));
        List<Block.Align> aligns = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            aligns.add(i == 5 ? Block.Align.CENTER : Block.Align.DEFAULT);
        }
        return new Block.Table(aligns,
                List.of(row("Situação", "Item", "Data", "Responsável", "Observação", "Visita", "Anotações da visita")),
                List.of(rows), cols);
    }

    static List<List<Inline>> item(Inline.Symbol s, String label, String... rest) {
        List<List<Inline>> r = new ArrayList<>();
        r.add(List.of(new Inline.Mark(s), t("\u00A0" + label)));
        r.addAll(row(rest));
        r.add(List.of(new Inline.Mark(Inline.Symbol.CAIXA_VAZIA)));
        r.add(List.of());
        return r;
    }

    static final Block.Table IMPLANTACAO = secao(
            item(Inline.Symbol.CONCLUIDO, "concluído", "Cenário da implantação", "20/10/2026", "",
                    "migração do servidor antigo (Windows) para Linux"),
            item(Inline.Symbol.CONCLUIDO, "concluído", "Servidor e sistema operacional", "27/10/2026",
                    "Rafael Nunes Teixeira", ""),
            item(Inline.Symbol.PENDENTE_ALTA, "pendente (alta prioridade)", "Subdomínio gov.br apontando para o servidor",
                    "", "", "aguardando resposta ao ofício nº 12"));
    static final Block.Table MIGRACAO = secao(
            item(Inline.Symbol.PENDENTE_BAIXA, "pendente (baixa prioridade)", "Link da instalação atualizado", "", "",
                    ""));
    static final Block.Table SEGURANCA = secao(
            item(Inline.Symbol.CONCLUIDO, "concluído", "Arquivo credenciais.txt guardado", "", "Rafael Nunes Teixeira",
                    ""),
            item(Inline.Symbol.CONCLUIDO, "concluído", "Certificado RNDS/CADSUS instalado", "05/11/2026", "", ""),
            item(Inline.Symbol.PENDENTE_BAIXA, "pendente (baixa prioridade)", "Servidor de e-mail (SMTP)", "", "",
                    "aguardando conta de e-mail institucional"));

    @Test
    void measuresWithCarlitoWidths() {
        // Carlito's advance widths: "i" 470/2048 em, "W" 1822/2048 em; bold is wider.
        assertEquals(4.70 / 2.048, CarlitoWidths.of("i", false, 10), 1e-9);
        assertEquals(18.22 / 2.048, CarlitoWidths.of("W", false, 10), 1e-9);
        assertTrue(CarlitoWidths.of("Responsável", true, 10) > CarlitoWidths.of("Responsável", false, 10));
    }

    @Test
    void everyColumnHoldsItsWidestWordAndTheHandwritingColumnIsFourCentimetres() {
        double[] w = TableWidths.of(List.of(IMPLANTACAO, MIGRACAO, SEGURANCA), W);
        assertEquals(W, java.util.Arrays.stream(w).sum(), 1e-6);
        String[][] widest = {{"pendente", "prioridade)"}, {"credenciais.txt", "RNDS/CADSUS", "implantação"},
            {"20/10/2026"}, {"Teixeira"}, {"institucional", "(Windows)"}, {}, {}};
        for (int c = 0; c < widest.length; c++) {
            for (String word : widest[c]) {
                assertTrue(w[c] >= CarlitoWidths.of(word, false, 10) + TableWidths.CELL_EXTRA,
                        "coluna " + c + " cabe \"" + word + "\": " + w[c]);
            }
        }
        assertTrue(w[0] >= TableWidths.MARK + CarlitoWidths.of("\u00A0concluído", false, 10)
                + TableWidths.CELL_EXTRA, "a marca na linha de \"concluído\"");
        String[] header = {"Situação", "Item", "Data", "Responsável", "Observação", "Visita", "Anotações"};
        for (int c = 0; c < header.length; c++) {
            assertTrue(w[c] >= CarlitoWidths.of(header[c], true, 10) + TableWidths.CELL_EXTRA, header[c]);
        }
        assertEquals(4 / 2.54 * 72, w[6], 1e-6, "4 cm para escrever à mão");
    }

    /** A section of the checklist as templates/checklist.md.ftl writes it: the date with the status, names marked. */
    static Block.Table checklistSection(String nome, String observacao) {
        return new Block.Table(List.of(Block.Align.DEFAULT, Block.Align.DEFAULT, Block.Align.DEFAULT,
                Block.Align.DEFAULT, Block.Align.DEFAULT),
                List.of(row("Situação", "Item", "Responsável", "Observação", "Conferência na visita")),
                List.of(List.of(List.of(new Inline.Mark(Inline.Symbol.PENDENTE_ALTA), t("\u00A0pendente (alta prioridade)")),
                        List.of(t("Subdomínio gov.br apontando para o servidor")), List.of(t(nome)),
                        List.of(t(observacao)), List.of(new Inline.Mark(Inline.Symbol.CAIXA_VAZIA)))),
                List.of(ColumnStyle.NORMAL, ColumnStyle.NORMAL, ColumnStyle.NOMES, ColumnStyle.NORMAL,
                        ColumnStyle.A_PREENCHER));
    }

    @Test
    void aNameOfThreeWordsTakesTwoLinesAndObservationsReadAsLines() {
        String obs = "migração do servidor antigo (Windows Server 2012) para Linux Ubuntu 24.04, com o banco"
                + " transferido por cópia conferida e o servidor antigo guardado por trinta dias";
        for (String nome : List.of("Rafael Nunes Teixeira", "Francisco Wanderley Albuquerque")) {
            Block.Table t = checklistSection(nome, obs);
            double[] w = TableWidths.aligned(List.of(t, checklistSection("", ""))).get(t);
            assertEquals(1, java.util.Arrays.stream(w).sum(), 1e-9);
            assertEquals(2, TableWidths.lineCount(nome, false, 10, w[2] * W - TableWidths.CELL_EXTRA, 1), nome);
            // The observation gets at least as much as a name, and more than a few words a line: 3 cm or more.
            assertTrue(w[3] * W >= 3 / 2.54 * 72, "Observação: " + w[3] * W);
            assertTrue(w[4] * W >= TableWidths.A_PREENCHER_MIN - 1e-6 && w[4] * W <= TableWidths.A_PREENCHER + 1e-6,
                    "de 3 a 4 cm para escrever à mão: " + w[4] * W);
        }
        // With room to spare the handwriting column keeps its 4 cm.
        Block.Table small = checklistSection("Ana Lima", "ok");
        double[] w = TableWidths.aligned(List.of(small, checklistSection("", ""))).get(small);
        assertEquals(TableWidths.A_PREENCHER, w[4] * W, 1e-6);
    }

    @Test
    void aColumnToSignInIsFiveCentimetres() {
        Block.Table t = new Block.Table(List.of(Block.Align.DEFAULT, Block.Align.DEFAULT, Block.Align.DEFAULT,
                Block.Align.DEFAULT),
                List.of(List.of(List.of(t("Função")), List.of(t("Nome e cargo")), List.of(t("Assinatura")),
                        List.of(t("Data")))),
                List.of(List.of(List.of(t("Elaborado\u00A0por")), List.of(t("Rafael Nunes Teixeira, Coordenador")),
                        List.of(), List.of())),
                List.of(ColumnStyle.NORMAL, ColumnStyle.NORMAL, ColumnStyle.A_ASSINAR, ColumnStyle.A_PREENCHER));
        double[] w = TableWidths.of(t, W);
        assertEquals(5 / 2.54 * 72, w[2], 1e-6, "5 cm para assinar");
        assertEquals(4 / 2.54 * 72, w[3], 1e-6);
        assertTrue(w[0] >= CarlitoWidths.of("Elaborado\u00A0por", false, 10) + TableWidths.CELL_EXTRA,
                "a função numa linha só");
    }

    @Test
    void tablesWithTheSameHeaderShareTheirWidths() {
        Block.Table other = new Block.Table(List.of(Block.Align.LEFT), List.of(row("Outra")), List.of(row("x")));
        Map<Block.Table, double[]> aligned = TableWidths.aligned(List.of(IMPLANTACAO,
                new Block.Heading(2, List.of(t("Migração"))), MIGRACAO, other, SEGURANCA));
        assertEquals(3, aligned.size());
        assertSame(aligned.get(IMPLANTACAO), aligned.get(MIGRACAO));
        assertSame(aligned.get(IMPLANTACAO), aligned.get(SEGURANCA));
        assertNull(aligned.get(other), "uma tabela sozinha não se alinha a nada");
        double[] shared = aligned.get(MIGRACAO);
        assertEquals(1, java.util.Arrays.stream(shared).sum(), 1e-9);
        // Migração alone has no date: with the others its Data column is still wide enough for one.
        double[] alone = TableWidths.of(MIGRACAO, W);
        assertTrue(alone[2] < CarlitoWidths.of("20/10/2026", false, 10) + TableWidths.CELL_EXTRA);
        assertTrue(shared[2] * W >= CarlitoWidths.of("20/10/2026", false, 10) + TableWidths.CELL_EXTRA);
        assertNotSame(alone, shared);
    }

    @Test
    void roomLeftGoesByHowMuchMoreEachColumnWants() {
        Block.Table t = new Block.Table(List.of(Block.Align.LEFT, Block.Align.LEFT), List.of(row("A", "B")),
                List.of(row("curto", "um texto bem mais longo que não cabe numa linha só de jeito nenhum, nem em duas,"
                        + " porque continua por muito tempo e ainda mais um pouco para passar da largura da página")));
        double[] w = TableWidths.of(t, W);
        assertTrue(w[1] > 4 * w[0], w[0] + " " + w[1]);
        assertEquals(TableWidths.MIN_COLUMN, w[0], 1e-6, "o que a coluna curta pede (1,2 cm no mínimo)");
    }
}
