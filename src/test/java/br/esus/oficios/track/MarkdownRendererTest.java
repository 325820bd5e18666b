package br.esus.oficios.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.Status;
import br.esus.oficios.model.Uf;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownRendererTest {

    /** Splits a GFM table row on unescaped pipes. */
    static List<String> cells(String row) {
        String inner = row.strip();
        inner = inner.substring(1, inner.length() - 1);
        return List.of(inner.split("(?<!\\\\)\\|", -1)).stream().map(String::strip).toList();
    }

    @Test
    void summaryIsAGfmTableWithOneRowPerMunicipalityAndTotals(@TempDir Path dir) throws Exception {
        TrackFixture.writeSentLogs(dir);
        String md = new MarkdownRenderer(false).text(TrackFixture.matrix(TrackFixture.allFiles(),
                TrackFixture.catalog(), dir));
        List<String> table = md.lines().dropWhile(l -> !l.startsWith("| UF |")).takeWhile(l -> l.startsWith("|"))
                .toList();
        assertEquals(2 + 5 + 1, table.size(), md);
        assertEquals(List.of("UF", "Município", "✅", "⏸️", "🚩", "➖", "% concluído", "Pendência alta mais antiga"),
                cells(table.get(0)));
        assertEquals(List.of("---", "---", "---:", "---:", "---:", "---:", "---:", "---"), cells(table.get(1)));
        assertEquals(List.of("SE", "São Cristóvão", "5", "3", "3", "0", "45%",
                "Subdomínio gov.br (registro A) desde 01/10/2026; ofício enviado em 20/09/2026"), cells(table.get(3)));
        assertTrue(table.get(7).contains("**Total (5 municípios)**"));
        assertTrue(md.contains("## Alertas"));
        assertTrue(md.contains("## Arquivos inválidos (fora dos totais)"));
        assertFalse(md.contains("## Detalhes"), "only with --detalhes");
    }

    @Test
    void detailsPerGroupWithEscapedCells() {
        var m = TrackFixture.matrix(List.of(TrackFixture.valid("Barra | Mansa", Uf.BA, Map.of("https",
                TrackFixture.e(Status.CONCLUIDO, TrackFixture.d(2026, 3, 2), null, null)))),
                TrackFixture.catalog(), null);
        String md = new MarkdownRenderer(true).text(m);
        assertTrue(md.contains("### segurança e backup"));
        String header = md.lines().filter(l -> l.startsWith("| Item |")).findFirst().orElseThrow();
        assertEquals(List.of("Item", "BA Barra \\| Mansa"), cells(header));
        String https = md.lines().filter(l -> l.startsWith("| `https`")).findFirst().orElseThrow();
        assertEquals("✅ 02/03/2026", cells(https).get(1));
    }
}
