package br.esus.oficios.write.html;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.Inline;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PDF's outline (bookmarks), one per top-level heading, nested by level: a reader jumps to a step of the POP or
 * a group of the checklist from the side panel, and PDF/UA asks for it in a long document. A document with fewer than
 * two headings (the ofício) gets none. openhtmltopdf reads it from {@code <bookmarks>} in the XHTML head, each entry
 * pointing at its heading's {@code id}.
 */
final class Bookmarks {
    /** The fewest headings for which an outline helps. */
    static final int MIN_HEADINGS = 2;

    private final List<Block.Heading> headings;
    private final Map<Block.Heading, String> ids = new IdentityHashMap<>();

    private Bookmarks(List<Block.Heading> headings) {
        this.headings = headings;
        for (int i = 0; i < headings.size(); i++) {
            ids.put(headings.get(i), "secao-" + (i + 1));
        }
    }

    /** The outline of {@code blocks}' top-level headings, or an empty one below {@link #MIN_HEADINGS}. */
    static Bookmarks of(List<Block> blocks) {
        List<Block.Heading> hs = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Heading h && !Inline.plainText(h.content()).isBlank()) {
                hs.add(h);
            }
        }
        return new Bookmarks(hs.size() < MIN_HEADINGS ? List.of() : List.copyOf(hs));
    }

    /** The {@code id} of {@code h} in the XHTML, or null when it has no bookmark. */
    String idOf(Block.Heading h) {
        return ids.get(h);
    }

    /** Appends {@code <bookmarks>...</bookmarks>} for the head, nested by heading level; nothing when empty. */
    void appendTo(StringBuilder out) {
        if (headings.isEmpty()) {
            return;
        }
        out.append("<bookmarks>\n");
        List<Integer> open = new ArrayList<>();
        for (Block.Heading h : headings) {
            while (!open.isEmpty() && open.get(open.size() - 1) >= h.level()) {
                open.remove(open.size() - 1);
                out.append("</bookmark>\n");
            }
            out.append("<bookmark name=\"");
            XmlText.appendEscaped(out, Inline.plainText(h.content()).replace('\n', ' ').strip());
            out.append("\" href=\"#").append(ids.get(h)).append("\">\n");
            open.add(h.level());
        }
        for (int i = 0; i < open.size(); i++) {
            out.append("</bookmark>\n");
        }
        out.append("</bookmarks>\n");
    }
}
