package br.esus.oficios.model;

import java.time.LocalDate;

/**
 * A line of {@code templates/versoes-pec.yaml}: a PEC version, the day it was published and, optionally, a note
 * (a version known to be bad, one that needs Java 17).
 *
 * @param nota the table's note; null when the line has none
 */
public record VersaoPublicada(VersaoPec versao, LocalDate publicada, String nota) {
}
