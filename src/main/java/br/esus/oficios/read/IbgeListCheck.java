package br.esus.oficios.read;

import br.esus.oficios.model.Uf;
import java.util.Optional;

/**
 * A municipality's name and IBGE code against the {@link IbgeCatalogue}: the warning {@code validar} (and every
 * command that reads the file) gives when the code is another municipality's (saying so when the name is not in the
 * list, with a "você quis dizer"), or is nobody's while the name is in the list; and what {@code novo} says of a name
 * the list lacks. Neither name nor code in the list is a municipality created after it: no warning. Only warnings:
 * the list is from {@value IbgeCatalogue#ANO} and lacks the municipalities created and the names changed after it.
 * Names compare without accents, case, punctuation or extra spaces ({@link IbgeCatalogue#key}): a name written with
 * other accents than the list's is the same municipality.
 */
final class IbgeListCheck {
    /** Which key of {@code municipio:} a warning points at. */
    enum At { NOME, CODIGO_IBGE }

    /** A warning and where it points. */
    record Warning(At at, String message) {
    }

    private static final String NA_LISTA = "na " + IbgeCatalogue.LISTA + " (de " + IbgeCatalogue.ANO + ")";
    private static final String RENOMEADO = "se o município mudou de nome depois de " + IbgeCatalogue.ANO
            + ", ignore este aviso";
    private static final String CRIADO = "a lista não tem os municípios criados depois de " + IbgeCatalogue.ANO
            + ", como Boa Esperança do Norte/MT";

    private IbgeListCheck() {
    }

    /**
     * @param nome {@code municipio.nome}, valid
     * @param uf {@code municipio.uf}
     * @param codigo {@code municipio.codigo_ibge}, valid for {@code uf} ({@link CodigoIbge#check})
     * @return the warning; none when the code is the name's in the list, or when neither is in it
     */
    static Optional<Warning> of(String nome, Uf uf, String codigo, IbgeCatalogue list) {
        Optional<IbgeCatalogue.Entry> ofCode = list.byCode(codigo);
        Optional<IbgeCatalogue.Entry> ofName = list.byName(uf, nome);
        if (same(ofCode, ofName)) {
            return Optional.empty();
        }
        String n = nome.strip();
        if (ofName.isPresent()) {
            IbgeCatalogue.Entry right = ofName.get();
            String start = ofCode.map(e -> "o código " + codigo + " é de " + e.nomeUf() + ", não de " + n + ", ")
                    .orElse("o código " + codigo + " não é de nenhum município ");
            return warning(At.CODIGO_IBGE, start + NA_LISTA + "; o de " + right.nomeUf() + " é " + right.codigo()
                    + ": confira o código");
        }
        if (ofCode.isEmpty()) {
            // Neither the name nor the code is in the list: a municipality created after it (or one a test or the
            // benchmark invents). Nothing the list can say.
            return Optional.empty();
        }
        Optional<IbgeCatalogue.Entry> close = list.closest(uf, nome);
        IbgeCatalogue.Entry other = ofCode.get();
        if (same(close, ofCode)) {
            return warning(At.NOME, n + " não está " + NA_LISTA + " para a " + uf.name() + "; o código " + codigo
                    + " é de " + other.nome() + ": você quis dizer " + other.nome() + "? Confira o nome ("
                    + RENOMEADO + ")");
        }
        String start = "o código " + codigo + " é de " + other.nomeUf() + ", não de " + n + ", " + NA_LISTA;
        return warning(At.CODIGO_IBGE, close.map(e -> start + "; você quis dizer " + e.nome() + " (" + e.codigo()
                + ")? Confira o nome e o código").orElse(start + ", e " + n + " não está nela: confira o nome e o "
                        + "código (" + RENOMEADO + ")"));
    }

    /**
     * Whether both are the same municipality of the list: by code, and not by the record's equals, whose first call
     * in a run links it through invokedynamic (some 10 ms of a cold {@code validar}).
     */
    private static boolean same(Optional<IbgeCatalogue.Entry> a, Optional<IbgeCatalogue.Entry> b) {
        return a.isPresent() && b.isPresent() && a.get().codigo().equals(b.get().codigo());
    }

    /**
     * What {@code novo} says when the name it was given is not a municipality of {@code uf} in the list (the file was
     * written with {@code codigo_ibge: PREENCHER}).
     */
    static String novo(String nome, Uf uf, IbgeCatalogue list) {
        String n = nome.strip();
        return n + " não está " + NA_LISTA + " para a " + uf.name() + list.closest(uf, n).map(e -> "; você quis dizer "
                + e.nome() + "? Se sim, apague o arquivo criado e crie-o de novo com o nome certo; se não,").orElse(
                        ":") + " confira o nome e preencha o codigo_ibge, que ficou " + FieldReader.PREENCHER + " ("
                + CRIADO + ")";
    }

    private static Optional<Warning> warning(At at, String message) {
        return Optional.of(new Warning(at, message));
    }
}
