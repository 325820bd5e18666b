package br.esus.oficios.doc;

import java.util.List;

/** A block of the document tree. */
public sealed interface Block {

    /**
     * A heading, level 1 to 6.
     *
     * @param whole the template marked it {@code {.inteira}}: its section (the heading and every block up to the
     *        next heading of the same or a higher level) is printed on one page, never split; see {@link #sectionEnd}
     */
    record Heading(int level, List<Inline> content, boolean whole) implements Block {
        /** The class that makes a heading's section {@link #whole()}. */
        public static final String WHOLE_CLASS = "inteira";

        public Heading {
            content = List.copyOf(content);
        }

        /** A heading whose section may break across pages. */
        public Heading(int level, List<Inline> content) {
            this(level, content, false);
        }

        /**
         * Where the section of the heading at {@code index} ends: the index of the next heading of the same or a
         * higher level (a smaller number), or the number of blocks.
         */
        public static int sectionEnd(List<Block> blocks, int index) {
            int level = ((Heading) blocks.get(index)).level();
            for (int i = index + 1; i < blocks.size(); i++) {
                if (blocks.get(i) instanceof Heading h && h.level() <= level) {
                    return i;
                }
            }
            return blocks.size();
        }
    }

    /**
     * A paragraph. {@code style} is the template's semantic class ({@link ParagraphStyle}); {@code number} is the
     * padrão ofício paragraph number (0 = not numbered). Numbers are given to {@code texto} paragraphs only when
     * the document has three or more of them.
     *
     * @param internal the template marked it {@code {.interna}} (alone or with a style, {@code {.nota .interna}}):
     *        a note for whoever prints or files the document, not for its recipient. The PDF, DOCX and Markdown
     *        keep it, looking like its style; the body of an e-mail leaves it out
     */
    record Paragraph(ParagraphStyle style, int number, List<Inline> content, boolean internal) implements Block {
        /** The class that makes a paragraph {@link #internal()}. */
        public static final String INTERNAL_CLASS = "interna";

        public Paragraph {
            content = List.copyOf(content);
        }

        /** A paragraph for everyone who reads the document. */
        public Paragraph(ParagraphStyle style, int number, List<Inline> content) {
            this(style, number, content, false);
        }
    }

    /** A bulleted or numbered list. {@code start} is the first number of an ordered list. */
    record ListBlock(boolean ordered, int start, List<ListItem> items) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    /** A list item: its blocks (usually one paragraph, maybe a nested list). */
    record ListItem(List<Block> blocks) {
        public ListItem {
            blocks = List.copyOf(blocks);
        }
    }

    /** Preformatted text: commands, file contents. {@code language} may be empty. */
    record CodeBlock(String language, String text) implements Block {
    }

    /** A quotation. */
    record Quote(List<Block> blocks) implements Block {
        public Quote {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * A table; {@code header} may be empty. Every row has {@code alignments.size()} cells; {@code columns} gives each
     * column's semantic class (as many as there are alignments, NORMAL when the template gives none).
     */
    record Table(List<Align> alignments, List<List<List<Inline>>> header, List<List<List<Inline>>> rows,
            List<ColumnStyle> columns) implements Block {
        public Table {
            alignments = List.copyOf(alignments);
            header = header.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
            rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
            java.util.ArrayList<ColumnStyle> cs = new java.util.ArrayList<>(columns);
            while (cs.size() < alignments.size()) {
                cs.add(ColumnStyle.NORMAL);
            }
            columns = List.copyOf(cs);
        }

        /** A table whose columns have no class. */
        public Table(List<Align> alignments, List<List<List<Inline>>> header, List<List<List<Inline>>> rows) {
            this(alignments, header, rows, List.of());
        }

        /** The class of column {@code c}, NORMAL beyond the known columns. */
        public ColumnStyle column(int c) {
            return c < columns.size() ? columns.get(c) : ColumnStyle.NORMAL;
        }

        /** How many columns: from the alignments, else the header, else the first row; at least 1. */
        public int columnCount() {
            int cols = alignments.size();
            if (cols == 0) {
                cols = header.isEmpty() ? (rows.isEmpty() ? 1 : rows.get(0).size()) : header.get(0).size();
            }
            return Math.max(1, cols);
        }
    }

    /** Column alignment. */
    enum Align {
        LEFT, CENTER, RIGHT, DEFAULT
    }

    /** A horizontal rule. */
    record ThematicBreak() implements Block {
    }
}
