package br.esus.oficios.render;

import br.esus.oficios.doc.Inline;
import java.util.ArrayList;
import java.util.List;

/**
 * Accumulates inline content: merges adjacent text, and turns the checklist's status emoji (✅ ⏸️ 🚩 ➖ ☐) into
 * {@link Inline.Mark} so that no writer depends on an emoji font.
 */
final class InlineBuilder {
    private final List<Inline> out = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    void text(CharSequence s) {
        String str = s.toString();
        int i = 0;
        while (i < str.length()) {
            Inline.Symbol symbol = null;
            int len = 0;
            for (Inline.Symbol sym : Inline.Symbol.values()) {
                String base = sym.markdown().replace("\uFE0F", "");
                if (str.startsWith(base, i)) {
                    symbol = sym;
                    len = base.length();
                    break;
                }
            }
            if (symbol == null) {
                text.append(str.charAt(i));
                i++;
            } else {
                add(new Inline.Mark(symbol));
                i += len;
                if (i < str.length() && str.charAt(i) == '\uFE0F') {
                    i++;
                }
            }
        }
    }

    void add(Inline inline) {
        flush();
        out.add(inline);
    }

    /** Drops trailing white space before an attribute block such as {@code {.data}}. */
    void trimEnd() {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        text.setLength(end);
    }

    List<Inline> finish() {
        trimEnd();
        flush();
        return List.copyOf(out);
    }

    private void flush() {
        if (text.length() > 0) {
            out.add(new Inline.Text(text.toString()));
            text.setLength(0);
        }
    }
}
