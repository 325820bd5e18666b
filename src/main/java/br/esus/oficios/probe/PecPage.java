package br.esus.oficios.probe;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link PecCheck} reads in the installation's page: the title (the PEC's login page says "e-SUS APS") and the
 * version, when the page shows it labelled as "Versão" (the PEC shows it in "Sobre", after login; a page that shows
 * it outside, such as a proxy's or a customised login, is compared with the YAML).
 */
final class PecPage {
    /** What the title of the PEC's page contains. */
    static final String TITLE_MARK = "e-SUS";
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern VERSION = Pattern.compile("vers[aã]o\\s*(?:do pec\\s*)?[:\\-]?\\s*v?(\\d+\\.\\d+(?:\\.\\d+)*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TAG = Pattern.compile("<(script|style)\\b.*?</\\1\\s*>|<[^>]*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private PecPage() {
    }

    /** The title, its entities decoded and its spaces collapsed; empty when the page has none. */
    static Optional<String> title(String html) {
        Matcher m = TITLE.matcher(html);
        if (!m.find()) {
            return Optional.empty();
        }
        String t = text(m.group(1));
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    static boolean isPec(Optional<String> title) {
        return title.map(t -> t.toLowerCase(Locale.ROOT).contains(TITLE_MARK.toLowerCase(Locale.ROOT)))
                .orElse(false);
    }

    /** "5.3.21" when the page's text says "Versão 5.3.21" (or "Versão: 5.3.21"). */
    static Optional<String> version(String html) {
        Matcher m = VERSION.matcher(text(TAG.matcher(html).replaceAll(" ")));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String text(String html) {
        String s = html.replaceAll("<[^>]*>", " ")
                .replace("&atilde;", "ã").replace("&nbsp;", " ").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">");
        Matcher m = Pattern.compile("&#(\\d{1,6});").matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1)))));
        }
        m.appendTail(sb);
        return sb.toString().replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }
}
