package br.esus.oficios.render;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.ColumnStyle;
import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.doc.Inline;
import br.esus.oficios.doc.ParagraphStyle;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the Markdown a template produced (CommonMark + GFM tables + paragraph classes such as {@code {.assunto}})
 * and normalises it into the {@link Doc} tree the writers read. Thread-safe; build once per batch.
 *
 * <p>Padrão ofício paragraph numbers are decided here: {@code texto} paragraphs are numbered 1, 2, 3… only when the
 * document has three or more of them (Manual de Redação, 5.1.6).
 *
 * <p>So are the lines of shell code blocks ({@code bash}, {@code powershell}…): a command too long for the box it
 * is printed in is broken with the shell's continuation ({@link ShellLines}), here and not in a writer, so that the
 * Markdown, the PDF and the DOCX show the same lines and each one can be copied and pasted as it is.
 */
public final class MarkdownToDoc {

    /** Fewest {@code texto} paragraphs that get numbers. */
    public static final int MIN_NUMBERED = 3;

    private final Parser parser;

    public MarkdownToDoc() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(AttributesExtension.create(), TablesExtension.create()));
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        this.parser = Parser.builder(options).build();
    }

    /**
     * @throws MarkdownException when the Markdown uses a paragraph class no writer knows (a template mistake)
     */
    public Doc parse(String markdown, DocMeta meta) throws MarkdownException {
        Document document = parser.parse(markdown);
        List<Block> blocks = blocks(document, Place.TOP);
        return new Doc(meta, numberParagraphs(blocks));
    }

    private static List<Block> numberParagraphs(List<Block> blocks) {
        long count = blocks.stream()
                .filter(b -> b instanceof Block.Paragraph p && p.style() == ParagraphStyle.TEXTO).count();
        if (count < MIN_NUMBERED) {
            return blocks;
        }
        List<Block> out = new ArrayList<>(blocks.size());
        int n = 0;
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p && p.style() == ParagraphStyle.TEXTO) {
                out.add(new Block.Paragraph(p.style(), ++n, p.content(), p.internal()));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    /** Where a block sits: inside how many lists and quotations. The deeper, the narrower a code box. */
    private record Place(int lists, int quotes) {
        static final Place TOP = new Place(0, 0);

        Place inList() {
            return new Place(lists + 1, quotes);
        }

        Place inQuote() {
            return new Place(lists, quotes + 1);
        }
    }

    private List<Block> blocks(Node parent, Place place) throws MarkdownException {
        List<Block> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            Block b = block(n, place);
            if (b != null) {
                out.add(b);
            }
        }
        return out;
    }

    private Block block(Node n, Place place) throws MarkdownException {
        if (n instanceof Paragraph p) {
            return new Block.Paragraph(styleOf(p), 0, inlines(p), hasClass(p, Block.Paragraph.INTERNAL_CLASS));
        }
        if (n instanceof Heading h) {
            return new Block.Heading(h.getLevel(), inlines(h), whole(h));
        }
        if (n instanceof ListBlock list) {
            List<Block.ListItem> items = new ArrayList<>();
            for (Node c = list.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof ListItem li) {
                    items.add(new Block.ListItem(blocks(li, place.inList())));
                }
            }
            boolean ordered = list instanceof OrderedList;
            int start = ordered ? ((OrderedList) list).getStartNumber() : 1;
            return new Block.ListBlock(ordered, start, items);
        }
        if (n instanceof FencedCodeBlock f) {
            String language = f.getInfo().toString().trim();
            String text = stripFinalNewline(f.getContentChars().toString());
            int columns = CodeColumns.at(place.lists(), place.quotes());
            return new Block.CodeBlock(language, ShellLines.forLanguage(language, columns).map(s -> s.wrap(text))
                    .orElse(text));
        }
        if (n instanceof IndentedCodeBlock c) {
            return new Block.CodeBlock("", stripFinalNewline(c.getContentChars().toString()));
        }
        if (n instanceof BlockQuote q) {
            return new Block.Quote(blocks(q, place.inQuote()));
        }
        if (n instanceof ThematicBreak) {
            return new Block.ThematicBreak();
        }
        if (n instanceof TableBlock t) {
            return table(t);
        }
        if (n instanceof HtmlBlock html) {
            // Templates write no HTML; whatever arrives is shown as written, never interpreted.
            return new Block.Paragraph(ParagraphStyle.NORMAL, 0, List.of(new Inline.Text(html.getChars().toString().trim())));
        }
        return null;
    }

    /** The classes a node's attributes give it ({@code {.texto .interna}}), in order. */
    private static List<String> classes(Node n) {
        List<String> out = new ArrayList<>();
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof AttributesNode attrs) {
                for (Node a = attrs.getFirstChild(); a != null; a = a.getNext()) {
                    if (a instanceof AttributeNode an && an.isClass()) {
                        out.add(an.getValue().toString());
                    }
                }
            }
        }
        return out;
    }

    private static ParagraphStyle styleOf(Node p) throws MarkdownException {
        ParagraphStyle style = ParagraphStyle.NORMAL;
        for (String cls : classes(p)) {
            if (cls.equals(Block.Paragraph.INTERNAL_CLASS)) {
                continue; // not a style: see hasClass
            }
            ParagraphStyle s = ParagraphStyle.fromClass(cls);
            if (s == null) {
                throw new MarkdownException("classe de parágrafo desconhecida {." + cls + "}; use uma de: "
                        + knownClasses());
            }
            style = s;
        }
        return style;
    }

    /** Whether a heading is marked {@code {.inteira}}; any other class on a heading is a template mistake. */
    private static boolean whole(Heading h) throws MarkdownException {
        boolean whole = false;
        for (String cls : classes(h)) {
            if (!cls.equals(Block.Heading.WHOLE_CLASS)) {
                throw new MarkdownException("classe de título desconhecida {." + cls + "}; num título só se usa {."
                        + Block.Heading.WHOLE_CLASS + "} (a seção inteira numa página)");
            }
            whole = true;
        }
        return whole;
    }

    private static boolean hasClass(Node p, String cls) {
        return classes(p).contains(cls);
    }

    private static String knownClasses() {
        StringBuilder sb = new StringBuilder();
        for (ParagraphStyle s : ParagraphStyle.values()) {
            if (!s.cssClass().isEmpty()) {
                sb.append(sb.length() == 0 ? "" : ", ").append('.').append(s.cssClass());
            }
        }
        return sb.append(" e .").append(Block.Paragraph.INTERNAL_CLASS).append(" (só para quem imprime; combina com "
                + "as outras: {.nota .interna})").toString();
    }

    private Block.Table table(TableBlock t) throws MarkdownException {
        List<Block.Align> aligns = new ArrayList<>();
        List<ColumnStyle> columns = new ArrayList<>();
        List<List<List<Inline>>> header = new ArrayList<>();
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (Node section = t.getFirstChild(); section != null; section = section.getNext()) {
            boolean isHead = section instanceof TableHead;
            if (!isHead && !(section instanceof TableBody)) {
                continue;
            }
            for (Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                if (!(r instanceof TableRow)) {
                    continue;
                }
                List<List<Inline>> cells = new ArrayList<>();
                for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof TableCell cell) {
                        cells.add(inlines(cell));
                        if (isHead && header.isEmpty()) {
                            aligns.add(align(cell.getAlignment()));
                            columns.add(columnStyleOf(cell));
                        }
                    }
                }
                (isHead ? header : rows).add(cells);
            }
        }
        int width = aligns.size();
        if (width == 0 && !rows.isEmpty()) {
            width = rows.get(0).size();
            for (int i = 0; i < width; i++) {
                aligns.add(Block.Align.DEFAULT);
            }
        }
        return new Block.Table(aligns, pad(header, width), pad(rows, width), columns);
    }

    /** The class a header cell gives its column ({@code | Anotações {.a-preencher} |}). */
    private static ColumnStyle columnStyleOf(TableCell cell) throws MarkdownException {
        ColumnStyle style = ColumnStyle.NORMAL;
        for (String cls : classes(cell)) {
            ColumnStyle s = ColumnStyle.fromClass(cls);
            if (s == null) {
                throw new MarkdownException("classe de coluna desconhecida {." + cls + "} no cabeçalho da tabela; "
                        + "use: " + knownColumnClasses());
            }
            style = s;
        }
        return style;
    }

    private static String knownColumnClasses() {
        StringBuilder sb = new StringBuilder();
        for (ColumnStyle s : ColumnStyle.values()) {
            if (!s.cssClass().isEmpty()) {
                sb.append(sb.length() == 0 ? "" : ", ").append('.').append(s.cssClass());
            }
        }
        return sb.toString();
    }

    private static List<List<List<Inline>>> pad(List<List<List<Inline>>> rows, int width) {
        List<List<List<Inline>>> out = new ArrayList<>();
        for (List<List<Inline>> row : rows) {
            List<List<Inline>> r = new ArrayList<>(row.subList(0, Math.min(width, row.size())));
            while (r.size() < width) {
                r.add(List.of());
            }
            out.add(r);
        }
        return out;
    }

    private static Block.Align align(TableCell.Alignment a) {
        if (a == null) {
            return Block.Align.DEFAULT;
        }
        return switch (a) {
            case LEFT -> Block.Align.LEFT;
            case CENTER -> Block.Align.CENTER;
            case RIGHT -> Block.Align.RIGHT;
            default -> Block.Align.DEFAULT;
        };
    }

    private List<Inline> inlines(Node parent) {
        InlineBuilder b = new InlineBuilder();
        collect(parent, b);
        return b.finish();
    }

    private void collect(Node parent, InlineBuilder out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text || n instanceof HtmlEntity) {
                out.text(n.getChars().unescape());
            } else if (n instanceof SoftLineBreak) {
                out.text(" ");
            } else if (n instanceof HardLineBreak) {
                out.add(new Inline.LineBreak());
            } else if (n instanceof StrongEmphasis) {
                out.add(new Inline.Strong(inlines(n)));
            } else if (n instanceof Emphasis) {
                out.add(new Inline.Emphasis(inlines(n)));
            } else if (n instanceof Code code) {
                out.add(new Inline.Code(code.getText().toString()));
            } else if (n instanceof Link link) {
                out.add(new Inline.Link(link.getUrl().unescape(), inlines(n)));
            } else if (n instanceof AutoLink link) {
                String url = link.getText().toString();
                out.add(new Inline.Link(url, List.of(new Inline.Text(url))));
            } else if (n instanceof MailLink mail) {
                String addr = mail.getText().toString();
                out.add(new Inline.Link("mailto:" + addr, List.of(new Inline.Text(addr))));
            } else if (n instanceof HtmlInline) {
                out.text(n.getChars().toString());
            } else if (n instanceof AttributesNode) {
                out.trimEnd();
            } else {
                collect(n, out);
            }
        }
    }

    private static String stripFinalNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
