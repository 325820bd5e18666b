package br.esus.oficios.read;

/**
 * Valid IBGE codes for tests that need many distinct municipalities of one UF, none of them a real municipality's:
 * {@code UU9NNND}, and no UF's codes in the list reach {@code UU9} ({@code IbgeCatalogueFileTest} checks it). An
 * invented name with one of these codes is, for the IBGE list, a municipality created after it: no warning.
 */
public final class SyntheticIbge {
    /** How many codes there are for each UF. */
    public static final int MAX = 1000;

    private SyntheticIbge() {
    }

    /** The {@code n}-th code ({@code 0 <= n < MAX}) of the UF whose IBGE prefix is {@code ufPrefix}, with its check digit. */
    public static String code(int ufPrefix, int n) {
        if (n < 0 || n >= MAX) {
            throw new IllegalArgumentException("n fora de 0.." + (MAX - 1) + ": " + n);
        }
        String six = String.format("%02d9%03d", ufPrefix, n);
        return six + CodigoIbge.digito(six);
    }

    /** The example file with another municipality's name and its own code, so it is not a copy of the example. */
    public static String otherMunicipality(String exampleYaml, String currentCode, String currentName, int n) {
        return exampleYaml.replace("\"" + currentCode + "\"", "\"" + code(Integer.parseInt(currentCode.substring(0, 2)),
                n) + "\"").replaceFirst("(?m)^(\\s+nome: )" + currentName + "$", "$1" + currentName + " " + n);
    }
}
