package br.esus.oficios.read;

import br.esus.oficios.model.Uf;
import java.util.Locale;

/** Host name syntax (RFC 1123): labels of letters, digits and hyphens, at most 63 characters, 253 in all. */
final class Dominio {
    private Dominio() {
    }

    /** @return the problem, or null when {@code text} is a valid domain name with at least two labels */
    static String check(String text) {
        String d = text.toLowerCase(Locale.ROOT);
        if (d.contains("://") || d.contains("/")) {
            return "escreva só o nome do domínio, sem https:// nem barras (ex.: esus.santoamaro.ba.gov.br), em vez "
                    + "de " + Texts.quote(text);
        }
        if (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        if (d.length() > FieldCatalog.MAX_DOMINIO) {
            return "domínio longo demais (" + d.length() + " caracteres; o máximo é " + FieldCatalog.MAX_DOMINIO + ")";
        }
        String[] labels = d.split("\\.", -1);
        if (labels.length < 2) {
            return "domínio inválido " + Texts.quote(text) + "; escreva o nome completo, com pontos (ex.: "
                    + "esus.santoamaro.ba.gov.br)";
        }
        for (String label : labels) {
            if (label.isEmpty()) {
                return "domínio inválido " + Texts.quote(text) + ": há dois pontos seguidos ou ponto no começo; "
                        + "confira a digitação";
            }
            if (label.length() > FieldCatalog.MAX_ROTULO) {
                return "domínio inválido " + Texts.quote(text) + ": a parte " + Texts.quote(label)
                        + " passa de " + FieldCatalog.MAX_ROTULO + " caracteres";
            }
            if (!label.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?")) {
                return "domínio inválido " + Texts.quote(text) + ": use só letras sem acento, números, hífens (não "
                        + "no começo nem no fim de cada parte) e pontos";
            }
        }
        if (!labels[labels.length - 1].matches("[a-z]{2,63}")) {
            return "domínio inválido " + Texts.quote(text) + ": a última parte (" + labels[labels.length - 1]
                    + ") deve ser só letras, como br";
        }
        return null;
    }

    /** Lower case, without a final dot. */
    static String normalizar(String text) {
        String d = text.toLowerCase(Locale.ROOT);
        return d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
    }

    static boolean govBr(String dominio) {
        return normalizar(dominio).endsWith(".gov.br");
    }

    /** The UF of a domain under {@code <uf>.gov.br} (esus.santoamaro.ba.gov.br → BA); null for any other. */
    static Uf ufGovBr(String dominio) {
        String[] labels = normalizar(dominio).split("\\.");
        int n = labels.length;
        if (n < 3 || !labels[n - 1].equals("br") || !labels[n - 2].equals("gov")) {
            return null;
        }
        return labels[n - 3].length() == 2 ? Uf.parse(labels[n - 3]) : null;
    }
}
