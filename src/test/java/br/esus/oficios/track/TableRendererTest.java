package br.esus.oficios.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableRendererTest {

    private static ChecklistMatrix matrix(Path out) throws Exception {
        TrackFixture.writeSentLogs(out);
        return TrackFixture.matrix(TrackFixture.allFiles(), TrackFixture.catalog(), out);
    }

    /** Display width of a line up to the end of {@code marker} (first occurrence). */
    private static int colEnd(String line, String marker) {
        int i = line.indexOf(marker);
        assertTrue(i >= 0, "«" + marker + "» not in: " + line);
        return DisplayWidth.of(line.substring(0, i + marker.length()));
    }

    @Test
    void oneAlignedRowPerMunicipalityMostUrgentFirst(@TempDir Path out) throws Exception {
        String t = new TableRenderer(false, false).text(matrix(out));
        List<String> lines = t.lines().toList();
        int h = lines.indexOf(lines.stream().filter(l -> l.startsWith("UF  Município")).findFirst().orElseThrow());
        List<String> rows = lines.subList(h + 2, h + 7);
        assertEquals(List.of("BA  Cachoeira", "SE  São Cristóvão", "PE  Olinda", "BA  Santo Amaro", "SE  Aracaju"),
                rows.stream().map(r -> r.substring(0, r.indexOf("  ", 4)).strip()).toList());
        int pct = colEnd(lines.get(h), "% concluído");
        int pend = colEnd(lines.get(h), "Pendência") - "Pendência".length();
        for (String r : rows) {
            assertEquals(pct, colEnd(r, "%"), "percent column aligned: " + r);
        }
        assertTrue(rows.get(0).contains("   6  ") && rows.get(0).endsWith("Instalação do PEC no servidor (sem data)"), rows.get(0));
        assertEquals(pend, DisplayWidth.of(rows.get(1).substring(0, rows.get(1).indexOf("Subdomínio gov.br (registro A) desde"))));
        assertTrue(rows.get(1).endsWith("Subdomínio gov.br (registro A) desde 01/10/2026; ofício enviado em 20/09/2026"), rows.get(1));
        String total = lines.get(h + 8);
        assertTrue(total.contains("Total (5 municípios)") && total.contains("28") && total.endsWith("53%"), total);
        assertEquals(pct, colEnd(total, "%"));
    }

    @Test
    void countsSitUnderTheirEmojiHeaders(@TempDir Path out) throws Exception {
        List<String> lines = new TableRenderer(false, false).text(matrix(out)).lines().toList();
        String header = lines.stream().filter(l -> l.startsWith("UF  Município")).findFirst().orElseThrow();
        String cachoeira = lines.stream().filter(l -> l.startsWith("BA  Cachoeira")).findFirst().orElseThrow();
        // Cachoeira: ✅ 0, ⏸️ 5, 🚩 6, ➖ 0 — each number right-aligned under its mark
        String[] marks = {"✅", "⏸️", "🚩", "➖"};
        String[] counts = {"0", "5", "6", "0"};
        int from = cachoeira.indexOf("Cachoeira") + "Cachoeira".length();
        for (int k = 0; k < marks.length; k++) {
            int at = cachoeira.indexOf(counts[k], from);
            from = at + 1;
            assertEquals(colEnd(header, marks[k]), DisplayWidth.of(cachoeira.substring(0, at + 1)), marks[k]);
        }
    }

    @Test
    void coloursOnlyWhenAskedAndTheyChangeNothingElse(@TempDir Path out) throws Exception {
        ChecklistMatrix m = matrix(out);
        String plain = new TableRenderer(true, false).text(m);
        String colour = new TableRenderer(true, true).text(m);
        assertFalse(plain.contains("\u001b"), "no escape codes without a terminal");
        assertTrue(colour.contains("\u001b[31m6\u001b[0m"), "pendente-alta count in red");
        assertEquals(plain, colour.replaceAll("\u001b\\[[0-9;]*m", ""));
    }

    @Test
    void detailsShowTheMatrixLegendSendsAndFlags(@TempDir Path out) throws Exception {
        String t = new TableRenderer(true, false).text(matrix(out));
        assertTrue(t.contains("4 = BA Santo Amaro"), t);
        String dns = t.lines().filter(l -> l.startsWith("dns_govbr ")).findFirst().orElseThrow();
        assertEquals(List.of("🚩", "🚩*", "✅", "⏸️!", "✅"), List.of(dns.substring("dns_govbr".length()).trim()
                .split(" +")));
        assertTrue(t.contains("Legenda: ✅ concluído   ⏸️ pendente (baixa prioridade)   🚩 pendente (alta prioridade)"
                + "   ➖ não se aplica"), t);
        assertTrue(t.contains("BA Santo Amaro — dns_govbr: ofício enviado em 23/11/2026 mas o YAML ainda diz "
                + "pendente: atualize o status ou registre a resposta"), t);
        assertTrue(t.contains("SE São Cristóvão — prescricao_digital: ticket enviado em 01/09/2026"), t);
        assertTrue(t.contains("[segurança e backup]"));
    }

    @Test
    void invalidFileListedApartWithFormattedProblems(@TempDir Path out) throws Exception {
        String t = new TableRenderer(false, false).text(matrix(out));
        String section = t.substring(t.indexOf("Arquivos inválidos (fora dos totais): 1"));
        assertTrue(section.contains(TrackFixture.invalidFile().errors().get(0).format()), section);
        assertTrue(section.contains(TrackFixture.invalidFile().errors().get(1).format()), section);
        assertFalse(t.substring(0, t.indexOf("Arquivos inválidos")).contains("feira"), "not among the rows");
    }

    @Test
    void noValidMunicipalitySaysSo() {
        ChecklistMatrix m = TrackFixture.matrix(List.of(TrackFixture.invalidFile()), TrackFixture.catalog(), null);
        String t = new TableRenderer(true, false).text(m);
        assertTrue(t.contains("Nenhum município válido para acompanhar."));
        assertTrue(t.contains("Arquivos inválidos (fora dos totais): 1"));
    }
}
