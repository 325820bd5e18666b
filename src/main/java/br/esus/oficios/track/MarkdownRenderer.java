package br.esus.oficios.track;

import br.esus.oficios.model.ChecklistItem;
import br.esus.oficios.model.Status;
import br.esus.oficios.read.ReadResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The same view as the terminal table, as GitHub-flavoured Markdown tables. */
final class MarkdownRenderer implements MatrixRenderer {
    private final boolean detalhes;

    MarkdownRenderer(boolean detalhes) {
        this.detalhes = detalhes;
    }

    @Override
    public void render(ChecklistMatrix m, OutputStream out) throws IOException {
        out.write(text(m).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    String text(ChecklistMatrix m) {
        StringBuilder sb = new StringBuilder("# ").append(Textos.TITULO).append("\n\n");
        if (m.municipios().isEmpty()) {
            sb.append(Textos.NENHUM_VALIDO).append("\n\n");
        } else {
            List<String> header = new ArrayList<>(List.of("UF", "Município"));
            List<Boolean> right = new ArrayList<>(List.of(false, false));
            for (Status s : Status.values()) {
                header.add(Marks.of(s));
                right.add(true);
            }
            header.add(Textos.CONCLUIDO);
            right.add(true);
            header.add(Textos.PENDENCIA);
            right.add(false);
            row(header, sb);
            StringBuilder sep = new StringBuilder("|");
            right.forEach(r -> sep.append(r ? " ---: |" : " --- |"));
            sb.append(sep).append('\n');
            for (MunicipioProgress p : m.municipios()) {
                List<String> r = new ArrayList<>(List.of(esc(p.uf()), esc(p.nome())));
                for (Status s : Status.values()) {
                    r.add(String.valueOf(p.count(s)));
                }
                r.add(p.percentual() + "%");
                r.add(esc(Textos.pendencia(p)));
                row(r, sb);
            }
            List<String> t = new ArrayList<>(List.of("", "**" + Textos.total(m.municipios().size()) + "**"));
            for (Status s : Status.values()) {
                t.add("**" + m.totais().get(s) + "**");
            }
            t.add("**" + m.percentualGeral() + "%**");
            t.add("");
            row(t, sb);
            sb.append("\nLegenda: ").append(Marks.legenda(" · ")).append(".\n\n");
        }
        List<String> alertas = new ArrayList<>();
        for (MunicipioProgress p : m.municipios()) {
            for (ItemState i : p.alertas()) {
                alertas.add("- **" + esc(p.uf() + " " + p.nome()) + "**, `" + i.item().id() + "`: "
                        + esc(i.alertaTexto()) + ".");
            }
        }
        if (!alertas.isEmpty()) {
            sb.append("## ").append(Textos.ALERTAS).append("\n\n");
            alertas.forEach(a -> sb.append(a).append('\n'));
            sb.append('\n');
        }
        if (detalhes && !m.municipios().isEmpty()) {
            matriz(m, sb);
        }
        if (!m.invalidos().isEmpty()) {
            sb.append("## ").append(Textos.INVALIDOS).append("\n\n");
            for (ReadResult r : m.invalidos()) {
                sb.append("- `").append(code(String.valueOf(r.file()))).append("`\n");
                Textos.problemas(r).forEach(l -> sb.append("  - ").append(esc(l)).append('\n'));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void matriz(ChecklistMatrix m, StringBuilder sb) {
        sb.append("## Detalhes: itens × municípios\n\n");
        for (String grupo : m.grupos()) {
            sb.append("### ").append(esc(grupo)).append("\n\n");
            List<String> header = new ArrayList<>(List.of("Item"));
            m.municipios().forEach(p -> header.add(esc(p.uf() + " " + p.nome())));
            row(header, sb);
            sb.append("| --- |").append(" :---: |".repeat(m.municipios().size())).append('\n');
            List<ChecklistItem> itens = m.catalog().itens();
            for (int k = 0; k < itens.size(); k++) {
                if (!itens.get(k).grupo().equals(grupo)) {
                    continue;
                }
                List<String> r = new ArrayList<>(List.of("`" + itens.get(k).id() + "` " + esc(itens.get(k).titulo())));
                for (MunicipioProgress p : m.municipios()) {
                    ItemState i = p.itens().get(k);
                    String cell = Marks.of(i.status());
                    if (i.data() != null) {
                        cell += " " + Datas.br(i.data());
                    }
                    if (i.envio() != null) {
                        cell += "<br>" + esc(Textos.enviado(i, "").strip());
                    }
                    if (i.alerta()) {
                        cell += " ⚠️";
                    }
                    r.add(cell);
                }
                row(r, sb);
            }
            sb.append('\n');
        }
        sb.append("Legenda: ").append(Marks.legenda(" · ")).append(" · ⚠️ documento enviado (ou com envio incerto), mas o YAML ainda diz pendente.\n\n");
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
