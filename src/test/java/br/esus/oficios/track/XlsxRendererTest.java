package br.esus.oficios.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.SituacaoVersao;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRendererTest {
    private static byte[] xlsx;

    @BeforeAll
    static void render(@TempDir Path dir) throws Exception {
        TrackFixture.writeSentLogs(dir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxRenderer().render(TrackFixture.matrix(TrackFixture.allFiles(), TrackFixture.catalog(), dir), out);
        xlsx = out.toByteArray();
    }

    private static XSSFWorkbook open() throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static String fill(XSSFCell c) {
        assertEquals(FillPatternType.SOLID_FOREGROUND, c.getCellStyle().getFillPattern());
        return HexFormat.of().withUpperCase().formatHex(c.getCellStyle().getFillForegroundColorColor().getRGB());
    }

    private static Row find(XSSFSheet sh, String municipio, String item) {
        for (Row r : sh) {
            if (r.getRowNum() > 0 && r.getCell(1).getStringCellValue().equals(municipio)
                    && r.getCell(2).getStringCellValue().equals(item)) {
                return r;
            }
        }
        throw new AssertionError(municipio + "/" + item + " not in " + sh.getSheetName());
    }

    @Test
    void summaryPlusOneSheetPerGroupPlusInvalidFiles() throws Exception {
        try (XSSFWorkbook wb = open()) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Resumo", "Versões do PEC", "Implantação", "Migração", "Integrações",
                    "Segurança e backup", "Arquivos inválidos"), names);
            XSSFSheet versoes = wb.getSheet("Versões do PEC");
            assertEquals(List.of("UF", "Município", "Versão do PEC", "Publicada", "Idade", "Situação",
                    "Desde / a partir de"), headers(versoes));
            assertEquals(TrackFixture.VERSAO, versoes.getRow(1).getCell(2).getStringCellValue());
            // Below the 5 municipalities and a blank row: one row per situation with how many are in it.
            int last = versoes.getLastRowNum();
            assertEquals("Em dia", versoes.getRow(last).getCell(1).getStringCellValue());
            assertEquals(5, (int) versoes.getRow(last).getCell(2).getNumericCellValue());
            assertEquals("Dados rejeitados", versoes.getRow(last - 4).getCell(1).getStringCellValue());
            assertEquals(0, (int) versoes.getRow(last - 4).getCell(2).getNumericCellValue());
            XSSFSheet resumo = wb.getSheet("Resumo");
            assertEquals(7, resumo.getLastRowNum(), "5 valid municipalities (none for the invalid file), a blank row, "
                    + "the totals");
            assertEquals("Cachoeira", resumo.getRow(1).getCell(1).getStringCellValue());
            assertEquals(6.0, resumo.getRow(1).getCell(4).getNumericCellValue(), "pendente-alta count");
            XSSFCell pct = resumo.getRow(4).getCell(6);
            assertEquals("Santo Amaro", resumo.getRow(4).getCell(1).getStringCellValue());
            assertEquals(0.55, pct.getNumericCellValue(), 1e-9);
            assertEquals("0%", pct.getCellStyle().getDataFormatString());
            assertEquals("FFC7CE", fill(resumo.getRow(0).getCell(4)), "header of the pendente-alta column is red");
            XSSFSheet inv = wb.getSheet("Arquivos inválidos");
            assertEquals(TrackFixture.invalidFile().errors().get(0).format(), inv.getRow(1).getCell(1)
                    .getStringCellValue());
        }
    }

    @Test
    void groupRowsAreMunicipalityTimesItemWithStatusFills() throws Exception {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet sh = wb.getSheet("Implantação");
            assertEquals(5 * 4, sh.getLastRowNum(), "5 municipalities × 4 implantação items");
            assertEquals(List.of("UF", "Município", "Item", "Título", "Status", "Data", "Responsável", "Observação",
                    "Enviado em", "Alerta"), headers(sh));
            Row dns = find(sh, "Santo Amaro", "dns_govbr");
            assertEquals("pendente (baixa prioridade)", dns.getCell(4).getStringCellValue());
            assertEquals("FFEB9C", fill((XSSFCell) dns.getCell(4)), "amber");
            assertTrue(DateUtil.isCellDateFormatted(dns.getCell(8)));
            assertEquals(LocalDate.of(2026, 11, 23), dns.getCell(8).getLocalDateTimeCellValue().toLocalDate());
            assertTrue(dns.getCell(9).getStringCellValue().contains("ainda diz pendente"));
            assertEquals("C6EFCE", fill((XSSFCell) find(sh, "Aracaju", "https").getCell(4)), "green");
            assertEquals("FFC7CE", fill((XSSFCell) find(sh, "Cachoeira", "https").getCell(4)), "red");
            Row firewall = find(wb.getSheet("Segurança e backup"), "Aracaju", "firewall");
            assertEquals("D9D9D9", fill((XSSFCell) firewall.getCell(4)), "grey");
            assertEquals("firewall da prefeitura", firewall.getCell(7).getStringCellValue());
        }
    }

    @Test
    void frozenHeaderAutoFilterAndWidthsOnEverySheet() throws Exception {
        try (XSSFWorkbook wb = open()) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet sh = wb.getSheetAt(i);
                PaneInformation pane = sh.getPaneInformation();
                assertTrue(pane != null && pane.isFreezePane(), sh.getSheetName());
                assertEquals(1, pane.getHorizontalSplitTopRow(), sh.getSheetName());
                assertTrue(sh.getCTWorksheet().isSetAutoFilter(), sh.getSheetName());
                int lastCol = sh.getRow(0).getLastCellNum() - 1;
                String ref = sh.getCTWorksheet().getAutoFilter().getRef();
                int lastDataRow = sh.getSheetName().equals("Resumo") ? sh.getLastRowNum() - 2
                        : sh.getSheetName().equals("Versões do PEC")
                                ? sh.getLastRowNum() - 1 - SituacaoVersao.Tipo.values().length
                                : sh.getLastRowNum();
                assertEquals("A1:" + (char) ('A' + lastCol) + (lastDataRow + 1), ref, sh.getSheetName());
            }
            XSSFSheet sh = wb.getSheet("Implantação");
            assertEquals(2, sh.getPaneInformation().getVerticalSplitLeftColumn(), "UF and município stay visible");
            assertTrue(sh.getColumnWidth(3) >= "Subdomínio gov.br (registro A)".length() * 256, "título fits");
            assertTrue(sh.getColumnWidth(0) < sh.getColumnWidth(3));
            assertTrue(sh.getColumnWidth(9) <= 63 * 256, "long alerts are capped");
        }
    }

    @Test
    void theSummaryEndsWithTotalsThatFollowTheFilter() throws Exception {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet resumo = wb.getSheet("Resumo");
            assertEquals(null, resumo.getRow(6), "a blank row keeps the totals out of the filter");
            Row total = resumo.getRow(7);
            assertEquals("Total", total.getCell(1).getStringCellValue());
            assertEquals("SUBTOTAL(109,E2:E6)", total.getCell(4).getCellFormula(), "only the rows the filter shows");
            ChecklistMatrix m = TrackFixture.matrix(TrackFixture.allFiles(), TrackFixture.catalog(), null);
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (br.esus.oficios.model.Status s : br.esus.oficios.model.Status.values()) {
                XSSFCell c = (XSSFCell) total.getCell(2 + s.ordinal());
                assertEquals((double) m.totals().get(s), c.getNumericCellValue(), "cached " + s);
                assertEquals((double) m.totals().get(s), evaluator.evaluate(c).getNumberValue(), "computed " + s);
            }
            XSSFCell pct = (XSSFCell) total.getCell(6);
            assertEquals(m.overallPercent() / 100.0, pct.getNumericCellValue(), 1e-9);
            assertEquals(m.overallPercent() / 100.0, evaluator.evaluate(pct).getNumberValue(), 1e-9);
            assertEquals("0%", pct.getCellStyle().getDataFormatString());
        }
    }

    private static List<String> headers(XSSFSheet sh) {
        List<String> h = new ArrayList<>();
        sh.getRow(0).forEach(c -> h.add(c.getStringCellValue()));
        return h;
    }
}
