package br.esus.oficios.read;

/** Valid IBGE codes for tests that need many distinct municipalities of one UF. */
public final class SyntheticIbge {
    private SyntheticIbge() {
    }

    /** The {@code n}-th code of the UF whose IBGE prefix is {@code ufPrefix}, with its check digit. */
    public static String code(int ufPrefix, int n) {
        String six = String.format("%02d%04d", ufPrefix, n);
        return six + CodigoIbge.digito(six);
    }

    /** The example file with another municipality's name and its own code, so it is not a copy of the example. */
    public static String otherMunicipality(String exampleYaml, String currentCode, String currentName, int n) {
        return exampleYaml.replace("\"" + currentCode + "\"", "\"" + code(Integer.parseInt(currentCode.substring(0, 2)),
                n) + "\"").replaceFirst("(?m)^(\\s+nome: )" + currentName + "$", "$1" + currentName + " " + n);
    }
}
