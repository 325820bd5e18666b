package br.esus.oficios.write.pdf;

import br.esus.oficios.doc.Inline;
import br.esus.oficios.doc.TextBreaks;

import java.util.ArrayList;
import java.util.List;

/**
 * Inline content → words (runs of pieces in one or more faces) → lines, greedy, at spaces and forced breaks only; a
 * word wider than the line breaks between characters (CSS word-wrap: break-word).
 */
final class TextLayout {

    /**
     * A run of text in one face at one size; {@code link} when it is (part of) a link; or, with {@code mark} set, a
     * status mark drawn in its place (no text).
     */
    record Piece(String text, int face, float size, Link link, Inline.Symbol mark) {

        Piece(String text, int face, float size, Link link) {
            this(text, face, size, link, null);
        }
    }

    /** One link of the text (compared by identity: a link cut over two lines is still one). */
    static final class Link {
        final String url;

        Link(String url) {
            this.url = url;
        }
    }

    /** A word: its pieces, its width, and the width of the space after it (0 at a forced break or the end). */
    record Word(List<Piece> pieces, float width, float spaceAfter, boolean breakAfter, boolean glued) {

        Word(List<Piece> pieces, float width, float spaceAfter, boolean breakAfter) {
            this(pieces, width, spaceAfter, breakAfter, false);
        }
    }

    /**
     * Longest code kept whole with the punctuation that touches it, "(`http://localhost:8080/esus/`),": it goes to
     * the next line as one unit rather than leave "(" behind, and breaks inside only when wider than a line.
     */
    static final int MAX_GLUED_CODE = 40;

    /** One line: its words, the natural width, whether it is the last of its paragraph or ends at a forced break. */
    record Line(List<Word> words, float width, boolean last) {
    }

    /** How wide a status mark is on its line. */
    static final float MARK_WIDTH = PdfMeasures.MARK_SIZE;

    private final Faces faces;
    /** A few documents' worth of distinct texts (the POP has about 1,500). */
    static final int BREAKS_KEPT = 8192;
    private final BoundedCache<String, Breaks> breaks = new BoundedCache<>(BREAKS_KEPT,
            key -> key.startsWith(CODE_KEY) ? breaks(key.substring(1), false) : breaks(key, true));
    /** Marks the key of a text outside running text (code), whose addresses do not break. */
    private static final String CODE_KEY = "\u0000";
    private final java.util.Set<Integer> missing = new java.util.LinkedHashSet<>();

    TextLayout(Faces faces) {
        this.faces = faces;
    }

    /** The words of {@code content}, in a block of {@code size} pt whose text is bold when {@code bold}. */
    List<Word> words(List<Inline> content, float size, boolean bold, boolean mono) {
        Builder b = new Builder();
        walk(content, size, bold, false, mono, b);
        b.endWord(0, false);
        return b.words;
    }

    private void walk(List<Inline> content, float size, boolean bold, boolean italic, boolean mono, Builder b) {
        for (Inline in : content) {
            if (in instanceof Inline.Text t) {
                text(t.text(), face(bold, italic, mono), size, b, !mono && b.link == null);
            } else if (in instanceof Inline.Strong s) {
                walk(s.content(), size, true, italic, mono, b);
            } else if (in instanceof Inline.Emphasis e) {
                walk(e.content(), size, bold, true, mono, b);
            } else if (in instanceof Inline.Code c) {
                boolean outer = b.glue;
                b.glue = !mono && c.text().length() <= MAX_GLUED_CODE;
                text(c.text(), face(bold, false, true), mono ? size : size * PdfMeasures.INLINE_CODE, b, false);
                b.glue = outer;
            } else if (in instanceof Inline.Link l) {
                String url = l.url() == null ? "" : l.url().strip();
                String lower = url.toLowerCase(java.util.Locale.ROOT);
                boolean safe = lower.startsWith("https://") || lower.startsWith("http://")
                        || lower.startsWith("mailto:");
                Link outer = b.link;
                if (safe && outer == null) {
                    b.link = new Link(url);
                }
                walk(l.content(), size, bold, italic, mono, b);
                b.link = outer;
            } else if (in instanceof Inline.LineBreak) {
                b.endWord(0, true);
            } else if (in instanceof Inline.Mark m) {
                b.add(new Piece("", face(bold, italic, mono), size, null, m.symbol()), MARK_WIDTH);
            }
        }
    }

    private static int face(boolean bold, boolean italic, boolean mono) {
        if (mono) {
            return bold ? Faces.MONO_BOLD : Faces.MONO;
        }
        return bold ? (italic ? Faces.BOLD_ITALIC : Faces.BOLD) : (italic ? Faces.ITALIC : Faces.REGULAR);
    }

    /**
     * A Text inline: words end at the spaces where PdfWriter's breaker allows a break (a space inside a telephone or
     * "Nº 7/2026" joins its words), and zero-width breaks come where it allows one inside a word (after a "/" before
     * a letter) or, in running text, inside an address (TextBreaks.breaksInside).
     */
    private void text(String s, int face, float size, Builder b, boolean running) {
        Breaks found = breaks.get(running ? s : CODE_KEY + s);
        boolean[] can = found.can();
        Link[] links = links(s, found.links());
        Link outer = b.link;
        if (links == null) {
            textRun(s, 0, s.length(), can, face, size, b);
            return;
        }
        int from = 0;
        for (int i = 1; i <= s.length(); i++) {
            if (i == s.length() || links[i] != links[from]) {
                b.link = links[from] != null ? links[from] : outer;
                textRun(s, from, i, can, face, size, b);
                from = i;
            }
        }
        b.link = outer;
    }

    /**
     * One {@link Link} per span (a new one each time: each occurrence of the text is a link of its own), at every
     * character it covers, or null when there is none.
     */
    private static Link[] links(String s, List<LinkSpan> spans) {
        if (spans.isEmpty()) {
            return null;
        }
        Link[] out = new Link[s.length()];
        for (LinkSpan span : spans) {
            Link link = new Link(span.href());
            for (int i = span.start(); i < span.end(); i++) {
                out[i] = link;
            }
        }
        return out;
    }

    private void textRun(String s, int from, int to, boolean[] can, int face, float size, Builder b) {
        int start = from;
        int i = from;
        while (i < to) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch)) {
                piece(s, start, i, face, size, b);
                int j = i + 1;
                while (j < to && Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                // In code every space is kept (a copied command keeps its spacing); in text a run is one space.
                int n = face == Faces.MONO || face == Faces.MONO_BOLD ? j - i : 1;
                float space = faces.width(face, " ") * size;
                if (j == s.length() || can[j]) {
                    if (n > 1) {
                        b.add(new Piece(" ".repeat(n - 1), face, size, b.link), space * (n - 1));
                    }
                    b.endWord(space, false);
                } else {
                    b.add(new Piece(" ".repeat(n), face, size, b.link), space * n);
                }
                start = j;
                i = j;
                continue;
            }
            if (i > start && can[i]) {
                piece(s, start, i, face, size, b);
                b.endWord(0, false);
                start = i;
            }
            i++;
        }
        piece(s, start, to, face, size, b);
    }

    private void piece(String s, int from, int to, int face, float size, Builder b) {
        StringBuilder run = new StringBuilder();
        int runFace = face;
        for (int i = from; i < to; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.FORMAT || type == Character.CONTROL) {
                continue; // zero-width joiners and spaces, BOM, soft hyphen: nothing to draw
            }
            if (Character.isSpaceChar(cp) || Character.isWhitespace(cp)) {
                cp = ' '; // a no-break or thin space inside a word (Carlito has no U+00A0 glyph)
            }
            int f = face;
            if (!faces.has(face, cp)) {
                int reserve = Faces.reserveOf(face);
                if (faces.has(reserve, cp)) {
                    f = reserve;
                } else {
                    missing.add(cp);
                    cp = '#';
                }
            }
            if (f != runFace && run.length() > 0) {
                add(run.toString(), runFace, size, b);
                run.setLength(0);
            }
            runFace = f;
            run.appendCodePoint(cp);
        }
        if (run.length() > 0) {
            add(run.toString(), runFace, size, b);
        }
    }

    private void add(String w, int face, float size, Builder b) {
        b.add(new Piece(w, face, size, b.link), faces.width(face, w) * size);
    }

    /** The characters no face had (drawn as "#"), in the order met, since {@link #startDocument()}. */
    List<Integer> missing() {
        return List.copyOf(missing);
    }

    /** Forgets the characters missing from the previous document. */
    void startDocument() {
        missing.clear();
    }

    /**
     * Where a text's lines may break ({@code can}, by position), and, in running text, its URLs and e-mail addresses
     * as links, each with the punctuation that touches it: worked out once per text ({@link #breaks}).
     */
    record Breaks(boolean[] can, List<LinkSpan> links) {
    }

    /** Characters {@code start} to {@code end} of a text link to {@code href}. */
    record LinkSpan(int start, int end, String href) {
    }

    private static Breaks breaks(String s, boolean running) {
        List<TextBreaks.Address> addresses = TextBreaks.addresses(s);
        boolean[] can = new boolean[s.length() + 1];
        for (int p : PlainLineBreaker.breaks(s, addresses)) {
            can[p] = true;
        }
        if (!running) {
            return new Breaks(can, List.of());
        }
        List<LinkSpan> links = new ArrayList<>();
        int from = 0;
        for (TextBreaks.Address a : addresses) {
            for (int p : TextBreaks.breaksInside(s, a)) {
                can[p] = true;
            }
            if (a.href() == null) {
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
            links.add(new LinkSpan(start, end, a.href()));
            from = end;
        }
        return new Breaks(can, List.copyOf(links));
    }

    private static final class Builder {
        final List<Word> words = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        float width;
        /** The link the text being walked belongs to, or null. */
        Link link;
        /** The text being walked is a short code: the words it ends are glued to the next. */
        boolean glue;

        void add(Piece p, float w) {
            pieces.add(p);
            width += w;
        }

        void endWord(float space, boolean forced) {
            if (pieces.isEmpty()) {
                Word last = words.isEmpty() ? null : words.get(words.size() - 1);
                if (last != null && !(forced && last.breakAfter())) {
                    words.set(words.size() - 1, new Word(last.pieces(), last.width(),
                            forced ? 0 : Math.max(last.spaceAfter(), space), last.breakAfter() || forced));
                } else if (forced) {
                    // a line break at the start, or a second one in a row: an empty line
                    words.add(new Word(List.of(), 0, 0, true));
                }
                return;
            }
            words.add(new Word(pieces, width, forced ? 0 : space, forced, glue && !forced));
            pieces = new ArrayList<>();
            width = 0;
        }
    }

    /** Greedy lines: the first {@code firstWidth} wide, the others {@code width}. */
    List<Line> lines(List<Word> words, float firstWidth, float width) {
        List<Line> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        float used = 0;
        float pendingSpace = 0;
        float avail = firstWidth;
        for (int idx = 0; idx < words.size(); idx++) {
            Word w = words.get(idx);
            boolean startsUnit = idx == 0 || !words.get(idx - 1).glued();
            float unit = startsUnit ? unitWidth(words, idx) : w.width();
            if (!current.isEmpty() && startsUnit && unit <= width && used + pendingSpace + unit > avail
                    || !current.isEmpty() && used + pendingSpace + w.width() > avail) {
                lines.add(new Line(current, used, false));
                current = new ArrayList<>();
                used = 0;
                pendingSpace = 0;
                avail = width;
            }
            if (current.isEmpty() && w.width() > avail) {
                for (Word part : splitWord(w, avail, width)) {
                    if (!current.isEmpty()) {
                        lines.add(new Line(current, used, false));
                        current = new ArrayList<>();
                        avail = width;
                    }
                    current.add(part);
                    used = part.width();
                }
                pendingSpace = current.get(current.size() - 1).spaceAfter();
            } else {
                used += pendingSpace + w.width();
                current.add(w);
                pendingSpace = w.spaceAfter();
            }
            if (w.breakAfter()) {
                lines.add(new Line(current, used, true));
                current = new ArrayList<>();
                used = 0;
                pendingSpace = 0;
                avail = width;
            }
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(new Line(current, used, true));
        }
        return lines;
    }

    /** The width of the words glued together from {@code from} on (a short code and what touches it). */
    private static float unitWidth(List<Word> words, int from) {
        float w = words.get(from).width();
        for (int k = from; k + 1 < words.size() && words.get(k).glued(); k++) {
            w += words.get(k).spaceAfter() + words.get(k + 1).width();
        }
        return w;
    }

    /** A word too wide for the line, cut between characters (each part but the last fills its line). */
    private List<Word> splitWord(Word w, float firstAvail, float avail) {
        Parts cut = new Parts(firstAvail, avail);
        for (Piece p : w.pieces()) {
            if (p.mark() != null) { // a drawn mark is one unit
                cut.makeRoom(MARK_WIDTH);
                cut.add(p, MARK_WIDTH);
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < p.text().length(); ) {
                // text is cut between characters (code points), never inside one
                int end = i + Character.charCount(p.text().codePointAt(i));
                String unit = p.text().substring(i, end);
                float cw = faces.width(p.face(), unit) * p.size();
                if (cut.full(cw) && sb.length() > 0) {
                    cut.add(new Piece(sb.toString(), p.face(), p.size(), p.link()), 0);
                    sb.setLength(0);
                }
                cut.makeRoom(cw);
                sb.append(unit);
                cut.width += cw;
                i = end;
            }
            if (sb.length() > 0) {
                cut.add(new Piece(sb.toString(), p.face(), p.size(), p.link()), 0);
            }
        }
        cut.parts.add(new Word(cut.pieces, cut.width, w.spaceAfter(), w.breakAfter()));
        return cut.parts;
    }

    /** The parts of a word being cut: those done, and the one being filled, {@code limit} wide. */
    private static final class Parts {
        final List<Word> parts = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        float width;
        float limit;
        final float avail;

        Parts(float firstAvail, float avail) {
            this.limit = firstAvail;
            this.avail = avail;
        }

        /** Whether {@code w} more would overflow the part being filled (never an empty one). */
        boolean full(float w) {
            return width + w > limit && width > 0;
        }

        /** Starts a new part, on a line of its own, when {@code w} more would not fit the current one. */
        void makeRoom(float w) {
            if (full(w)) {
                parts.add(new Word(pieces, width, 0, false));
                pieces = new ArrayList<>();
                width = 0;
                limit = avail;
            }
        }

        void add(Piece p, float w) {
            pieces.add(p);
            width += w;
        }
    }
}
