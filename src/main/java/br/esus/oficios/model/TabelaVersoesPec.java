package br.esus.oficios.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The PEC versions and their publication dates ({@code templates/versoes-pec.yaml}), in the file's order. */
public record TabelaVersoesPec(List<VersaoPublicada> versoes) {

    public TabelaVersoesPec {
        versoes = List.copyOf(versoes);
    }

    /** The line of {@code versao}, compared part by part ({@code 5.3.21} = {@code 5.3.21.0} is not assumed). */
    public Optional<VersaoPublicada> find(VersaoPec versao) {
        return versoes.stream().filter(v -> v.versao().equals(versao)).findFirst();
    }

    /** The highest version number in the table; empty when the table is empty. */
    public Optional<VersaoPublicada> newest() {
        return versoes.stream().max(Comparator.comparing(VersaoPublicada::versao));
    }
}
