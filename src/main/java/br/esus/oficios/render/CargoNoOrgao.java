package br.esus.oficios.render;

import br.esus.oficios.model.OrgaoDominio;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The endereçamento's cargo line with the organ in it, as the Manual writes it (5.1.4, "Ministro de Estado da
 * Justiça"): "Diretor-Presidente da Empresa Sergipana de Tecnologia da Informação – EMGETIS". The contraction
 * ("da", "do") follows the gender of the organ's first word.
 */
final class CargoNoOrgao {

    /** Nouns ending in -a that are masculine (o sistema, o programa). */
    private static final Set<String> MASCULINE_IN_A = Set.of("sistema", "programa", "centro-dia");

    private CargoNoOrgao() {
    }

    /** "Diretor-Presidente da Companhia … – PRODEB"; the cargo alone when it already names the organ. */
    static String of(String cargo, OrgaoDominio o) {
        String organ = PadraoOficio.nomeSigla(o);
        if (cargo.contains(o.nome()) || (o.sigla() != null && !o.sigla().isBlank()
                && cargo.matches(".*\\b" + Pattern.quote(o.sigla().strip()) + "\\b.*"))) {
            return cargo;
        }
        return cargo + " " + contraction(o.nome()) + " " + organ;
    }

    /** "da" for a feminine first word (Empresa, Companhia, Secretaria, Agência, Fundação), "do" otherwise. */
    static String contraction(String organName) {
        String first = organName.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        boolean feminine = !MASCULINE_IN_A.contains(first) && (first.endsWith("a") || first.endsWith("ção")
                || first.endsWith("são") || first.endsWith("dade") || first.endsWith("gem"));
        return feminine ? "da" : "do";
    }
}
