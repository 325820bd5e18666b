package br.esus.oficios.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where running text may and may not break a line, the same rule for the PDF and the DOCX: what a reader copies or
 * dials stays on one line (a telephone, a CEP, a CNPJ, an IP, a document number such as "Nº 7/2026/SMS", a version,
 * "art. 3º", "e-mail"), and a URL or an e-mail address, which would otherwise be one long word that leaves wide gaps
 * in a justified line, may break after its "@" and after its dots, and after the slashes of a URL's path, with no hyphen
 * added; never inside its scheme nor right after it ("https://" stays with the first part of the host). The writers
 * also make the addresses links.
 */
public final class TextBreaks {

    /** A stretch of text, {@code [start, end)}. */
    public record Range(int start, int end) {
        /** Whether a line break before {@code position} would split this range. */
        public boolean splitBy(int position) {
            return position > start && position < end;
        }
    }

    /**
     * A URL or e-mail address found in running text, and where a link to it goes; or a bare domain name
     * ("esus.itabaiana.se.gov.br"), which breaks like an address but links nowhere ({@code href} null: the
     * subdomain an ofício asks for does not exist yet).
     */
    public record Address(int start, int end, String href) {
        public Range range() {
            return new Range(start, end);
        }
    }

    static final Pattern KEEP_TOGETHER = Pattern.compile(String.join("|",
            // telephone: (79) 99812-3456, +55 79 3431-5500, 3431-5500, 0800 123 4567
            "(?:\\+\\d{2} )?(?:\\(\\d{2}\\) ?|\\b\\d{2} )?\\b\\d{4,5}-\\d{4}\\b",
            "\\b0[3589]00 \\d{3} \\d{4}\\b",
            // CNPJ and CPF
            "\\b\\d{2}\\.\\d{3}\\.\\d{3}/\\d{4}-\\d{2}\\b",
            "\\b\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}\\b",
            // CEP
            "\\b\\d{5}-\\d{3}\\b",
            // IPv4 with its port
            "\\b\\d{1,3}(?:\\.\\d{1,3}){3}(?::\\d{1,5})?\\b",
            // a number after "Nº": "Nº 7/2026/SMS/PMI", "nº 7.076", "nº 13.709"
            "\\b[Nn][º°] ?\\d[\\d.]*(?:/[\\p{L}\\d]+)*",
            // "art. 3º", "§ 2º", "inciso II" are short; the article is the one that strands
            "\\bart\\. \\d+º?",
            // version: 5.3.21
            "\\b\\d+\\.\\d+\\.\\d+\\b",
            // "e-mail", "e-SUS", "e-Gestor", "e-CPF": a line ending in "e-" reads as a typo (Portuguese would
            // repeat the hyphen on the next line, which neither writer does)
            "\\be-\\p{L}+"));

    private static final String HOST = "[\\p{L}\\d](?:[\\p{L}\\d-]*[\\p{L}\\d])?(?:\\.[\\p{L}\\d](?:[\\p{L}\\d-]*[\\p{L}\\d])?)*";
    private static final Pattern ADDRESS = Pattern.compile(
            "\\bhttps?://" + HOST + "(?::\\d{1,5})?(?:/[^\\s<>\"]*)?"
                    + "|(?<![\\w.%+-])[\\w%+-]+(?:\\.[\\w%+-]+)*@" + HOST + "\\.\\p{L}{2,}",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** A domain name of three labels or more, the last one letters: "esus.itabaiana.se.gov.br", not "5.3.21". */
    private static final Pattern DOMAIN = Pattern.compile(
            "(?<![\\w@./:%+-])" + HOST + "(?![\\w@/-])", Pattern.UNICODE_CHARACTER_CLASS);

    /** Punctuation that closes a sentence or a parenthesis after an address rather than belonging to it. */
    private static final String TRAILING = ".,;:!?)]'\"»";

    private TextBreaks() {
    }

    /** The stretches of {@code text} a line must not break, in order. */
    public static List<Range> keepTogether(String text) {
        List<Range> out = new ArrayList<>();
        if (!mayKeepTogether(text)) {
            return out;
        }
        // What m.find() does, tried only where a match can start: find() tries the pattern at every position in
        // turn, and in running text nearly every position is a letter or a space no alternative starts with.
        Matcher m = KEEP_TOGETHER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int i = 0;
        while (i < text.length()) {
            if (mayStartKeptRange(text, i) && m.region(i, text.length()).lookingAt()) {
                if (m.end() - m.start() > 1 && hasBreakableChar(text, m.start(), m.end())) {
                    out.add(new Range(m.start(), m.end()));
                }
                i = Math.max(m.end(), i + 1);
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * Whether an alternative of KEEP_TOGETHER can match from {@code i}: each starts with a digit, "+" or "(" (a
     * telephone), "Nº"/"nº"/"N°", "art. " or "e-".
     */
    private static boolean mayStartKeptRange(String text, int i) {
        char c = text.charAt(i);
        return c >= '0' && c <= '9' || c == '+' || c == '('
                || (c == 'N' || c == 'n') && i + 1 < text.length() && (text.charAt(i + 1) == 'º' || text.charAt(i + 1) == '°')
                || c == 'a' && text.startsWith("art. ", i)
                || c == 'e' && i + 1 < text.length() && text.charAt(i + 1) == '-';
    }

    /*
     * What a text must have for each pattern to match, checked before running it: most runs of text have none of it,
     * and the patterns were a sixth of the CPU of a batch. Each check is implied by its pattern, so the answers are
     * the same.
     */

    /** Every pattern of KEEP_TOGETHER has an ASCII digit but "e-mail" and the like. */
    private static boolean mayKeepTogether(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return text.contains("e-");
    }

    /** A DOMAIN has a dot between two letters or digits. */
    private static boolean mayHaveDomain(String text) {
        for (int i = text.indexOf('.', 1); i > 0 && i < text.length() - 1; i = text.indexOf('.', i + 1)) {
            if (Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBreakableChar(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '-' || c == '/' || c == '.') {
                return true;
            }
        }
        return false;
    }

    /**
     * The URLs ({@code http://}, {@code https://}), e-mail addresses and bare domain names in {@code text}, in order,
     * without the punctuation that ends the sentence after them ("… em https://x.gov.br." links to
     * {@code https://x.gov.br}).
     */
    public static List<Address> addresses(String text) {
        List<Address> out = linkable(text);
        if (!mayHaveDomain(text)) {
            return out;
        }
        Matcher d = DOMAIN.matcher(text);
        List<Address> domains = new ArrayList<>();
        while (d.find()) {
            String name = d.group();
            int dots = (int) name.chars().filter(c -> c == '.').count();
            String last = name.substring(name.lastIndexOf('.') + 1);
            int start = d.start();
            if (dots >= 2 && last.length() >= 2 && last.chars().allMatch(Character::isLetter)
                    && out.stream().noneMatch(a -> start >= a.start() && start < a.end())) {
                domains.add(new Address(start, d.end(), null));
            }
        }
        if (domains.isEmpty()) {
            return out;
        }
        List<Address> all = new ArrayList<>(out);
        all.addAll(domains);
        all.sort(java.util.Comparator.comparingInt(Address::start));
        return all;
    }

    private static List<Address> linkable(String text) {
        List<Address> out = new ArrayList<>();
        if (text.indexOf('@') < 0 && !text.contains("://")) {
            return out;
        }
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0
                    && !(text.charAt(end - 1) == ')' && opensInside(text, m.start(), end - 1))) {
                end--;
            }
            String found = text.substring(m.start(), end);
            boolean url = found.regionMatches(true, 0, "http", 0, 4);
            if (url && found.indexOf("://") + 3 >= found.length()) {
                continue;
            }
            out.add(new Address(m.start(), end, url ? found : "mailto:" + found));
        }
        return out;
    }

    /** Whether a "(" before {@code close} and after {@code start} pairs with the ")" at {@code close}. */
    private static boolean opensInside(String text, int start, int close) {
        int depth = 0;
        for (int i = start; i < close; i++) {
            if (text.charAt(i) == '(') {
                depth++;
            } else if (text.charAt(i) == ')') {
                depth--;
            }
        }
        return depth > 0;
    }

    /**
     * Whether a line may break right before {@code position} inside the address {@code a} of {@code text}: after the
     * "@" or a "." of an e-mail (a line breaker takes the last place that fits, so "joao." ends a line only when
     * "joao.silva@" does not fit); after a "." of a bare domain; in a URL, after a "." of the host or a "/" of the
     * path, once the scheme and the host's first label are behind; never before the host's last label.
     */
    public static boolean breakInside(String text, Address a, int position) {
        if (position <= a.start() || position >= a.end()) {
            return false;
        }
        char before = text.charAt(position - 1);
        String address = text.substring(a.start(), a.end());
        int scheme = address.indexOf("://");
        int at = position - a.start();
        int hostStart = scheme < 0 ? address.indexOf('@') + 1 : scheme + 3;
        int hostEnd = hostEnd(address, hostStart);
        int lastDot = address.lastIndexOf('.', hostEnd - 1);
        if (before == '.' && at == lastDot + 1 && at > hostStart) {
            return false; // "gov.br" stays whole: a line never starts with "br"
        }
        if (scheme < 0) {
            return before == '@' || before == '.';
        }
        int firstDot = address.indexOf('.', hostStart);
        if (firstDot < 0 || at <= firstDot) {
            return false;
        }
        return (before == '.' && at < hostEnd) || before == '/';
    }

    /** Where the host that starts at {@code hostStart} ends: at a ":" (port), a "/" (path) or the end. */
    private static int hostEnd(String address, int hostStart) {
        for (int i = hostStart; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c == ':' || c == '/' || c == '?' || c == '#') {
                return i;
            }
        }
        return address.length();
    }

    /**
     * The positions inside the address {@code a} of {@code text} where a line may break ({@link #breakInside}),
     * leaving whole what {@link #keepTogether} keeps (an IP in a URL), in order.
     */
    public static List<Integer> breaksInside(String text, Address a) {
        List<Range> keep = keepTogether(text.substring(a.start(), a.end()));
        List<Integer> out = new ArrayList<>();
        for (int i = a.start() + 1; i < a.end(); i++) {
            int local = i - a.start();
            if (breakInside(text, a, i) && keep.stream().noneMatch(r -> r.splitBy(local))) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * Whether a line may break right before {@code position} inside the address {@code a} when nothing else may
     * break there (a command in a box of code): only in a URL, after a "/" of its path followed by a letter.
     */
    public static boolean breakInPath(String text, Address a, int position) {
        if (a.href() == null || position <= a.start() || position >= a.end()) {
            return false;
        }
        String address = text.substring(a.start(), a.end());
        int scheme = address.indexOf("://");
        if (scheme < 0) {
            return false;
        }
        int path = address.indexOf('/', scheme + 3);
        int at = position - a.start();
        return path >= 0 && at > path && text.charAt(position - 1) == '/' && Character.isLetter(text.charAt(position));
    }
}
