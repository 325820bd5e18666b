package br.esus.oficios.track;

import br.esus.oficios.model.Status;
import br.esus.oficios.read.ReadResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The terminal view: one row per municipality with aligned columns (widths counted in terminal columns, so emoji
 * take two), alerts, invalid files and, with {@code --detalhes}, the matrix items × municipalities. ANSI colours only
 * when {@code cores} is true.
 */
final class TableRenderer implements MatrixRenderer {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String DIM = "\u001b[2m";

    private final boolean detalhes;
    private final boolean cores;

    TableRenderer(boolean detalhes, boolean cores) {
        this.detalhes = detalhes;
        this.cores = cores;
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
    public void render(ChecklistMatrix m, OutputStream out) throws IOException {
        out.write(text(m).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    String text(ChecklistMatrix m) {
        StringBuilder sb = new StringBuilder();
        sb.append(paint(Textos.TITULO, BOLD)).append("\n\n");
        if (m.municipios().isEmpty()) {
            sb.append(Textos.NENHUM_VALIDO).append('\n');
        } else {
            resumo(m, sb);
        }
        alertas(m, sb);
        if (detalhes && !m.municipios().isEmpty()) {
            matriz(m, sb);
        }
        invalidos(m, sb);
        return sb.toString();
    }

    private void resumo(ChecklistMatrix m, StringBuilder sb) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> header = new ArrayList<>(List.of(Cell.l("UF"), Cell.l("Município")));
        for (Status s : Status.values()) {
            header.add(Cell.r(Marks.of(s)));
        }
        header.add(Cell.r(Textos.CONCLUIDO));
        header.add(Cell.l(Textos.PENDENCIA));
        for (MunicipioProgress p : m.municipios()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.l(p.uf()), Cell.l(p.nome())));
            for (Status s : Status.values()) {
                int c = p.count(s);
                row.add(new Cell(String.valueOf(c), s == Status.PENDENTE_ALTA && c > 0 ? RED : null, true));
            }
            int pct = p.percentual();
            row.add(new Cell(pct + "%", pct == 100 ? GREEN : null, true));
            row.add(Cell.l(Textos.pendencia(p)));
            rows.add(row);
        }
        List<Cell> total = new ArrayList<>(List.of(Cell.l(""), Cell.l(Textos.total(m.municipios().size()))));
        for (Status s : Status.values()) {
            total.add(Cell.r(String.valueOf(m.totais().get(s))));
        }
        total.add(Cell.r(m.percentualGeral() + "%"));
        total.add(Cell.l(""));
        table(header, rows, total, sb);
        sb.append('\n').append(paint("Legenda: " + Marks.legenda("   "), DIM)).append('\n');
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
            if (color != null && cores && !c.text().isEmpty()) {
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

    private void alertas(ChecklistMatrix m, StringBuilder sb) {
        List<String> lines = new ArrayList<>();
        for (MunicipioProgress p : m.municipios()) {
            for (ItemState i : p.alertas()) {
                lines.add(p.uf() + " " + p.nome() + " — " + i.item().id() + ": " + i.alertaTexto());
            }
        }
        if (!lines.isEmpty()) {
            sb.append('\n').append(paint(Textos.ALERTAS + " (" + lines.size() + ")", BOLD + YELLOW)).append('\n');
            lines.forEach(l -> sb.append("  ").append(paint(l, YELLOW)).append('\n'));
        }
    }

    private void matriz(ChecklistMatrix m, StringBuilder sb) {
        List<MunicipioProgress> ms = m.municipios();
        sb.append('\n').append(paint("Detalhes: itens × municípios", BOLD)).append('\n');
        for (int j = 0; j < ms.size(); j++) {
            sb.append(String.format("  %2d = %s %s%n", j + 1, ms.get(j).uf(), ms.get(j).nome()));
        }
        sb.append('\n');
        List<Cell> header = new ArrayList<>(List.of(Cell.l("Item")));
        for (int j = 0; j < ms.size(); j++) {
            header.add(Cell.l(String.valueOf(j + 1)));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (String grupo : m.grupos()) {
            List<Cell> g = new ArrayList<>(List.of(new Cell("[" + grupo + "]", DIM, false)));
            ms.forEach(p -> g.add(Cell.l("")));
            rows.add(g);
            for (int k = 0; k < m.catalog().itens().size(); k++) {
                if (!m.catalog().itens().get(k).grupo().equals(grupo)) {
                    continue;
                }
                List<Cell> row = new ArrayList<>(List.of(Cell.l(m.catalog().itens().get(k).id())));
                for (MunicipioProgress p : ms) {
                    ItemState i = p.itens().get(k);
                    String suffix = i.envio() != null && i.envio().uncertain() ? "?" : i.alerta() ? "!"
                            : i.envio() != null ? "*" : "";
                    row.add(new Cell(Marks.of(i.status()) + suffix, i.alerta() ? YELLOW : null, false));
                }
                rows.add(row);
            }
        }
        table(header, rows, null, sb);
        sb.append('\n').append(paint("Legenda: " + Marks.legenda("   "), DIM)).append('\n');
        sb.append(paint("          * documento enviado   ! enviado, mas o YAML ainda diz pendente   ? envio incerto (o "
                + "servidor não confirmou)", DIM)).append('\n');
        List<String> envios = new ArrayList<>();
        for (MunicipioProgress p : ms) {
            for (ItemState i : p.enviados()) {
                envios.add(p.uf() + " " + p.nome() + " — " + i.item().id() + ": " + Textos.enviado(i, ""));
            }
        }
        if (!envios.isEmpty()) {
            sb.append('\n').append(paint("Envios registrados", BOLD)).append('\n');
            envios.forEach(l -> sb.append("  ").append(l).append('\n'));
        }
    }

    private void invalidos(ChecklistMatrix m, StringBuilder sb) {
        if (m.invalidos().isEmpty()) {
            return;
        }
        sb.append('\n').append(paint(Textos.INVALIDOS + ": " + m.invalidos().size(), BOLD + RED)).append('\n');
        for (ReadResult r : m.invalidos()) {
            Textos.problemas(r).forEach(l -> sb.append("  ").append(paint(l, RED)).append('\n'));
        }
    }

    private String paint(String s, String color) {
        return cores && color != null ? color + s + RESET : s;
    }
}
