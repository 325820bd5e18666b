package br.esus.oficios.track;

import br.esus.oficios.model.ChecklistItem;
import br.esus.oficios.model.Status;
import br.esus.oficios.read.ReadResult;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One self-contained page (inline CSS and JavaScript, nothing from the network) with the summary, the alerts, the
 * matrix municipalities × items coloured by status, the invalid files, and a filter by UF and by status. The markup
 * is well-formed XML (XHTML syntax with the HTML5 doctype), so it can be checked with an XML parser.
 */
final class HtmlRenderer implements TextRenderer {

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:1.5rem;color:#1f1f1f}
            h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}
            table{border-collapse:collapse;margin:.5rem 0}
            th,td{border:1px solid #bbb;padding:.25rem .5rem;vertical-align:top}
            th{background:#f0f0f0;text-align:left}
            td.n{text-align:right}
            .matriz td{text-align:center;white-space:nowrap}
            .matriz th.item{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap}
            %s.apagado{opacity:.25}
            small{display:block;font-size:.75em;color:#444}
            .alerta{color:#8a5a00}.erro{color:#a00000}
            .filtros{margin:1rem 0;padding:.5rem;background:#f7f7f7;border:1px solid #ddd}
            .filtros label{margin-right:1.5rem}
            @media print{.filtros{display:none}}
            """;

    /** Two statuses a line: ".st-concluido{background:#C6EFCE}.st-pendente-baixa{background:#FFEB9C}". */
    private static String fills() {
        StringBuilder sb = new StringBuilder();
        for (Status s : Status.values()) {
            sb.append(".st-").append(s.yaml()).append("{background:#").append(StatusFill.rgb(s)).append('}');
            if (s.ordinal() % 2 == 1) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static final String JS = """
            (function () {
              var uf = document.getElementById('f-uf');
              var st = document.getElementById('f-status');
              function aplicar() {
                var u = uf.value, s = st.value;
                document.querySelectorAll('tr[data-uf]').forEach(function (tr) {
                  var okUf = !u || tr.getAttribute('data-uf') === u;
                  var okSt = !s || tr.getAttribute('data-status').split(' ').indexOf(s) !== -1;
                  tr.style.display = okUf && okSt ? '' : 'none';
                });
                document.querySelectorAll('td[data-st]').forEach(function (td) {
                  td.classList.toggle('apagado', !!s && td.getAttribute('data-st') !== s);
                });
                totais();
              }
              function totais() {
                var linhas = document.querySelectorAll('#resumo tbody tr');
                var soma = null, aplic = 0, n = 0;
                linhas.forEach(function (tr) {
                  if (tr.style.display === 'none') { return; }
                  var c = tr.getAttribute('data-contagem').split(' ').map(Number);
                  soma = soma ? soma.map(function (v, i) { return v + c[i]; }) : c;
                  aplic += c[0] + c[1] + c[2];
                  n++;
                });
                soma = soma || [0, 0, 0, 0];
                document.getElementById('t-nome').textContent =
                    'Total (' + n + (n === 1 ? ' município)' : ' municípios)');
                soma.forEach(function (v, i) { document.getElementById('t-' + i).textContent = v; });
                document.getElementById('t-pct').textContent =
                    (aplic === 0 ? 100 : Math.floor(soma[0] * 100 / aplic)) + '%';
              }
              uf.addEventListener('change', aplicar);
              st.addEventListener('change', aplicar);
            })();
            """;

    @Override
    public String text(ChecklistMatrix m) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"pt-BR\" xml:lang=\"pt-BR\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(esc(ViewPhrases.TITLE)).append("</title>\n")
                .append("<style>\n").append(CSS.formatted(fills())).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(esc(ViewPhrases.TITLE)).append("</h1>\n");
        filters(m, sb);
        summary(m, sb);
        versions(m, sb);
        alerts(m, sb);
        itemMatrix(m, sb);
        notes(m, sb);
        invalidFiles(m, sb);
        sb.append("<p class=\"legenda\">Legenda: ").append(esc(Marks.legenda(" · ")))
                .append(" · ").append(ViewPhrases.FLAG_LEGEND)
                .append(m.anyChecked() ? " ⚠️ " + ViewPhrases.CHECK_FLAG_LEGEND + "." : "").append("</p>\n");
        sb.append("<script>//<![CDATA[\n").append(JS).append("//]]></script>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static void filters(ChecklistMatrix m, StringBuilder sb) {
        sb.append("<div class=\"filtros\">\n<label>UF: <select id=\"f-uf\"><option value=\"\">todas</option>");
        for (String uf : m.ufs()) {
            sb.append("<option value=\"").append(esc(uf)).append("\">").append(esc(uf)).append("</option>");
        }
        sb.append("</select></label>\n<label>Status: <select id=\"f-status\"><option value=\"\">todos</option>");
        for (Status s : Status.values()) {
            sb.append("<option value=\"").append(s.yaml()).append("\">").append(esc(Marks.of(s) + " " + s.rotulo()))
                    .append("</option>");
        }
        sb.append("</select></label>\n<span>Mostra os municípios da UF e os que têm algum item no status escolhido."
                + "</span>\n</div>\n");
    }

    private static String rowAttrs(MunicipioProgress p) {
        Set<Status> present = EnumSet.noneOf(Status.class);
        p.items().forEach(i -> present.add(i.status()));
        List<String> st = present.stream().map(Status::yaml).toList();
        return " data-uf=\"" + esc(p.uf()) + "\" data-status=\"" + String.join(" ", st) + "\"";
    }

    /** The row's counts in {@link Status} order, which the page sums again for the rows a filter leaves. */
    private static String countsAttr(MunicipioProgress p) {
        List<String> c = new ArrayList<>();
        for (Status s : Status.values()) {
            c.add(String.valueOf(p.count(s)));
        }
        return " data-contagem=\"" + String.join(" ", c) + "\"";
    }

    private static void summary(ChecklistMatrix m, StringBuilder sb) {
        sb.append("<h2>Resumo</h2>\n");
        if (m.municipios().isEmpty()) {
            sb.append("<p>").append(esc(ViewPhrases.NO_VALID_MUNICIPIO)).append("</p>\n");
            return;
        }
        sb.append("<table id=\"resumo\">\n<thead><tr><th>UF</th><th>Município</th>");
        for (Status s : Status.values()) {
            sb.append("<th class=\"st-").append(s.yaml()).append("\" title=\"").append(esc(s.rotulo())).append("\">")
                    .append(Marks.of(s)).append("</th>");
        }
        sb.append("<th>").append(esc(ViewPhrases.PERCENT_DONE)).append("</th><th>").append(esc(ViewPhrases.OLDEST_HIGH_PENDING))
                .append("</th></tr></thead>\n<tbody>\n");
        for (MunicipioProgress p : m.municipios()) {
            sb.append("<tr").append(rowAttrs(p)).append(countsAttr(p)).append("><td>").append(esc(p.uf()))
                    .append("</td><td>").append(esc(p.name())).append("</td>");
            for (Status s : Status.values()) {
                sb.append("<td class=\"n\">").append(p.count(s)).append("</td>");
            }
            sb.append("<td class=\"n\">").append(p.percentDone()).append("%</td><td>")
                    .append(esc(ViewPhrases.oldestHighPending(p))).append("</td></tr>\n");
        }
        sb.append("</tbody>\n<tfoot><tr><th></th><th id=\"t-nome\">").append(esc(ViewPhrases.total(m.municipios().size())))
                .append("</th>");
        for (Status s : Status.values()) {
            sb.append("<th class=\"n\" id=\"t-").append(s.ordinal()).append("\">").append(m.totals().get(s))
                    .append("</th>");
        }
        sb.append("<th class=\"n\" id=\"t-pct\">").append(m.overallPercent())
                .append("%</th><th></th></tr></tfoot>\n</table>\n");
    }

    /** The PEC version of every municipality, most urgent first, and how many are in each situation. */
    private static void versions(ChecklistMatrix m, StringBuilder sb) {
        if (m.municipios().isEmpty()) {
            return;
        }
        sb.append("<h2>").append(esc(ViewPhrases.versionsTitle(m))).append("</h2>\n<table id=\"versoes\">\n<thead><tr>");
        ViewPhrases.VERSION_COLUMNS.forEach(c -> sb.append("<th>").append(esc(c)).append("</th>"));
        sb.append("</tr></thead>\n<tbody>\n");
        for (MunicipioProgress p : m.byVersionUrgency()) {
            sb.append("<tr").append(p.versao().alert() ? " class=\"alerta\"" : "").append(">");
            ViewPhrases.versionRow(p).forEach(c -> sb.append("<td>").append(esc(c)).append("</td>"));
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n<p>").append(esc(ViewPhrases.versionTotals(m))).append(".</p>\n");
    }

    private static void alerts(ChecklistMatrix m, StringBuilder sb) {
        if (!m.flagged().isEmpty() || !m.versionAlerts().isEmpty()) {
            sb.append("<h2>").append(esc(ViewPhrases.ALERTS)).append("</h2>\n<ul>\n");
            m.versionAlerts().forEach(p -> sb.append("<li class=\"alerta\"><strong>").append(esc(p.label()))
                    .append("</strong>, ").append(esc(ViewPhrases.versionLabel(p.versao()))).append(": ")
                    .append(esc(ViewPhrases.versionAlert(p.versao()))).append("</li>\n"));
            m.flagged().forEach(l -> sb.append("<li class=\"alerta\"><strong>").append(esc(l.municipio().label()))
                    .append("</strong>, <code>").append(esc(l.item().item().id())).append("</code>: ")
                    .append(esc(l.item().alert())).append("</li>\n"));
            sb.append("</ul>\n");
        }
    }

    private static void itemMatrix(ChecklistMatrix m, StringBuilder sb) {
        if (m.municipios().isEmpty()) {
            return;
        }
        List<ChecklistItem> items = m.catalog().itens();
        sb.append("<h2>Matriz: municípios × itens</h2>\n<table id=\"matriz\" class=\"matriz\">\n<thead><tr>")
                .append("<th rowspan=\"2\">UF</th><th rowspan=\"2\">Município</th>");
        for (String group : m.groups()) {
            sb.append("<th colspan=\"").append(m.itemsOf(group).size()).append("\">").append(esc(group))
                    .append("</th>");
        }
        sb.append("</tr>\n<tr>");
        for (String group : m.groups()) {
            for (int k : m.itemsOf(group)) {
                sb.append("<th class=\"item\" title=\"").append(esc(items.get(k).id())).append("\">")
                        .append(esc(items.get(k).titulo())).append("</th>");
            }
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (MunicipioProgress p : m.municipios()) {
            sb.append("<tr").append(rowAttrs(p)).append("><td>").append(esc(p.uf())).append("</td><th>")
                    .append(esc(p.name())).append("</th>");
            for (String group : m.groups()) {
                m.itemsOf(group).forEach(k -> cell(p.items().get(k), sb));
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }

    private static void cell(ItemState i, StringBuilder sb) {
        StringBuilder title = new StringBuilder(i.item().titulo()).append(": ").append(i.status().rotulo());
        if (!i.mentioned()) {
            title.append(" (padrão do catálogo)");
        }
        if (i.responsible() != null) {
            title.append("; responsável: ").append(i.responsible());
        }
        if (i.note() != null) {
            title.append("; ").append(i.note());
        }
        sb.append("<td class=\"st-").append(i.status().yaml()).append("\" data-st=\"").append(i.status().yaml())
                .append("\" title=\"").append(esc(title.toString())).append("\">").append(Marks.of(i.status()));
        if (i.flagged()) {
            sb.append(" ⚠️");
        }
        if (i.date() != null) {
            sb.append("<small>").append(DateText.br(i.date())).append("</small>");
        }
        if (i.send() != null) {
            sb.append("<small>").append(esc(ViewPhrases.sendNote(i))).append("</small>");
        }
        if (i.check() != null) {
            sb.append("<small>").append(esc(i.checkNote())).append("</small>");
        }
        sb.append("</td>");
    }

    /**
     * What the municipalities' files say of each item (date, responsible person, note), readable on paper and on a
     * phone, where the matrix's tooltips are not; the filters apply to it too.
     */
    private static void notes(ChecklistMatrix m, StringBuilder sb) {
        List<String> rows = new ArrayList<>();
        for (MunicipioProgress p : m.municipios()) {
            for (ItemState i : p.items()) {
                if (i.date() == null && i.responsible() == null && i.note() == null && i.send() == null
                        && i.check() == null) {
                    continue;
                }
                String note = i.note() == null ? "" : i.note();
                if (i.send() != null) {
                    String sent = ViewPhrases.sendNote(i);
                    note = note.isEmpty() ? sent : note + " (" + sent + ")";
                }
                if (i.check() != null) {
                    note = note.isEmpty() ? i.checkNote() : note + " (" + i.checkNote() + ")";
                }
                rows.add("<tr data-uf=\"" + esc(p.uf()) + "\" data-status=\"" + i.status().yaml() + "\"><td>"
                        + esc(p.uf()) + "</td><td>" + esc(p.name()) + "</td><td>" + esc(i.item().titulo())
                        + "</td><td class=\"st-" + i.status().yaml() + "\">" + esc(Marks.of(i.status()) + " "
                        + i.status().rotulo()) + (i.flagged() ? " ⚠️" : "") + "</td><td>" + DateText.br(i.date())
                        + "</td><td>" + esc(i.responsible()) + "</td><td>" + esc(note) + "</td></tr>");
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        sb.append("<h2>Anotações dos itens</h2>\n<table id=\"anotacoes\">\n<thead><tr><th>UF</th><th>Município</th>")
                .append("<th>Item</th><th>Status</th><th>Data</th><th>Responsável</th><th>Observação</th></tr>")
                .append("</thead>\n<tbody>\n");
        rows.forEach(r -> sb.append(r).append('\n'));
        sb.append("</tbody>\n</table>\n");
    }

    private static void invalidFiles(ChecklistMatrix m, StringBuilder sb) {
        if (m.invalidFiles().isEmpty()) {
            return;
        }
        sb.append("<h2 class=\"erro\">").append(esc(ViewPhrases.INVALID_FILES)).append(": ").append(m.invalidFiles().size())
                .append("</h2>\n<ul class=\"erro\">\n");
        for (ReadResult r : m.invalidFiles()) {
            sb.append("<li><code>").append(esc(String.valueOf(r.file()))).append("</code><ul>");
            ViewPhrases.problemLines(r).forEach(l -> sb.append("<li>").append(esc(l)).append("</li>"));
            sb.append("</ul></li>\n");
        }
        sb.append("</ul>\n");
    }

    /** Escapes text and attribute values; drops control characters that XML forbids. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r') {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        return sb.toString();
    }
}
