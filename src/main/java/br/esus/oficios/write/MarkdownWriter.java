package br.esus.oficios.write;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.doc.Inline;
import br.esus.oficios.doc.ParagraphStyle;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the tree back as clean CommonMark + GFM tables, readable as plain text and on any Markdown viewer: no
 * template classes, only the escapes the text needs. The ofício's letterhead becomes its first lines and the footer
 * its last ones.
 */
public final class MarkdownWriter implements DocWriter {

    @Override
    public String format() {
        return "md";
    }

    @Override
    public byte[] write(Doc doc) {
        return toMarkdown(doc).getBytes(StandardCharsets.UTF_8);
    }

    public String toMarkdown(Doc doc) {
        StringBuilder sb = new StringBuilder();
        DocMeta meta = doc.meta();
        if (meta.letterhead() && !meta.headerLines().isEmpty()) {
            sb.append("**").append(String.join("**\\\n**", meta.headerLines().stream().map(MarkdownWriter::escape)
                    .toList())).append("**\n\n---\n\n");
        }
        blocks(doc.blocks(), "", sb);
        if (meta.letterhead() && !meta.footerLines().isEmpty()) {
            sb.append("---\n\n").append(String.join("\\\n", meta.footerLines().stream().map(MarkdownWriter::escape)
                    .toList())).append("\n");
        }
        String out = sb.toString();
        while (out.endsWith("\n\n")) {
            out = out.substring(0, out.length() - 1);
        }
        return out;
    }

    private void blocks(List<Block> blocks, String indent, StringBuilder sb) {
        for (Block b : blocks) {
            block(b, indent, sb);
        }
    }

    private void block(Block b, String indent, StringBuilder sb) {
        if (b instanceof Block.Heading h) {
            sb.append(indent).append("#".repeat(h.level())).append(' ').append(inlines(h.content(), false))
                    .append("\n\n");
        } else if (b instanceof Block.Paragraph p) {
            paragraph(p, indent, sb);
        } else if (b instanceof Block.ListBlock list) {
            int n = list.start();
            for (Block.ListItem item : list.items()) {
                String marker = list.ordered() ? (n++) + ". " : "- ";
                String childIndent = indent + " ".repeat(marker.length());
                StringBuilder inner = new StringBuilder();
                blocks(item.blocks(), childIndent, inner);
                String text = inner.toString().stripTrailing();
                sb.append(indent).append(marker).append(text.isEmpty() ? "" : text.substring(childIndent.length()))
                        .append('\n');
            }
            sb.append('\n');
        } else if (b instanceof Block.CodeBlock code) {
            String fence = "```";
            while (code.text().contains(fence)) {
                fence += "`";
            }
            sb.append(indent).append(fence).append(code.language()).append('\n');
            for (String line : code.text().split("\n", -1)) {
                sb.append(line.isEmpty() ? "" : indent).append(line).append('\n');
            }
            sb.append(indent).append(fence).append("\n\n");
        } else if (b instanceof Block.Quote q) {
            StringBuilder inner = new StringBuilder();
            blocks(q.blocks(), "", inner);
            for (String line : inner.toString().stripTrailing().split("\n", -1)) {
                sb.append(indent).append(line.isEmpty() ? ">" : "> " + line).append('\n');
            }
            sb.append('\n');
        } else if (b instanceof Block.Table t) {
            table(t, indent, sb);
        } else if (b instanceof Block.ThematicBreak) {
            sb.append(indent).append("---\n\n");
        }
    }

    private void paragraph(Block.Paragraph p, String indent, StringBuilder sb) {
        String text = inlines(p.content(), false);
        if (p.style() == ParagraphStyle.ASSUNTO) {
            text = "**" + text + "**";
        }
        if (p.number() > 0) {
            text = p.number() + ". " + text;
        } else {
            text = escapeLineStart(text);
        }
        sb.append(indent).append(text.replace("\n", "\n" + indent)).append("\n\n");
    }

    private void table(Block.Table t, String indent, StringBuilder sb) {
        int width = t.alignments().size();
        List<List<Inline>> head = t.header().isEmpty() ? emptyRow(width) : t.header().get(0);
        row(head, indent, sb);
        sb.append(indent).append('|');
        for (Block.Align a : t.alignments()) {
            sb.append(switch (a) {
                case LEFT -> " :--- |";
                case CENTER -> " :---: |";
                case RIGHT -> " ---: |";
                default -> " --- |";
            });
        }
        sb.append('\n');
        for (List<List<Inline>> r : t.rows()) {
            row(r, indent, sb);
        }
        sb.append('\n');
    }

    private static List<List<Inline>> emptyRow(int width) {
        return java.util.Collections.nCopies(width, List.of());
    }

    private void row(List<List<Inline>> cells, String indent, StringBuilder sb) {
        sb.append(indent).append('|');
        for (List<Inline> cell : cells) {
            sb.append(' ').append(inlines(cell, true)).append(" |");
        }
        sb.append('\n');
    }

    private String inlines(List<Inline> content, boolean inTable) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : content) {
            inline(i, inTable, sb);
        }
        return sb.toString();
    }

    private void inline(Inline i, boolean inTable, StringBuilder sb) {
        if (i instanceof Inline.Text t) {
            String s = escape(t.text());
            sb.append(inTable ? s.replace("|", "\\|") : s);
        } else if (i instanceof Inline.Strong s) {
            sb.append("**").append(inlines(s.content(), inTable)).append("**");
        } else if (i instanceof Inline.Emphasis e) {
            sb.append('*').append(inlines(e.content(), inTable)).append('*');
        } else if (i instanceof Inline.Code c) {
            String ticks = c.text().contains("`") ? "``" : "`";
            String pad = c.text().startsWith("`") || c.text().endsWith("`") ? " " : "";
            String text = inTable ? c.text().replace("|", "\\|") : c.text();
            sb.append(ticks).append(pad).append(text).append(pad).append(ticks);
        } else if (i instanceof Inline.Link l) {
            String label = inlines(l.content(), inTable);
            String plain = l.content().size() == 1 && l.content().get(0) instanceof Inline.Text t ? t.text() : null;
            if (l.url().equals(plain) || ("mailto:" + plain).equals(l.url())) {
                sb.append('<').append(plain).append('>');
            } else {
                sb.append('[').append(label).append("](").append(l.url().replace(" ", "%20").replace(")", "%29"))
                        .append(')');
            }
        } else if (i instanceof Inline.LineBreak) {
            sb.append(inTable ? "<br>" : "\\\n");
        } else if (i instanceof Inline.Mark m) {
            sb.append(m.symbol().markdown());
        }
    }

    /** Escapes what CommonMark would read as markup inside a line of text. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '~' -> sb.append('\\').append(c);
                case '&' -> {
                    if (looksLikeEntity(s, k)) {
                        sb.append('\\');
                    }
                    sb.append(c);
                }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean looksLikeEntity(String s, int amp) {
        int semi = s.indexOf(';', amp);
        return semi > amp + 1 && semi - amp <= 32 && s.substring(amp + 1, semi).matches("#?[A-Za-z0-9]+");
    }

    /** A paragraph that starts like a heading, list item or rule would not stay a paragraph: escape its start. */
    private static String escapeLineStart(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            if (line.matches("^(#{1,6}(\\s|$)|[+\\-=>](\\s|$)|>|\\d{1,9}[.)](\\s|$)|---|===|~~~).*")) {
                int cut = line.matches("^\\d.*") ? line.indexOf(line.replaceFirst("^\\d+", "").charAt(0)) : 0;
                sb.append(line, 0, cut).append('\\').append(line.substring(cut));
            } else {
                sb.append(line);
            }
        }
        return sb.toString();
    }
}
