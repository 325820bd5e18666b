package br.esus.oficios.read;

import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.ChecklistEntry;
import br.esus.oficios.model.Status;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Binds {@code checklist}: the state of each item of the catalog, as a block or as the status alone. */
final class ChecklistBinding extends BlockBinding {
    private final ChecklistCatalog catalog;

    ChecklistBinding(FieldReader f, ChecklistCatalog catalog) {
        super(f);
        this.catalog = catalog;
    }

    Map<String, ChecklistEntry> checklist(YamlNode.Mapping m) {
        Map<String, ChecklistEntry> out = new LinkedHashMap<>();
        if (m == null) {
            return out;
        }
        List<String> ids = catalog.ids();
        for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
            String id = e.getKey();
            YamlNode n = e.getValue();
            if (!ids.contains(id)) {
                f.errorAtKey(n, "item de checklist desconhecido " + Texts.code(id) + "; "
                        + Suggest.closest(id, ids).map(s -> "você quis dizer " + Texts.code(s) + "?")
                                .orElse("os itens são: " + String.join(", ", ids)));
                continue;
            }
            ChecklistEntry entry;
            if (n instanceof YamlNode.Mapping item) {
                f.keys(item, FIELDS.keys("checklist.*"));
                Status status = f.choice(item, "status", Status.class);
                LocalDate data = f.date(item, "data");
                String responsavel = f.text(item, "responsavel");
                String observacao = f.text(item, "observacao");
                entry = new ChecklistEntry(status, data, responsavel, observacao);
            } else {
                YamlNode.Scalar s = f.scalar(m, id, true);
                Status status = s == null ? null
                        : f.choice(s, FIELDS.get("checklist.*.status").choices(Status.class));
                entry = new ChecklistEntry(status, null, null, null);
            }
            if (entry.status() != null) {
                out.put(id, entry);
            }
        }
        return out;
    }
}
