package br.esus.oficios.send;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.Inline;
import br.esus.oficios.doc.ParagraphStyle;
import java.util.List;

/**
 * The document as the text/html part of the e-mail: escaped HTML with inline styles only (mail clients drop
 * style sheets), Calibri/Carlito 12 pt, black, and no images (Manual de Redação 6.4: no brasão or logo in the body).
 */
public final class DocMailHtml {
    static final String FONT = "font-family:Calibri,Carlito,Arial,sans-serif;font-size:12pt;color:#000000;";
    private static final String P = "margin:0 0 6pt 0;";

    private DocMailHtml() {
    }

    public static String render(Doc doc) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(XmlText.escape(doc.meta().language())).append("\"><head>")
                .append("<meta charset=\"UTF-8\"><title>").append(XmlText.escape(doc.meta().title())).append("</title></head>\n")
                .append("<body style=\"").append(FONT).append("background-color:#ffffff;\">\n");
        if (doc.meta().letterhead() && !doc.meta().headerLines().isEmpty()) {
            sb.append("<p style=\"").append(P).append("text-align:center;font-weight:bold;\">");
            lines(doc.meta().headerLines(), sb);
            sb.append("</p>\n");
        }
        blocks(doc.blocks(), sb);
        if (doc.meta().letterhead() && !doc.meta().footerLines().isEmpty()) {
            sb.append("<p style=\"").append(P).append("margin-top:12pt;font-size:10pt;\">");
            lines(doc.meta().footerLines(), sb);
            sb.append("</p>\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    private static void lines(List<String> lines, StringBuilder sb) {
        for (int i = 0; i < lines.size(); i++) {
            sb.append(i > 0 ? "<br>" : "").append(XmlText.escape(lines.get(i)));
        }
    }

    private static void blocks(List<Block> blocks, StringBuilder sb) {
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) {
                int level = Math.max(1, Math.min(6, h.level()));
                sb.append("<h").append(level).append(" style=\"").append(FONT).append(P)
                        .append("font-weight:bold;\">");
                inlines(h.content(), sb);
                sb.append("</h").append(level).append(">\n");
            } else if (b instanceof Block.Paragraph p) {
                sb.append("<p style=\"").append(P).append(style(p.style())).append("\">");
                if (p.number() > 0) {
                    sb.append(p.number()).append(".&nbsp;&nbsp;");
                }
                inlines(p.content(), sb);
                sb.append("</p>\n");
            } else if (b instanceof Block.ListBlock l) {
                String tag = l.ordered() ? "ol" : "ul";
                sb.append('<').append(tag);
                if (l.ordered() && l.start() != 1) {
                    sb.append(" start=\"").append(l.start()).append('"');
                }
                sb.append(" style=\"").append(P).append("\">\n");
                for (Block.ListItem item : l.items()) {
                    sb.append("<li>");
                    blocks(item.blocks(), sb);
                    sb.append("</li>\n");
                }
                sb.append("</").append(tag).append(">\n");
            } else if (b instanceof Block.CodeBlock c) {
                sb.append("<pre style=\"").append(P).append("font-family:Consolas,'Courier New',monospace;")
                        .append("font-size:10pt;white-space:pre-wrap;\">").append(XmlText.escape(c.text())).append("</pre>\n");
            } else if (b instanceof Block.Quote q) {
                sb.append("<blockquote style=\"").append(P).append("margin-left:2.5cm;font-size:11pt;\">\n");
                blocks(q.blocks(), sb);
                sb.append("</blockquote>\n");
            } else if (b instanceof Block.Table t) {
                table(t, sb);
            } else if (b instanceof Block.ThematicBreak) {
                sb.append("<hr>\n");
            }
        }
    }

    private static String style(ParagraphStyle s) {
        return switch (s) {
            case DATA -> "text-align:right;";
            case ASSUNTO -> "font-weight:bold;";
            case VOCATIVO, FECHO -> "text-indent:2.5cm;";
            case TEXTO -> "text-align:justify;text-indent:2.5cm;";
            case ASSINATURA -> "text-align:center;";
            case NOTA -> "font-size:10pt;";
            default -> "";
        };
    }

    private static void table(Block.Table t, StringBuilder sb) {
        String cell = "border:1px solid #000000;padding:2pt 4pt;vertical-align:top;";
        sb.append("<table style=\"").append(FONT).append("border-collapse:collapse;margin:0 0 6pt 0;\">\n");
        for (List<List<Inline>> row : t.header()) {
            row(row, t.alignments(), "th", cell + "font-weight:bold;", sb);
        }
        for (List<List<Inline>> row : t.rows()) {
            row(row, t.alignments(), "td", cell, sb);
        }
        sb.append("</table>\n");
    }

    private static void row(List<List<Inline>> row, List<Block.Align> al, String tag, String css, StringBuilder sb) {
        sb.append("<tr>");
        for (int i = 0; i < row.size(); i++) {
            Block.Align a = i < al.size() ? al.get(i) : Block.Align.DEFAULT;
            String align = switch (a) {
                case RIGHT -> "text-align:right;";
                case CENTER -> "text-align:center;";
                default -> "text-align:left;";
            };
            sb.append('<').append(tag).append(" style=\"").append(css).append(align).append("\">");
            inlines(row.get(i), sb);
            sb.append("</").append(tag).append('>');
        }
        sb.append("</tr>\n");
    }

    private static void inlines(List<Inline> content, StringBuilder sb) {
        for (Inline i : content) {
            if (i instanceof Inline.Text t) {
                sb.append(XmlText.escape(t.text()));
            } else if (i instanceof Inline.Strong st) {
                sb.append("<strong>");
                inlines(st.content(), sb);
                sb.append("</strong>");
            } else if (i instanceof Inline.Emphasis e) {
                sb.append("<em>");
                inlines(e.content(), sb);
                sb.append("</em>");
            } else if (i instanceof Inline.Code c) {
                sb.append("<code style=\"font-family:Consolas,'Courier New',monospace;\">").append(XmlText.escape(c.text()))
                        .append("</code>");
            } else if (i instanceof Inline.Link l) {
                String url = l.url();
                boolean safe = url.matches("(?i)(https?:|mailto:).*");
                if (safe) {
                    sb.append("<a href=\"").append(XmlText.escape(url)).append("\" style=\"color:#000000;\">");
                }
                inlines(l.content(), sb);
                if (safe) {
                    sb.append("</a>");
                }
            } else if (i instanceof Inline.LineBreak) {
                sb.append("<br>");
            } else if (i instanceof Inline.Mark m) {
                sb.append("[").append(XmlText.escape(DocText.label(m.symbol()))).append("]");
            }
        }
    }
}
