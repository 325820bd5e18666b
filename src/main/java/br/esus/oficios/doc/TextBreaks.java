package br.esus.oficios.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where running text may and may not break a line, the same rule for the PDF and the DOCX: what a reader copies or
 * dials stays on one line (a telephone, a CEP, a CNPJ, an IP, a document number such as "Nº 7/2026/SMS", a version,
 * "art. 3º", "e-SUS"), and a URL or an e-mail address, which would otherwise be one long word that leaves wide gaps
 * in a justified line, may break after its "@" and after the dots and slashes of its host and path, with no hyphen
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

    /** A URL or e-mail address found in running text, and where a link to it goes. */
    public record Address(int start, int end, String href) {
        public Range range() {
            return new Range(start, end);
        }
    }

    private static final Pattern KEEP_TOGETHER = Pattern.compile(String.join("|",
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
            "\\be-SUS\\b"));

    private static final String HOST = "[\\p{L}\\d](?:[\\p{L}\\d-]*[\\p{L}\\d])?(?:\\.[\\p{L}\\d](?:[\\p{L}\\d-]*[\\p{L}\\d])?)*";
    private static final Pattern ADDRESS = Pattern.compile(
            "\\bhttps?://" + HOST + "(?::\\d{1,5})?(?:/[^\\s<>\"]*)?"
                    + "|(?<![\\w.%+-])[\\w%+-]+(?:\\.[\\w%+-]+)*@" + HOST + "\\.\\p{L}{2,}",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** Punctuation that closes a sentence or a parenthesis after an address rather than belonging to it. */
    private static final String TRAILING = ".,;:!?)]'\"»";

    private TextBreaks() {
    }

    /** The stretches of {@code text} a line must not break, in order. */
    public static List<Range> keepTogether(String text) {
        List<Range> out = new ArrayList<>();
        Matcher m = KEEP_TOGETHER.matcher(text);
        while (m.find()) {
            if (m.end() - m.start() > 1 && hasBreakableChar(text, m.start(), m.end())) {
                out.add(new Range(m.start(), m.end()));
            }
        }
        return out;
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
     * The URLs ({@code http://}, {@code https://}) and e-mail addresses in {@code text}, in order, without the
     * punctuation that ends the sentence after them ("… em https://x.gov.br." links to {@code https://x.gov.br}).
     */
    public static List<Address> addresses(String text) {
        List<Address> out = new ArrayList<>();
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
     * "@" of an e-mail and after a "." of its domain; in a URL, after a "." of the host or a "/" of the path, once
     * the scheme and the host's first label are behind.
     */
    public static boolean breakInside(String text, Address a, int position) {
        if (position <= a.start() || position >= a.end()) {
            return false;
        }
        char before = text.charAt(position - 1);
        String address = text.substring(a.start(), a.end());
        int scheme = address.indexOf("://");
        int at = position - a.start();
        if (scheme < 0) {
            int mark = address.indexOf('@');
            return at == mark + 1 || (at > mark + 1 && before == '.');
        }
        int hostStart = scheme + 3;
        int firstDot = address.indexOf('.', hostStart);
        if (firstDot < 0 || at <= firstDot) {
            return false;
        }
        return before == '.' || before == '/';
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
}
