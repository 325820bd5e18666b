package br.esus.oficios.read;

import br.esus.oficios.model.Uf;
import java.util.Set;

/**
 * The 7-digit IBGE municipality code {@code UU MMMM D}: UF code, municipality, check digit (weights 1,2,1,2,1,2,
 * products of two digits replaced by the sum of their digits; D = (10 - s % 10) % 10), with the 9 official
 * exceptions (SEFAZ NT 2008.004). Source: docs/fatos-oficio-e-esus.md §4.1.
 */
final class CodigoIbge {
    static final Set<String> EXCECOES = Set.of(
            "2201919", "2201988", "2202251", "2611533", "3117836", "3152131", "4305871", "5203939", "5203962");

    private CodigoIbge() {
    }

    /** The check digit the rule gives for the first 6 digits. */
    static int digito(String seisDigitos) {
        int s = 0;
        for (int i = 0; i < 6; i++) {
            int p = (seisDigitos.charAt(i) - '0') * (i % 2 == 0 ? 1 : 2);
            s += p >= 10 ? 1 + p % 10 : p;
        }
        return (10 - s % 10) % 10;
    }

    /**
     * @param uf the file's UF, or null when it is itself invalid
     * @return the problem (Portuguese, says how to fix), or null when the code is valid
     */
    static String check(String codigo, Uf uf) {
        if (!codigo.matches("\\d{7}")) {
            return "o código IBGE tem 7 dígitos (ex.: \"2928604\"), mas está " + Texts.quote(codigo)
                    + "; confira o código no IBGE";
        }
        int prefixo = Integer.parseInt(codigo.substring(0, 2));
        Uf ufDoCodigo = null;
        for (Uf u : Uf.values()) {
            if (u.codigoIbge() == prefixo) {
                ufDoCodigo = u;
            }
        }
        if (ufDoCodigo == null) {
            return "o código IBGE " + Texts.quote(codigo) + " começa com " + codigo.substring(0, 2)
                    + ", que não é código de nenhuma UF; confira o código no IBGE";
        }
        if (uf != null && ufDoCodigo != uf) {
            return "o código IBGE " + Texts.quote(codigo) + " começa com " + prefixo + " (" + ufDoCodigo.name()
                    + "), mas municipio.uf é " + uf.name() + " (código " + uf.codigoIbge()
                    + "); confira o código ou a UF";
        }
        int esperado = digito(codigo);
        if (!EXCECOES.contains(codigo) && codigo.charAt(6) - '0' != esperado) {
            return "dígito verificador inválido em " + Texts.quote(codigo) + " (o correto seria " + esperado
                    + "); confira o código no IBGE";
        }
        return null;
    }
}
