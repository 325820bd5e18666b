package br.esus.oficios.write.html;

import br.esus.oficios.doc.Inline;
import br.esus.oficios.doc.TextBreaks;

import java.util.List;
import java.util.Locale;

/**
 * Writes inline content (text, bold, italic, code, links, line breaks, status marks) and the small pieces every part
 * of the XHTML uses: escaped text and opening tags with a class.
 */
final class HtmlInlines {
    private final StringBuilder out;

    HtmlInlines(StringBuilder out) {
        this.out = out;
    }

    /** The text being written. */
    StringBuilder out() {
        return out;
    }

    void open(String tag, String cls) {
        out.append('<').append(tag);
        if (cls != null) {
            out.append(" class=\"").append(cls).append('"');
        }
        out.append('>');
    }

    void text(String s) {
        XmlText.appendEscaped(out, s);
    }

    void inlines(List<Inline> content) {
        inlines(content, false);
    }

    /**
     * Writes the inlines in order. A short code that touches the text around it with no space ("(" before, ")," or
     * ":" after) is written with those characters in a {@code junto} span that never breaks: openhtmltopdf may break
     * a line at any element boundary, and would leave a "(" at the end of a line or start one with ")".
     */
    private void inlines(List<Inline> content, boolean inLink) {
        int consumed = 0;
        for (int i = 0; i < content.size(); i++) {
            Inline in = content.get(i);
            Inline next = i + 1 < content.size() ? content.get(i + 1) : null;
            if (in instanceof Inline.Text t && next instanceof Inline.Code c && gluable(c)) {
                String s = t.text().substring(consumed);
                int cut = s.length();
                while (cut > 0 && !Character.isWhitespace(s.charAt(cut - 1))) {
                    cut--;
                }
                inline(new Inline.Text(s.substring(0, cut)), inLink);
                consumed = glued(s.substring(cut), c, i + 2 < content.size() ? content.get(i + 2) : null);
                i++;
            } else if (in instanceof Inline.Code c && gluable(c)) {
                consumed = glued("", c, next);
            } else if (in instanceof Inline.Text t) {
                inline(new Inline.Text(t.text().substring(consumed)), inLink);
                consumed = 0;
            } else {
                inline(in, inLink);
                consumed = 0;
            }
        }
    }

    /** Longest code glued to the punctuation around it: a longer one may need to break inside. */
    static final int MAX_GLUED_CODE = 40;

    private static boolean gluable(Inline.Code c) {
        return c.text().length() <= MAX_GLUED_CODE;
    }

    /**
     * Writes {@code before}, the code and the characters of {@code after} up to its first space, unbreakable when
     * there is anything before or after it; returns how many characters of {@code after} it wrote.
     */
    private int glued(String before, Inline.Code code, Inline after) {
        String tail = "";
        if (after instanceof Inline.Text t) {
            int end = 0;
            while (end < t.text().length() && !Character.isWhitespace(t.text().charAt(end))) {
                end++;
            }
            tail = t.text().substring(0, end);
        }
        if (before.isEmpty() && tail.isEmpty()) {
            inline(code, false);
            return 0;
        }
        out.append("<span class=\"junto\">");
        text(before);
        inline(code, false);
        text(tail);
        out.append("</span>");
        return tail.length();
    }

    private void inline(Inline in, boolean inLink) {
        if (in instanceof Inline.Text t) {
            if (inLink) {
                text(t.text());
            } else {
                runningText(t.text());
            }
        } else if (in instanceof Inline.Strong st) {
            out.append("<strong>");
            inlines(st.content(), inLink);
            out.append("</strong>");
        } else if (in instanceof Inline.Emphasis e) {
            out.append("<em>");
            inlines(e.content(), inLink);
            out.append("</em>");
        } else if (in instanceof Inline.Code c) {
            // Long tokens are broken by the CSS (word-wrap), so copied commands stay intact.
            open("code", null);
            text(c.text());
            out.append("</code>");
        } else if (in instanceof Inline.Link l) {
            link(l);
        } else if (in instanceof Inline.LineBreak) {
            out.append("<br />");
        } else if (in instanceof Inline.Mark m) {
            mark(m.symbol());
        }
    }

    private void link(Inline.Link l) {
        String url = l.url() == null ? "" : l.url().strip();
        String lower = url.toLowerCase(Locale.ROOT);
        boolean safe = lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:");
        if (!safe) {
            inlines(l.content(), true);
            return;
        }
        out.append("<a href=\"");
        text(url);
        out.append('"');
        out.append('>');
        inlines(l.content(), true);
        out.append("</a>");
    }

    /**
     * Text of a paragraph, heading or cell: its URLs and e-mail addresses become links (a {@code Link} element and
     * its annotation in the tagged PDF), where the line breaker lets them break ({@link TextBreaks}). The punctuation
     * that touches an address ("(", ")", ".", ",") goes inside the link element: openhtmltopdf may break a line at
     * any element boundary, and would otherwise leave a "(" at the end of a line or start one with ").".
     */
    private void runningText(String s) {
        int from = 0;
        for (TextBreaks.Address a : TextBreaks.addresses(s)) {
            if (a.href() == null) {
                text(s.substring(from, a.start()));
                breakable(s, a, a.start(), a.end());
                from = a.end();
                continue;
            }
            int start = a.start();
            while (start > from && !Character.isWhitespace(s.charAt(start - 1))) {
                start--;
            }
            int end = a.end();
            while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
                end++;
            }
            text(s.substring(from, start));
            out.append("<a href=\"");
            text(a.href());
            out.append("\">");
            breakable(s, a, start, end);
            out.append("</a>");
            from = end;
        }
        text(s.substring(from));
    }

    /**
     * {@code s[from, to)}, which holds the address {@code a}, with a {@code <wbr/>} where the address may break: the
     * line breaker itself never breaks inside an address (a command in a box of code must not break in its domain),
     * openhtmltopdf breaks at an element boundary.
     */
    private void breakable(String s, TextBreaks.Address a, int from, int to) {
        for (int at : TextBreaks.breaksInside(s, a)) {
            text(s.substring(from, at));
            out.append("<wbr/>");
            from = at;
        }
        text(s.substring(from, to));
    }

    private void mark(Inline.Symbol symbol) {
        String cls = "marca " + markClass(symbol);
        out.append("<span class=\"").append(cls).append("\" title=\"").append(symbol.label()).append('"');
        out.append('>');
        // The drawing is made of empty spans styled by the CSS: no glyph, no emoji font needed.
        switch (symbol) {
            case CONCLUIDO -> out.append("<span class=\"visto\"></span>");
            case PENDENTE_BAIXA -> out.append("<span class=\"barra barra-1\"></span><span class=\"barra barra-2\"></span>");
            case PENDENTE_ALTA -> out.append("<span class=\"mastro\"></span><span class=\"bandeira\"></span>");
            case NAO_SE_APLICA -> out.append("<span class=\"traco\"></span>");
            case CAIXA_VAZIA -> {
            }
        }
        out.append("</span>");
    }

    /** The CSS class of a mark. */
    static String markClass(Inline.Symbol symbol) {
        return switch (symbol) {
            case CONCLUIDO -> "marca-concluido";
            case PENDENTE_BAIXA -> "marca-pendente-baixa";
            case PENDENTE_ALTA -> "marca-pendente-alta";
            case NAO_SE_APLICA -> "marca-nao-se-aplica";
            case CAIXA_VAZIA -> "marca-caixa-vazia";
        };
    }
}
