package br.esus.oficios.model;

import java.time.LocalDate;

/** What a municipality file says of one checklist item. Everything but {@code status} is optional. */
public record ChecklistEntry(Status status, LocalDate data, String responsavel, String observacao) {
}
