package br.esus.oficios.track;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.Status;
import br.esus.oficios.model.Uf;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRendererTest {

    /** A strict RFC 4180 reader with ';' as separator and CRLF records. */
    static List<List<String>> parse(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    f.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
                i++;
            } else if (c == '"') {
                assertEquals(0, f.length(), "quote in the middle of an unquoted field at " + i);
                quoted = true;
                i++;
            } else if (c == ';') {
                row.add(f.toString());
                f.setLength(0);
                i++;
            } else if (c == '\r') {
                assertEquals('\n', s.charAt(i + 1), "CR without LF at " + i);
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else {
                assertFalse(c == '\n', "bare LF at " + i);
                f.append(c);
                i++;
            }
        }
        assertTrue(row.isEmpty() && f.length() == 0, "last record must end with CRLF");
        return rows;
    }

    private static byte[] bytes(ChecklistMatrix m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvRenderer().render(m, out);
        return out.toByteArray();
    }

    @Test
    void excelFriendlyBomSemicolonCrlfOneRowPerMunicipalityAndItem(@TempDir Path dir) throws Exception {
        TrackFixture.writeSentLogs(dir);
        byte[] b = bytes(TrackFixture.matrix(TrackFixture.allFiles(), TrackFixture.catalog(), dir));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(b, 3), "UTF-8 BOM");
        String text = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = parse(text);
        assertEquals(List.of("uf", "municipio", "grupo", "item", "titulo", "status", "data", "responsavel",
                "observacao", "enviado_em", "alerta", "versao_pec", "versao_publicada", "versao_idade",
                "versao_situacao"), rows.get(0));
        assertEquals(1 + 5 * 11, rows.size(), "header + 5 valid municipalities × 11 items; the invalid file has none");
        assertTrue(rows.stream().allMatch(r -> r.size() == 15));
        assertEquals(List.of("BA", "Cachoeira", "implantação", "instalacao_pec", "Instalação do PEC no servidor",
                "pendente (alta prioridade)", "", "", "", "", "", TrackFixture.VERSAO, "01/11/2026"),
                rows.get(1).subList(0, 13), "the age and the situation depend on the day the test runs");
        List<String> dns = rows.stream().filter(r -> r.get(1).equals("Santo Amaro") && r.get(3).equals("dns_govbr"))
                .findFirst().orElseThrow();
        assertEquals("mantido domínio atual; aguardando ofício", dns.get(8));
        assertEquals("23/11/2026", dns.get(9));
        assertTrue(dns.get(10).startsWith("ofício enviado em 23/11/2026 mas o YAML ainda diz pendente"));
        List<String> fw = rows.stream().filter(r -> r.get(1).equals("Santo Amaro") && r.get(3).equals("firewall"))
                .findFirst().orElseThrow();
        assertEquals("Carlos \"Cacá\" Souza", fw.get(7));
        assertTrue(text.contains(";\"Carlos \"\"Cacá\"\" Souza\";"), "quotes doubled inside a quoted field");
        assertTrue(text.contains(";\"mantido domínio atual; aguardando ofício\";"), "';' forces quoting");
        List<String> backup = rows.stream().filter(r -> r.get(1).equals("Santo Amaro")
                && r.get(3).equals("backup_diario")).findFirst().orElseThrow();
        assertEquals("20/08/2026", backup.get(6));
        assertEquals("sem <disco> externo & sem nuvem", backup.get(8));
    }

    @Test
    void lineBreaksInsideAFieldAreQuoted() throws Exception {
        var m = TrackFixture.matrix(List.of(TrackFixture.valid("Irecê", Uf.BA, Map.of("https",
                TrackFixture.e(Status.CONCLUIDO, null, null, "linha 1\r\nlinha 2")))), TrackFixture.catalog(), null);
        String text = new String(bytes(m), StandardCharsets.UTF_8).substring(1);
        List<List<String>> rows = parse(text);
        assertEquals(12, rows.size());
        assertEquals("linha 1\r\nlinha 2", rows.get(2).get(8));
        assertEquals("Irecê", rows.get(2).get(1));
    }

    @Test
    void textThatExcelWouldRunAsAFormulaStaysText() throws Exception {
        var m = TrackFixture.matrix(List.of(TrackFixture.valid("Irecê", Uf.BA, Map.of("https",
                TrackFixture.e(Status.CONCLUIDO, null, "+55 74 99812-3456", "=HYPERLINK(\"http://x\";\"clique\")")))),
                TrackFixture.catalog(), null);
        List<List<String>> rows = parse(new String(bytes(m), StandardCharsets.UTF_8).substring(1));
        List<String> https = rows.stream().filter(r -> r.get(3).equals("https")).findFirst().orElseThrow();
        assertEquals("'+55 74 99812-3456", https.get(7));
        assertEquals("'=HYPERLINK(\"http://x\";\"clique\")", https.get(8));
        assertEquals("concluído", https.get(5), "o resto não muda");
    }
}
