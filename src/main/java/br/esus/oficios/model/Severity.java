package br.esus.oficios.model;

/** How much a {@link Diagnostic} matters: an error stops its file or document; a warning is only said. */
public enum Severity {
    ERROR,
    WARNING
}
