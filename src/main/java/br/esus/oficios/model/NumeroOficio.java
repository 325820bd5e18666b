package br.esus.oficios.model;

import java.time.LocalDate;

/** An ofício's number and date: {@code oficios.oficio_dominio: {numero: 12, data: 2026-11-23}}. */
public record NumeroOficio(int numero, LocalDate data) {
}
