package br.esus.oficios.read;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks of the simple formats: e-mail, telephone, CEP, date, environment variable name, https URL. Public for the
 * e-mail rule only, which {@code gerar-oficios.yaml} shares with the municipality files.
 */
public final class Formatos {
    private static final Pattern EMAIL = Pattern.compile("([A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+)@([^@\\s]+)");
    private static final Pattern CEP = Pattern.compile("(\\d{2})\\.?(\\d{3})-?(\\d{3})");
    private static final Pattern DATA = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    /** The name of an environment variable (also the schema's pattern for the keys that hold one). */
    static final String VARIAVEL_AMBIENTE = "^[A-Za-z_][A-Za-z0-9_]*$";
    private static final Pattern VARIAVEL = Pattern.compile(VARIAVEL_AMBIENTE);

    private Formatos() {
    }

    /**
     * A bare address {@code nome@dominio}, ASCII only (the domain as {@link Dominio} checks it: letters without
     * accents, digits, hyphens), which every SMTP server takes.
     *
     * @return the problem, or null when the e-mail address is valid
     */
    public static String email(String text) {
        Matcher m = EMAIL.matcher(text);
        String dica = "; escreva como nome@dominio.gov.br";
        if (!m.matches()) {
            return "e-mail inválido " + Texts.quote(text) + dica;
        }
        if (text.length() > FieldCatalog.MAX_EMAIL) {
            return "e-mail longo demais (" + text.length() + " caracteres; o máximo é " + FieldCatalog.MAX_EMAIL + ")";
        }
        String local = m.group(1);
        if (local.length() > FieldCatalog.MAX_EMAIL_LOCAL) {
            return "e-mail inválido " + Texts.quote(text) + ": a parte antes do @ passa de " + FieldCatalog.MAX_EMAIL_LOCAL
                    + " caracteres" + dica;
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return "e-mail inválido " + Texts.quote(text) + ": a parte antes do @ tem pontos fora do lugar" + dica;
        }
        String dominio = Dominio.check(m.group(2));
        if (dominio != null) {
            return "e-mail inválido " + Texts.quote(text) + ": o domínio depois do @ não é válido" + dica;
        }
        return null;
    }

    /** @return the problem, or null when the telephone has only digits, spaces, ( ) + - and 10 to 13 digits */
    static String telefone(String text) {
        String dica = "; escreva o DDD e o número, só com dígitos, espaços, parênteses, + e - (ex.: (75) 3241-1234)";
        if (!text.matches("[0-9 ()+\\-]+")) {
            return "telefone inválido " + Texts.quote(text) + dica;
        }
        long digitos = text.chars().filter(Character::isDigit).count();
        if (digitos < 10 || digitos > 13) {
            return "telefone inválido " + Texts.quote(text) + ": tem " + digitos + " dígitos, mas com o DDD são de "
                    + "10 a 13" + dica;
        }
        return null;
    }

    /**
     * The one way the documents write a telephone: {@code (DD) NNNN-NNNN} for 10 digits, {@code (DD) NNNNN-NNNN}
     * for 11 (a mobile, 9 after the DDD), the country code 55 dropped ({@code +55 79 3431-5500} is
     * {@code (79) 3431-5500}). A number that is none of these (0800, a DDD with a 0, a typo) keeps what was typed.
     * Takes a telephone {@link #telefone} found valid.
     */
    static String telefoneNormalizado(String text) {
        String d = text.replaceAll("[^0-9]", "");
        if ((d.length() == 12 || d.length() == 13) && d.startsWith("55")) {
            d = d.substring(2);
        }
        boolean ddd = d.length() >= 2 && d.charAt(0) != '0' && d.charAt(1) != '0';
        if (ddd && d.length() == 10) {
            return "(" + d.substring(0, 2) + ") " + d.substring(2, 6) + "-" + d.substring(6);
        }
        if (ddd && d.length() == 11 && d.charAt(2) == '9') {
            return "(" + d.substring(0, 2) + ") " + d.substring(2, 7) + "-" + d.substring(7);
        }
        return text;
    }

    /**
     * {@code 44200-000} from 8 digits with or without punctuation; null when it is not a CEP (the lowest CEP in use
     * is 01000-000).
     */
    static String cep(String text) {
        Matcher m = CEP.matcher(text);
        if (!m.matches() || Integer.parseInt(m.group(1) + m.group(2)) < 1000) {
            return null;
        }
        return m.group(1) + m.group(2) + "-" + m.group(3);
    }

    static String cepInvalido(String text) {
        Matcher m = CEP.matcher(text);
        if (m.matches()) {
            return "CEP inválido " + Texts.quote(text) + ": não há CEP abaixo de 01000-000; confira o CEP nos "
                    + "Correios";
        }
        return "CEP inválido " + Texts.quote(text) + "; escreva 8 dígitos no formato 00000-000 (ex.: 44200-000)";
    }

    /** A real calendar date written {@code AAAA-MM-DD}; null when it is not one. */
    static LocalDate data(String text) {
        Matcher m = DATA.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    static String dataInvalida(String text) {
        if (DATA.matcher(text).matches()) {
            return "a data " + Texts.quote(text) + " não existe no calendário; confira o dia e o mês (formato "
                    + "ano-mês-dia)";
        }
        return "data inválida " + Texts.quote(text) + "; escreva no formato ano-mês-dia, ex.: 2026-11-23";
    }

    /** @return the problem, or null when {@code text} can name an environment variable */
    static String variavelAmbiente(String text) {
        if (VARIAVEL.matcher(text).matches()) {
            return null;
        }
        return "nome de variável de ambiente inválido " + Texts.quote(text) + "; use só letras sem acento, números "
                + "e _ (ex.: GOVBR_CLIENT_SECRET), e guarde o segredo nessa variável, nunca no YAML";
    }

    /**
     * An https URL made only of scheme, host and optional port (a trailing {@code /} is allowed).
     *
     * @return the URI, or null when it is not one (then {@link #urlInvalida} says why)
     */
    static URI urlHttps(String text) {
        try {
            URI u = new URI(text);
            if (!"https".equalsIgnoreCase(u.getScheme()) || u.getRawAuthority() == null || u.getHost() == null
                    || u.getRawUserInfo() != null || u.getRawQuery() != null || u.getRawFragment() != null
                    || u.getPort() > 65535 || !(u.getRawPath() == null || u.getRawPath().isEmpty() || u.getRawPath().equals("/"))) {
                return null;
            }
            return u;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    static String urlInvalida(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://")) {
            return "a URL deve usar https:// (o login GOV.BR, o CADSUS e a prescrição digital exigem HTTPS); "
                    + "troque " + Texts.quote(text) + " por https://...";
        }
        if (!lower.startsWith("https://")) {
            return "URL inválida " + Texts.quote(text) + "; escreva o endereço completo, começando com https:// "
                    + "(ex.: https://esus.santoamaro.ba.gov.br)";
        }
        return "URL inválida " + Texts.quote(text) + "; escreva só https:// e o domínio (e a porta, se houver), "
                + "sem caminho, ? ou # (ex.: https://esus.santoamaro.ba.gov.br)";
    }

    /** {@code https://host[:port]}, the host in lower case. */
    static String urlNormalizada(URI u) {
        return "https://" + u.getHost().toLowerCase(Locale.ROOT) + (u.getPort() > 0 ? ":" + u.getPort() : "");
    }
}
