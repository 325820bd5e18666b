package br.esus.oficios.send;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.Inline;
import java.util.ArrayList;
import java.util.List;

/**
 * The document as plain text, for the text/plain part of the e-mail: paragraphs separated by a blank line,
 * numbered paragraphs as "1. ...", lists with "-" or "1.", tables as aligned columns (or "coluna: valor" lines when
 * too wide), status marks as their words. Lines are not wrapped: mail clients wrap them.
 */
public final class DocText {
    /** Tables wider than this are written as "coluna: valor" lines. */
    static final int MAX_TABLE_WIDTH = 76;

    private DocText() {
    }

    public static String render(Doc doc) {
        StringBuilder sb = new StringBuilder();
        if (doc.meta().letterhead()) {
            doc.meta().headerLines().forEach(l -> sb.append(l).append('\n'));
            if (!doc.meta().headerLines().isEmpty()) {
                sb.append('\n');
            }
        }
        blocks(doc.blocks(), "", sb);
        if (doc.meta().letterhead() && !doc.meta().footerLines().isEmpty()) {
            sb.append("--\n");
            doc.meta().footerLines().forEach(l -> sb.append(l).append('\n'));
        }
        return sb.toString().stripTrailing() + "\n";
    }

    private static void blocks(List<Block> blocks, String indent, StringBuilder sb) {
        for (Block b : blocks) {
            block(b, indent, sb);
        }
    }

    private static void block(Block b, String indent, StringBuilder sb) {
        if (b instanceof Block.Heading h) {
            para(indent, inlines(h.content()), sb);
        } else if (b instanceof Block.Paragraph p) {
            para(indent, (p.number() > 0 ? p.number() + ". " : "") + inlines(p.content()), sb);
        } else if (b instanceof Block.ListBlock l) {
            int n = l.start();
            for (Block.ListItem item : l.items()) {
                String bullet = l.ordered() ? (n++) + ". " : "- ";
                StringBuilder inner = new StringBuilder();
                blocks(item.blocks(), "", inner);
                String pad = " ".repeat(bullet.length());
                String[] lines = inner.toString().strip().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i == 0) {
                        sb.append(indent).append(bullet).append(lines[i]).append('\n');
                    } else if (!lines[i].isEmpty()) {
                        sb.append(indent).append(pad).append(lines[i]).append('\n');
                    }
                }
            }
            sb.append('\n');
        } else if (b instanceof Block.CodeBlock c) {
            for (String line : c.text().stripTrailing().split("\n", -1)) {
                sb.append(indent).append("    ").append(line).append('\n');
            }
            sb.append('\n');
        } else if (b instanceof Block.Quote q) {
            StringBuilder inner = new StringBuilder();
            blocks(q.blocks(), "", inner);
            for (String line : inner.toString().strip().split("\n", -1)) {
                sb.append(indent).append(line.isEmpty() ? ">" : "> " + line).append('\n');
            }
            sb.append('\n');
        } else if (b instanceof Block.Table t) {
            table(t, indent, sb);
        } else if (b instanceof Block.ThematicBreak) {
            sb.append(indent).append("----------\n\n");
        }
    }

    private static void para(String indent, String text, StringBuilder sb) {
        for (String line : text.split("\n", -1)) {
            sb.append(indent).append(line).append('\n');
        }
        sb.append('\n');
    }

    private static void table(Block.Table t, String indent, StringBuilder sb) {
        int cols = t.alignments().size();
        List<List<String>> header = t.header().stream().map(r -> r.stream().map(DocText::cell).toList()).toList();
        List<List<String>> rows = t.rows().stream().map(r -> r.stream().map(DocText::cell).toList()).toList();
        int[] w = new int[cols];
        List<List<String>> all = new ArrayList<>(header);
        all.addAll(rows);
        for (List<String> r : all) {
            for (int i = 0; i < cols && i < r.size(); i++) {
                w[i] = Math.max(w[i], r.get(i).length());
            }
        }
        int total = indent.length() + java.util.Arrays.stream(w).sum() + 2 * Math.max(0, cols - 1);
        List<String> names = header.isEmpty() ? null : header.get(header.size() - 1);
        if (total > MAX_TABLE_WIDTH && names != null) {
            for (List<String> r : rows) {
                for (int i = 0; i < cols && i < r.size(); i++) {
                    String name = i < names.size() && !names.get(i).isEmpty() ? names.get(i) : "coluna " + (i + 1);
                    sb.append(indent).append(name).append(": ").append(r.get(i)).append('\n');
                }
                sb.append('\n');
            }
            return;
        }
        for (List<String> r : header) {
            row(r, w, t.alignments(), indent, sb);
        }
        if (!header.isEmpty()) {
            StringBuilder rule = new StringBuilder(indent);
            for (int i = 0; i < cols; i++) {
                rule.append(i > 0 ? "  " : "").append("-".repeat(Math.max(1, w[i])));
            }
            sb.append(rule).append('\n');
        }
        for (List<String> r : rows) {
            row(r, w, t.alignments(), indent, sb);
        }
        sb.append('\n');
    }

    private static void row(List<String> r, int[] w, List<Block.Align> al, String indent, StringBuilder sb) {
        StringBuilder line = new StringBuilder(indent);
        for (int i = 0; i < w.length; i++) {
            String c = i < r.size() ? r.get(i) : "";
            int pad = w[i] - c.length();
            line.append(i > 0 ? "  " : "");
            switch (al.get(i)) {
                case RIGHT -> line.append(" ".repeat(pad)).append(c);
                case CENTER -> line.append(" ".repeat(pad / 2)).append(c).append(" ".repeat(pad - pad / 2));
                default -> line.append(c).append(" ".repeat(pad));
            }
        }
        sb.append(line.toString().stripTrailing()).append('\n');
    }

    private static String cell(List<Inline> content) {
        return inlines(content).replace('\n', ' ');
    }

    static String inlines(List<Inline> content) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : content) {
            if (i instanceof Inline.Text t) {
                sb.append(t.text());
            } else if (i instanceof Inline.Strong st) {
                sb.append(inlines(st.content()));
            } else if (i instanceof Inline.Emphasis e) {
                sb.append(inlines(e.content()));
            } else if (i instanceof Inline.Code c) {
                sb.append(c.text());
            } else if (i instanceof Inline.Link l) {
                String label = inlines(l.content());
                sb.append(label);
                if (!label.equals(l.url()) && !("mailto:" + label).equals(l.url())) {
                    sb.append(" <").append(l.url()).append('>');
                }
            } else if (i instanceof Inline.LineBreak) {
                sb.append('\n');
            } else if (i instanceof Inline.Mark m) {
                sb.append('[').append(label(m.symbol())).append(']');
            }
        }
        return sb.toString();
    }

    /** The words for a checklist mark: "concluído", "pendente (alta prioridade)", " " for an empty box. */
    static String label(Inline.Symbol s) {
        return s == Inline.Symbol.CAIXA_VAZIA ? " " : s.label();
    }
}
