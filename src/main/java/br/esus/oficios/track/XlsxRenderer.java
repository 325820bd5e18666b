package br.esus.oficios.track;

import br.esus.oficios.model.SituacaoVersao;
import br.esus.oficios.model.Status;
import br.esus.oficios.read.ReadResult;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The workbook a coordinator filters: a "Resumo" sheet (one row per municipality, most urgent first) and one sheet
 * per group with one row per municipality × item, so that the auto-filter on UF, município, item and status answers
 * "who still lacks X?" and "what does Y still lack?". Status cells are filled green/amber/red/grey, the header row is
 * frozen (with UF and município on the group sheets), every sheet has an auto-filter, and column widths follow the
 * content. Invalid files get their own sheet. Streams rows (SXSSF), so memory stays flat for thousands of rows.
 */
final class XlsxRenderer implements MatrixRenderer {
    private static final String SUMMARY_SHEET = "Resumo";
    private static final String INVALID_SHEET = "Arquivos inválidos";
    private static final String VERSIONS_SHEET = "Versões do PEC";

    private static final List<String> ITEM_COLUMNS = List.of("UF", "Município", "Item", "Título", "Status", "Data",
            "Responsável", "Observação", "Enviado em", "Alerta");

    @Override
    public void render(ChecklistMatrix m, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        wb.setCompressTempFiles(true);
        try {
            Styles st = new Styles(wb);
            summary(wb, st, m);
            Set<String> names = new HashSet<>(Set.of(SUMMARY_SHEET.toLowerCase(Locale.ROOT)));
            if (!m.municipios().isEmpty()) {
                versions(wb, st, m, uniqueName(VERSIONS_SHEET, names));
            }
            for (String group : m.groups()) {
                group(wb, st, m, group, uniqueName(group, names));
            }
            if (!m.invalidFiles().isEmpty()) {
                invalidFiles(wb, st, m);
            }
            wb.write(out);
            out.flush();
        } finally {
            wb.close(); // also deletes the temporary files
        }
    }

    private static void summary(SXSSFWorkbook wb, Styles st, ChecklistMatrix m) {
        SXSSFSheet sh = wb.createSheet(SUMMARY_SHEET);
        List<String> cols = new ArrayList<>(List.of("UF", "Município"));
        for (Status s : Status.values()) {
            cols.add(capital(s.rotulo()));
        }
        cols.addAll(List.of(ViewPhrases.PERCENT_DONE, ViewPhrases.OLDEST_HIGH_PENDING, "Desde", ViewPhrases.ALERTS));
        Widths w = header(sh, st, cols);
        for (int c = 0; c < Status.values().length; c++) {
            sh.getRow(0).getCell(2 + c).setCellStyle(st.headerStatus.get(Status.values()[c]));
        }
        int r = 1;
        for (MunicipioProgress p : m.municipios()) {
            Row row = sh.createRow(r++);
            int c = 0;
            w.text(row, c++, p.uf(), null);
            w.text(row, c++, p.name(), null);
            for (Status s : Status.values()) {
                w.number(row, c++, p.count(s), null);
            }
            Cell pct = row.createCell(c++);
            pct.setCellValue(p.percentDone() / 100.0);
            pct.setCellStyle(st.percent);
            ItemState oldest = p.oldestHighPending().orElse(null);
            w.text(row, c++, oldest == null ? "" : oldest.item().id() + " — " + oldest.item().titulo(), null);
            w.date(row, c++, oldest == null ? null : oldest.date(), st.date);
            w.text(row, c++, String.join("; ", p.flagged().stream().map(i -> i.item().id() + ": "
                    + i.alert()).toList()), null);
        }
        finish(sh, w, cols.size(), r, 0, 2);
        totals(sh, st, m, r);
    }

    /**
     * The totals row, one blank row below the data (outside the filter's range). SUBTOTAL(109, …) sums only the rows
     * a filter leaves, so the totals follow what the coordinator filters; the values of the whole matrix are stored
     * as the formulas' cached results, for readers that do not recalculate.
     */
    private static void totals(SXSSFSheet sh, Styles st, ChecklistMatrix m, int dataRows) {
        Row row = sh.createRow(dataRows + 1);
        Cell label = row.createCell(1);
        label.setCellValue("Total"); // of the rows the filter shows; the count would not follow it
        label.setCellStyle(st.header);
        int n = Status.values().length;
        for (int k = 0; k < n; k++) {
            String col = CellReference.convertNumToColString(2 + k);
            Cell cell = row.createCell(2 + k);
            cell.setCellFormula("SUBTOTAL(109," + col + "2:" + col + Math.max(2, dataRows) + ")");
            cell.setCellValue(m.totals().get(Status.values()[k]));
            cell.setCellStyle(st.header);
        }
        String done = CellReference.convertNumToColString(2) + (dataRows + 2);
        String applicable = CellReference.convertNumToColString(2) + (dataRows + 2) + ":"
                + CellReference.convertNumToColString(2 + n - 2) + (dataRows + 2);
        Cell pct = row.createCell(2 + n);
        // Rounded down, as every other view shows it.
        pct.setCellFormula("IF(SUM(" + applicable + ")=0,1,ROUNDDOWN(" + done + "*100/SUM(" + applicable + "),0)/100)");
        pct.setCellValue(m.overallPercent() / 100.0);
        pct.setCellStyle(st.headerPercent);
    }

    private static void group(SXSSFWorkbook wb, Styles st, ChecklistMatrix m, String group, String name) {
        SXSSFSheet sh = wb.createSheet(name);
        boolean checks = m.anyChecked();
        List<String> columns = new ArrayList<>(ITEM_COLUMNS);
        if (checks) {
            columns.add("Conferência");
        }
        Widths w = header(sh, st, columns);
        int r = 1;
        for (MunicipioProgress p : m.municipios()) {
            for (int k : m.itemsOf(group)) {
                ItemState i = p.items().get(k);
                Row row = sh.createRow(r++);
                int c = 0;
                w.text(row, c++, p.uf(), null);
                w.text(row, c++, p.name(), null);
                w.text(row, c++, i.item().id(), null);
                w.text(row, c++, i.item().titulo(), null);
                w.text(row, c++, i.status().rotulo(), st.status.get(i.status()));
                w.date(row, c++, i.date(), st.date);
                w.text(row, c++, i.responsible(), null);
                w.text(row, c++, i.note(), null);
                w.date(row, c++, i.confirmedSentOn(), st.date);
                w.text(row, c++, i.alert(), null);
                if (checks) {
                    w.text(row, c++, i.checkNote(), null);
                }
            }
        }
        finish(sh, w, columns.size(), r, 2, 2);
    }

    /**
     * The PEC version of every municipality, most urgent first; "Desde" is the day the situation began or begins.
     * Below the data, one blank row and then how many municipalities are in each situation.
     */
    private static void versions(SXSSFWorkbook wb, Styles st, ChecklistMatrix m, String name) {
        SXSSFSheet sh = wb.createSheet(name);
        List<String> cols = new ArrayList<>(ViewPhrases.VERSION_COLUMNS);
        cols.add("Desde / a partir de");
        Widths w = header(sh, st, cols);
        int r = 1;
        for (MunicipioProgress p : m.byVersionUrgency()) {
            Row row = sh.createRow(r++);
            int c = 0;
            w.text(row, c++, p.uf(), null);
            w.text(row, c++, p.name(), null);
            w.text(row, c++, p.versao().versao().texto(), null);
            w.date(row, c++, p.versao().publicada() == null ? null : p.versao().publicada().publicada(), st.date);
            w.text(row, c++, p.versao().age(), null);
            w.text(row, c++, p.versao().text(), null);
            w.date(row, c++, p.versao().data(), st.date);
        }
        finish(sh, w, cols.size(), r, 2, 2);
        int t = r + 1;
        for (Map.Entry<SituacaoVersao.Tipo, Integer> e : m.versionTotals().entrySet()) {
            Row row = sh.createRow(t++);
            w.text(row, 1, capital(e.getKey().label()), st.header);
            w.number(row, 2, e.getValue(), st.header);
        }
    }

    private static void invalidFiles(SXSSFWorkbook wb, Styles st, ChecklistMatrix m) {
        SXSSFSheet sh = wb.createSheet(INVALID_SHEET);
        List<String> cols = List.of("Arquivo", "Problema");
        Widths w = header(sh, st, cols);
        int r = 1;
        for (ReadResult rr : m.invalidFiles()) {
            for (String p : ViewPhrases.problemLines(rr)) {
                Row row = sh.createRow(r++);
                w.text(row, 0, String.valueOf(rr.file()), null);
                w.text(row, 1, p, null);
            }
        }
        finish(sh, w, cols.size(), r, 0, 0);
    }

    private static Widths header(SXSSFSheet sh, Styles st, List<String> cols) {
        Widths w = new Widths(cols.size());
        Row row = sh.createRow(0);
        for (int c = 0; c < cols.size(); c++) {
            w.text(row, c, cols.get(c), st.header);
        }
        return w;
    }

    private static void finish(SXSSFSheet sh, Widths w, int ncols, int nrows, int frozenCols, int minWidth) {
        sh.createFreezePane(frozenCols, 1);
        sh.setAutoFilter(new CellRangeAddress(0, Math.max(0, nrows - 1), 0, ncols - 1));
        for (int c = 0; c < ncols; c++) {
            // +2 for the filter button, capped so long notes wrap in the formula bar instead
            sh.setColumnWidth(c, Math.min(60, Math.max(minWidth, w.max[c]) + 3) * 256);
        }
    }

    /** Writes cells and remembers the longest text of each column. */
    private static final class Widths {
        final int[] max;

        Widths(int n) {
            max = new int[n];
        }

        void text(Row row, int c, String v, CellStyle style) {
            Cell cell = row.createCell(c);
            cell.setCellValue(v == null ? "" : v);
            if (style != null) {
                cell.setCellStyle(style);
            }
            max[c] = Math.max(max[c], v == null ? 0 : v.length());
        }

        void number(Row row, int c, int v, CellStyle style) {
            Cell cell = row.createCell(c);
            cell.setCellValue(v);
            if (style != null) {
                cell.setCellStyle(style);
            }
            max[c] = Math.max(max[c], String.valueOf(v).length());
        }

        void date(Row row, int c, LocalDate d, CellStyle style) {
            Cell cell = row.createCell(c);
            if (d != null) {
                cell.setCellValue(d);
                cell.setCellStyle(style);
            }
            max[c] = Math.max(max[c], 10);
        }
    }

    /** The workbook's styles, made once (a workbook holds a limited number). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle date;
        final CellStyle percent;
        final CellStyle headerPercent;
        final Map<Status, CellStyle> status = new EnumMap<>(Status.class);
        final Map<Status, CellStyle> headerStatus = new EnumMap<>(Status.class);

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            headerPercent = wb.createCellStyle();
            headerPercent.cloneStyleFrom(header);
            headerPercent.setDataFormat(percent.getDataFormat());
            for (Status s : Status.values()) {
                XSSFCellStyle cs = (XSSFCellStyle) wb.createCellStyle();
                fill(cs, s);
                status.put(s, cs);
                XSSFCellStyle hs = (XSSFCellStyle) wb.createCellStyle();
                hs.cloneStyleFrom(header);
                fill(hs, s);
                headerStatus.put(s, hs);
            }
        }

        private static void fill(XSSFCellStyle cs, Status s) {
            cs.setFillForegroundColor(new XSSFColor(hex(StatusFill.rgb(s)), null));
            cs.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
    }

    private static byte[] hex(String rgb) {
        return new byte[] {(byte) Integer.parseInt(rgb.substring(0, 2), 16),
                (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }

    /** A valid, unique sheet name: "Implantação", "Segurança e backup" (31 characters at most). */
    private static String uniqueName(String group, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(capital(group == null || group.isBlank() ? "Sem grupo" : group));
        String name = base;
        for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.forLanguageTag("pt-BR")) + s.substring(1);
    }
}
