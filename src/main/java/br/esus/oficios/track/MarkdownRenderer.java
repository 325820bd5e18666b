package br.esus.oficios.track;

import br.esus.oficios.model.ChecklistItem;
import br.esus.oficios.read.ReadResult;
import java.util.ArrayList;
import java.util.List;

/** The same view as the terminal table, as GitHub-flavoured Markdown tables. */
final class MarkdownRenderer implements TextRenderer {
    private final boolean details;

    MarkdownRenderer(boolean details) {
        this.details = details;
    }

    @Override
    public String text(ChecklistMatrix m) {
        StringBuilder sb = new StringBuilder("# ").append(ViewPhrases.TITLE).append("\n\n");
        if (m.municipios().isEmpty()) {
            sb.append(ViewPhrases.NO_VALID_MUNICIPIO).append("\n\n");
        } else {
            List<String> header = SummaryTable.header();
            row(header, sb);
            StringBuilder sep = new StringBuilder("|");
            for (int c = 0; c < header.size(); c++) {
                sep.append(SummaryTable.right(c) ? " ---: |" : " --- |");
            }
            sb.append(sep).append('\n');
            for (MunicipioProgress p : m.municipios()) {
                row(SummaryTable.row(p).stream().map(MarkdownRenderer::esc).toList(), sb);
            }
            row(SummaryTable.totals(m).stream().map(t -> t.isEmpty() ? t : "**" + t + "**").toList(), sb);
            sb.append("\nLegenda: ").append(Marks.legenda(" · ")).append(".\n\n");
            versions(m, sb);
        }
        if (!m.flagged().isEmpty() || !m.versionAlerts().isEmpty()) {
            sb.append("## ").append(ViewPhrases.ALERTS).append("\n\n");
            m.versionAlerts().forEach(p -> sb.append("- **").append(esc(p.label())).append("**, ")
                    .append(esc(ViewPhrases.versionLabel(p.versao()))).append(": ")
                    .append(esc(ViewPhrases.versionAlert(p.versao()))).append(".\n"));
            m.flagged().forEach(l -> sb.append("- **").append(esc(l.municipio().label())).append("**, `")
                    .append(l.item().item().id()).append("`: ").append(esc(l.item().alert())).append(".\n"));
            sb.append('\n');
        }
        if (details && !m.municipios().isEmpty()) {
            itemMatrix(m, sb);
        }
        if (!m.invalidFiles().isEmpty()) {
            sb.append("## ").append(ViewPhrases.INVALID_FILES).append("\n\n");
            for (ReadResult r : m.invalidFiles()) {
                sb.append("- `").append(code(String.valueOf(r.file()))).append("`\n");
                ViewPhrases.problemLines(r).forEach(l -> sb.append("  - ").append(esc(l)).append('\n'));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The PEC version of every municipality, most urgent first, and how many are in each situation. */
    private static void versions(ChecklistMatrix m, StringBuilder sb) {
        sb.append("## ").append(esc(ViewPhrases.versionsTitle(m))).append("\n\n");
        row(ViewPhrases.VERSION_COLUMNS, sb);
        sb.append("| --- |".repeat(1)).append(" --- |".repeat(ViewPhrases.VERSION_COLUMNS.size() - 1)).append('\n');
        for (MunicipioProgress p : m.byVersionUrgency()) {
            row(ViewPhrases.versionRow(p).stream().map(MarkdownRenderer::esc).toList(), sb);
        }
        sb.append('\n').append(esc(ViewPhrases.versionTotals(m))).append(".\n\n");
    }

    private static void itemMatrix(ChecklistMatrix m, StringBuilder sb) {
        sb.append("## Detalhes: itens × municípios\n\n");
        for (String group : m.groups()) {
            sb.append("### ").append(esc(group)).append("\n\n");
            List<String> header = new ArrayList<>(List.of("Item"));
            m.municipios().forEach(p -> header.add(esc(p.label())));
            row(header, sb);
            sb.append("| --- |").append(" :---: |".repeat(m.municipios().size())).append('\n');
            for (int k : m.itemsOf(group)) {
                ChecklistItem item = m.catalog().itens().get(k);
                List<String> r = new ArrayList<>(List.of("`" + item.id() + "` " + esc(item.titulo())));
                for (MunicipioProgress p : m.municipios()) {
                    ItemState i = p.items().get(k);
                    String cell = Marks.of(i.status());
                    if (i.date() != null) {
                        cell += " " + DateText.br(i.date());
                    }
                    if (i.send() != null) {
                        cell += "<br>" + esc(ViewPhrases.sendNote(i));
                    }
                    if (i.check() != null) {
                        cell += "<br>" + esc(i.checkNote());
                    }
                    if (i.flagged()) {
                        cell += " ⚠️";
                    }
                    r.add(cell);
                }
                row(r, sb);
            }
            sb.append('\n');
        }
        sb.append("Legenda: ").append(Marks.legenda(" · ")).append(" · ").append(ViewPhrases.FLAG_LEGEND)
                .append(m.anyChecked() ? " ⚠️ " + ViewPhrases.CHECK_FLAG_LEGEND + "." : "").append("\n\n");
    }

    private static void row(List<String> cells, StringBuilder sb) {
        sb.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    /** Escapes text for a GFM table cell or a list item: Markdown punctuation, pipes and HTML. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (char c : s.replace('\n', ' ').replace('\r', ' ').toCharArray()) {
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '#', '|', '~' -> sb.append('\\').append(c);
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String code(String s) {
        return s.replace("`", "'");
    }
}
