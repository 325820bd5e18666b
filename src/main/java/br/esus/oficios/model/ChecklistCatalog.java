package br.esus.oficios.model;

import java.util.List;
import java.util.Optional;

/** The checklist items, in order. */
public record ChecklistCatalog(List<ChecklistItem> itens) {
    public ChecklistCatalog {
        itens = List.copyOf(itens);
    }

    public Optional<ChecklistItem> item(String id) {
        return itens.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        return itens.stream().map(ChecklistItem::id).toList();
    }
}
