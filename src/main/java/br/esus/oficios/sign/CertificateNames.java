package br.esus.oficios.sign;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/**
 * Names in certificates: the common name of a subject or issuer, the holder's name in an ICP-Brasil e-CPF (the CN
 * is "NOME:CPF"; a GOV.BR certificate carries the name alone) and the comparison of a holder with the YAML's
 * signatário, without accents, case or repeated spaces.
 */
public final class CertificateNames {
    /** "MARIA DA SILVA:12345678900" (e-CPF) or "EMPRESA LTDA:12345678000190" (e-CNPJ). */
    private static final Pattern WITH_NUMBER = Pattern.compile("(.+?):(\\d{11}|\\d{14})");

    private CertificateNames() {
    }

    /** The CN of a subject or issuer, or the whole name when it has none. */
    public static String commonName(X500Principal principal) {
        try {
            LdapName name = new LdapName(principal.getName(X500Principal.RFC2253));
            for (int i = name.size() - 1; i >= 0; i--) {
                Rdn rdn = name.getRdns().get(i);
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString();
                }
            }
        } catch (InvalidNameException e) {
            // falls through to the whole name
        }
        return principal.getName();
    }

    /** The holder's name: the CN without the ":CPF" (or ":CNPJ") an ICP-Brasil certificate appends. */
    public static String holder(X500Principal subject) {
        String cn = commonName(subject).strip();
        Matcher m = WITH_NUMBER.matcher(cn);
        return m.matches() ? m.group(1).strip() : cn;
    }

    /** Whether two person names are the same once accents, case and spacing are set aside. */
    public static boolean sameName(String a, String b) {
        return a != null && b != null && comparable(a).equals(comparable(b));
    }

    private static String comparable(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
    }
}
