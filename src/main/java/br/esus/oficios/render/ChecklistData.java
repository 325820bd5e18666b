package br.esus.oficios.render;

import br.esus.oficios.doc.Inline;
import br.esus.oficios.model.BrazilianDate;
import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.ChecklistEntry;
import br.esus.oficios.model.ChecklistItem;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The template data {@code checklist}: the catalog's items with the municipality's statuses, by item and by group,
 * counted (in numbers, and in words that agree with them), with the legend of the marks.
 */
final class ChecklistData {

    private ChecklistData() {
    }

    static Map<String, Object> of(Municipio m, ChecklistCatalog catalog) {
        List<Object> itens = new ArrayList<>();
        Map<String, List<Object>> porGrupo = new LinkedHashMap<>();
        Map<Status, Integer> contagem = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            contagem.put(s, 0);
        }
        Map<String, Object> statusPorId = new LinkedHashMap<>();
        Map<String, Object> titulos = new LinkedHashMap<>();
        Map<String, Object> rotulos = new LinkedHashMap<>();
        for (ChecklistItem item : catalog.itens()) {
            ChecklistEntry e = m.checklist().get(item.id());
            Status status = item.statusFor(m);
            contagem.merge(status, 1, Integer::sum);
            statusPorId.put(item.id(), status.yaml());
            titulos.put(item.id(), item.titulo());
            rotulos.put(item.id(), status.rotulo());
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", item.id());
            x.put("titulo", item.titulo());
            x.put("descricao", TemplateModel.text(item.descricao()));
            x.put("referencia", TemplateModel.text(item.referencia()));
            x.put("grupo", TemplateModel.text(item.grupo()));
            x.put("status", status.yaml());
            x.put("rotulo", status.rotulo());
            x.put("marca", status.symbol().markdown());
            x.put("informado", e != null);
            x.put("data", e == null || e.data() == null ? "" : BrazilianDate.format(e.data()));
            x.put("responsavel", e == null ? "" : TemplateModel.text(e.responsavel()));
            x.put("observacao", e == null ? "" : TemplateModel.text(e.observacao()));
            itens.add(x);
            porGrupo.computeIfAbsent(TemplateModel.text(item.grupo()), g -> new ArrayList<>()).add(x);
        }
        List<Object> grupos = new ArrayList<>();
        porGrupo.forEach((nome, lista) -> {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("nome", nome.isEmpty() ? "Outros" : nome);
            g.put("itens", lista);
            grupos.add(g);
        });
        Map<String, Object> cont = new LinkedHashMap<>();
        Map<String, Object> contTexto = new LinkedHashMap<>();
        contagem.forEach((s, n) -> {
            cont.put(s.yaml().replace('-', '_'), n);
            contTexto.put(s.yaml().replace('-', '_'), s.contagem(n));
        });
        cont.put("total", itens.size());
        contTexto.put("total", Status.itens(itens.size()));
        List<Object> leg = new ArrayList<>();
        for (Status s : Status.values()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("status", s.yaml());
            l.put("rotulo", s.rotulo());
            l.put("marca", s.symbol().markdown());
            leg.add(l);
        }
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("itens", itens);
        x.put("status", statusPorId);
        x.put("titulos", titulos);
        x.put("rotulos", rotulos);
        x.put("grupos", grupos);
        x.put("contagem", cont);
        x.put("contagem_texto", contTexto);
        x.put("legenda", leg);
        x.put("caixa_vazia", Inline.Symbol.CAIXA_VAZIA.markdown());
        return x;
    }
}
