package br.esus.oficios.write.html;

import br.esus.oficios.doc.Inline;

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
        for (Inline in : content) {
            inline(in);
        }
    }

    private void inline(Inline in) {
        if (in instanceof Inline.Text t) {
            text(t.text());
        } else if (in instanceof Inline.Strong st) {
            out.append("<strong>");
            inlines(st.content());
            out.append("</strong>");
        } else if (in instanceof Inline.Emphasis e) {
            out.append("<em>");
            inlines(e.content());
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
            inlines(l.content());
            return;
        }
        out.append("<a href=\"");
        text(url);
        out.append('"');
        out.append('>');
        inlines(l.content());
        out.append("</a>");
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
