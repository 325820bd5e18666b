package br.esus.oficios.track;

import br.esus.oficios.model.Status;
import br.esus.oficios.read.ReadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The terminal view: one row per municipality with aligned columns (widths counted in terminal columns, so emoji
 * take two), alerts, invalid files and, with {@code --detalhes}, the matrix items × municipalities. ANSI colours only
 * when {@code colours} is true.
 */
final class TableRenderer implements TextRenderer {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String DIM = "\u001b[2m";

    private final boolean details;
    private final boolean colours;

    TableRenderer(boolean details, boolean colours) {
        this.details = details;
        this.colours = colours;
    }

    /** A cell: plain text (used to measure) and an optional colour. */
    private record Cell(String text, String color, boolean right) {
        static Cell l(String t) {
            return new Cell(t, null, false);
        }

        static Cell r(String t) {
            return new Cell(t, null, true);
        }
    }

    @Override
    public String text(ChecklistMatrix m) {
        StringBuilder sb = new StringBuilder();
        sb.append(paint(ViewPhrases.TITLE, BOLD)).append("\n\n");
        if (m.municipios().isEmpty()) {
            sb.append(ViewPhrases.NO_VALID_MUNICIPIO).append('\n');
        } else {
            summary(m, sb);
            versions(m, sb);
        }
        alerts(m, sb);
        if (details && !m.municipios().isEmpty()) {
            itemMatrix(m, sb);
        }
        invalidFiles(m, sb);
        return sb.toString();
    }

    private void summary(ChecklistMatrix m, StringBuilder sb) {
        List<List<Cell>> rows = new ArrayList<>();
        for (MunicipioProgress p : m.municipios()) {
            rows.add(cells(SummaryTable.row(p), c -> colour(p, c)));
        }
        table(cells(SummaryTable.header(), c -> null), rows, cells(SummaryTable.totals(m), c -> null), sb);
        sb.append('\n').append(paint("Legenda: " + Marks.legenda("   "), DIM)).append('\n');
    }

    /** The summary's cells, aligned as {@link SummaryTable#right} says and coloured by {@code colour}. */
    private static List<Cell> cells(List<String> texts, IntFunction<String> colour) {
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < texts.size(); c++) {
            cells.add(new Cell(texts.get(c), colour.apply(c), SummaryTable.right(c)));
        }
        return cells;
    }

    /** Red for a count of pendente-alta items, green for 100% done. */
    private static String colour(MunicipioProgress p, int c) {
        if (c == SummaryTable.FIRST_COUNT + Status.PENDENTE_ALTA.ordinal() && p.count(Status.PENDENTE_ALTA) > 0) {
            return RED;
        }
        return c == SummaryTable.PERCENT && p.percentDone() == 100 ? GREEN : null;
    }

    private void table(List<Cell> header, List<List<Cell>> rows, List<Cell> footer, StringBuilder sb) {
        List<List<Cell>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        if (footer != null) {
            all.add(footer);
        }
        int[] w = new int[header.size()];
        for (List<Cell> row : all) {
            for (int i = 0; i < row.size(); i++) {
                w[i] = Math.max(w[i], DisplayWidth.of(row.get(i).text()));
            }
        }
        line(header, w, BOLD, sb);
        rule(w, sb);
        rows.forEach(r -> line(r, w, null, sb));
        if (footer != null) {
            rule(w, sb);
            line(footer, w, BOLD, sb);
        }
    }

    private void line(List<Cell> row, int[] w, String rowColor, StringBuilder sb) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            Cell c = row.get(i);
            String padded = c.right() ? DisplayWidth.padLeft(c.text(), w[i]) : DisplayWidth.padRight(c.text(), w[i]);
            if (i > 0) {
                l.append("  ");
            }
            String color = c.color() != null ? c.color() : rowColor;
            if (color != null && colours && !c.text().isEmpty()) {
                int pad = padded.length() - c.text().length();
                l.append(c.right() ? padded.substring(0, pad) + paint(c.text(), color)
                        : paint(c.text(), color) + padded.substring(c.text().length()));
            } else {
                l.append(padded);
            }
        }
        sb.append(l.toString().stripTrailing()).append('\n');
    }

    private static void rule(int[] w, StringBuilder sb) {
        int total = 0;
        for (int x : w) {
            total += x;
        }
        sb.append("─".repeat(total + 2 * (w.length - 1))).append('\n');
    }

    /** The PEC version of every municipality, most urgent first, and how many are in each situation. */
    private void versions(ChecklistMatrix m, StringBuilder sb) {
        sb.append('\n').append(paint(ViewPhrases.versionsTitle(m), BOLD)).append('\n');
        List<List<Cell>> rows = new ArrayList<>();
        for (MunicipioProgress p : m.byVersionUrgency()) {
            List<Cell> row = new ArrayList<>();
            ViewPhrases.versionRow(p).forEach(t -> row.add(Cell.l(t)));
            String colour = switch (p.versao().tipo()) {
                case DADOS_REJEITADOS, REJEICAO_PROXIMA -> RED;
                case FORA_DA_TABELA, SEM_SUPORTE -> YELLOW;
                case EM_DIA -> GREEN;
            };
            row.set(row.size() - 1, new Cell(p.versao().text(), colour, false));
            rows.add(row);
        }
        table(ViewPhrases.VERSION_COLUMNS.stream().map(Cell::l).toList(), rows, null, sb);
        sb.append(ViewPhrases.versionTotals(m)).append('\n');
    }

    private void alerts(ChecklistMatrix m, StringBuilder sb) {
        List<String> lines = new ArrayList<>();
        m.versionAlerts().forEach(p -> lines.add(p.label() + " — " + ViewPhrases.versionLabel(p.versao()) + ": "
                + ViewPhrases.versionAlert(p.versao())));
        m.flagged().forEach(l -> lines.add(l.municipio().label() + " — " + l.item().item().id() + ": "
                + l.item().alert()));
        if (!lines.isEmpty()) {
            sb.append('\n').append(paint(ViewPhrases.ALERTS + " (" + lines.size() + ")", BOLD + YELLOW)).append('\n');
            lines.forEach(l -> sb.append("  ").append(paint(l, YELLOW)).append('\n'));
        }
    }

    private void itemMatrix(ChecklistMatrix m, StringBuilder sb) {
        List<MunicipioProgress> ms = m.municipios();
        sb.append('\n').append(paint("Detalhes: itens × municípios", BOLD)).append('\n');
        for (int j = 0; j < ms.size(); j++) {
            sb.append(String.format("  %2d = %s %s%n", j + 1, ms.get(j).uf(), ms.get(j).name()));
        }
        sb.append('\n');
        List<Cell> header = new ArrayList<>(List.of(Cell.l("Item")));
        for (int j = 0; j < ms.size(); j++) {
            header.add(Cell.l(String.valueOf(j + 1)));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (String group : m.groups()) {
            List<Cell> g = new ArrayList<>(List.of(new Cell("[" + group + "]", DIM, false)));
            ms.forEach(p -> g.add(Cell.l("")));
            rows.add(g);
            for (int k : m.itemsOf(group)) {
                List<Cell> row = new ArrayList<>(List.of(Cell.l(m.catalog().itens().get(k).id())));
                for (MunicipioProgress p : ms) {
                    ItemState i = p.items().get(k);
                    String suffix = i.sendUncertain() ? "?" : i.flagged() ? "!"
                            : i.send() != null ? "*" : "";
                    row.add(new Cell(Marks.of(i.status()) + suffix, i.flagged() ? YELLOW : null, false));
                }
                rows.add(row);
            }
        }
        table(header, rows, null, sb);
        sb.append('\n').append(paint("Legenda: " + Marks.legenda("   "), DIM)).append('\n');
        sb.append(paint("          * documento enviado   ! enviado, mas o YAML ainda diz pendente   ? envio incerto (o "
                + "servidor não confirmou)", DIM)).append('\n');
        if (m.anyChecked()) {
            sb.append(paint("          ! " + ViewPhrases.CHECK_FLAG_LEGEND, DIM)).append('\n');
        }
        List<String> sends = m.sent().stream()
                .map(l -> l.municipio().label() + " — " + l.item().item().id() + ": " + ViewPhrases.sendNote(l.item()))
                .toList();
        if (!sends.isEmpty()) {
            sb.append('\n').append(paint("Envios registrados", BOLD)).append('\n');
            sends.forEach(l -> sb.append("  ").append(l).append('\n'));
        }
        if (m.anyChecked()) {
            sb.append('\n').append(paint(ViewPhrases.CHECKS, BOLD)).append('\n');
            m.checked().forEach(l -> sb.append("  ").append(l.municipio().label()).append(" — ")
                    .append(l.item().item().id()).append(": ").append(l.item().checkNote()).append('\n'));
        }
    }

    private void invalidFiles(ChecklistMatrix m, StringBuilder sb) {
        if (m.invalidFiles().isEmpty()) {
            return;
        }
        sb.append('\n').append(paint(ViewPhrases.INVALID_FILES + ": " + m.invalidFiles().size(), BOLD + RED))
                .append('\n');
        for (ReadResult r : m.invalidFiles()) {
            ViewPhrases.problemLines(r).forEach(l -> sb.append("  ").append(paint(l, RED)).append('\n'));
        }
    }

    private String paint(String s, String color) {
        return colours && color != null ? color + s + RESET : s;
    }
}
