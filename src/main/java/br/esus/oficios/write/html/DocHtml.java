package br.esus.oficios.write.html;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.doc.Inline;
import br.esus.oficios.doc.ParagraphStyle;
import br.esus.oficios.doc.Shell;
import br.esus.oficios.write.PageFooter;
import br.esus.oficios.write.TableWidths;

import java.util.List;
import java.util.Map;

/**
 * The document tree as HTML: well-formed XHTML for the PDF (styled by {@code oficio.css}, classes only) and an
 * e-mail body (same structure, styles inline, no page rules). Every text is escaped; links other than http(s) and
 * mailto are written as plain text.
 *
 * <p>Classes used (the CSS is the only place the look lives): paragraph styles by {@link ParagraphStyle#cssClass()}
 * ({@code identificacao, data, enderecamento, assunto, vocativo, texto, fecho, assinatura, nota}); {@code numerado}
 * and {@code numero} for numbered {@code texto} paragraphs; {@code cabecalho}, {@code brasao},
 * {@code cabecalho-linha} for the first-page letterhead; {@code rodape}, {@code rodape-primeira},
 * {@code numero-pagina}, {@code rodape-linha} for the running footers; {@code fecho-assinatura} holds the fecho
 * and the signature at the end of the last text paragraph ({@code com-fecho}), so they never go to a page alone
 * ({@code bloco-final} keeps them together when no paragraph comes before them); {@code titulo} for the title of
 * documents without letterhead; {@code codigo} for code blocks, with {@code linha} (and {@code recuo-2} …
 * {@code recuo-16} when indented) for each source line and {@code comando} around the lines of a command continued
 * over several; {@code tabela}, {@code alinhar-esquerda|centro|direita},
 * {@code sem-quebra} for tables, {@code inteira} around a section printed on one page (a heading marked
 * {@code {.inteira}} and its blocks), {@code alinhada} for a table whose column widths (the one inline style, on
 * {@code <col>}) it shares with the others of the same header, {@code ajustada} for one whose widest words do not
 * fit an automatic layout and whose widths (on {@code <col>} too) are fitted to the page, as the DOCX's, and the
 * column classes ({@code a-preencher}, {@code a-assinar}) on every cell of their column; {@code marca} plus
 * {@code marca-concluido|pendente-baixa|pendente-alta|nao-se-aplica|caixa-vazia} for drawn status marks.
 */
public final class DocHtml {

    private DocHtml() {
    }

    /**
     * A complete XHTML document for printing.
     *
     * @param doc the document
     * @param css the style sheet to put in a {@code <style>} element, or null when the renderer supplies it
     * @param brasaoUri the {@code src} of the coat of arms (e.g. a data URI), or null for none
     */
    public static String toXhtml(Doc doc, String css, String brasaoUri) {
        StringBuilder out = new StringBuilder(8192);
        new Writer(out, false).document(doc, css, brasaoUri);
        return out.toString();
    }

    /** {@link #toXhtml(Doc, String, String)} without the coat of arms. */
    public static String toXhtml(Doc doc, String css) {
        return toXhtml(doc, css, null);
    }

    /**
     * An HTML e-mail body with the same structure as the printed document and inline styles (mail clients drop
     * style sheets). No letterhead, no page numbers: the mail client is not a page.
     */
    public static String toEmailHtml(Doc doc) {
        StringBuilder out = new StringBuilder(8192);
        new Writer(out, true).emailDocument(doc);
        return out.toString();
    }

    /** Escapes text for XML content and attribute values, and drops characters XML 1.0 cannot hold. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        appendEscaped(out, s);
        return out.toString();
    }

    static void appendEscaped(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                        continue; // not allowed in XML 1.0
                    }
                    if (Character.isHighSurrogate(c)) {
                        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                            out.append(c).append(s.charAt(++i));
                        }
                        continue; // a lone surrogate is dropped
                    }
                    if (Character.isLowSurrogate(c)) {
                        continue;
                    }
                    out.append(c);
                }
            }
        }
    }

    /** Inline styles for the e-mail body, by class. Kept small: mail clients understand little CSS. */
    private static final Map<String, String> EMAIL_STYLES = Map.ofEntries(
            Map.entry("corpo", "font-family:Calibri,Carlito,Arial,sans-serif;font-size:12pt;line-height:1.25;"
                    + "color:#000000;"),
            Map.entry("p", "margin:0 0 6pt 0;"),
            Map.entry("identificacao", "margin:0 0 12pt 0;"),
            Map.entry("data", "margin:0 0 12pt 0;text-align:right;"),
            Map.entry("enderecamento", "margin:0 0 12pt 0;"),
            Map.entry("assunto", "margin:0 0 12pt 0;font-weight:bold;"),
            Map.entry("vocativo", "margin:0 0 6pt 0;text-indent:2.5cm;"),
            Map.entry("texto", "margin:0 0 6pt 0;text-align:justify;text-indent:2.5cm;"),
            Map.entry("texto numerado", "margin:0 0 6pt 0;text-align:justify;"),
            Map.entry("numero", "display:inline-block;width:2.5cm;"),
            Map.entry("fecho", "margin:12pt 0 6pt 0;text-indent:2.5cm;"),
            Map.entry("assinatura", "margin:36pt 0 6pt 0;text-align:center;"),
            Map.entry("nota", "margin:12pt 0 6pt 0;font-size:10pt;"),
            Map.entry("titulo", "font-size:16pt;margin:0 0 12pt 0;"),
            Map.entry("h1", "font-size:16pt;margin:12pt 0 6pt 0;"),
            Map.entry("h2", "font-size:14pt;margin:12pt 0 6pt 0;"),
            Map.entry("h3", "font-size:12pt;margin:10pt 0 4pt 0;"),
            Map.entry("codigo", "font-family:Consolas,'DejaVu Sans Mono','Liberation Mono',monospace;font-size:10pt;"
                    + "white-space:pre-wrap;word-wrap:break-word;overflow-wrap:anywhere;background:#f4f4f4;"
                    + "border-left:3px solid #999999;padding:4pt 6pt;margin:0 0 6pt 0;"),
            Map.entry("code", "font-family:Consolas,'DejaVu Sans Mono','Liberation Mono',monospace;font-size:10.5pt;"),
            Map.entry("tabela", "border-collapse:collapse;font-size:10pt;margin:0 0 8pt 0;"),
            Map.entry("th", "border:1px solid #666666;padding:3pt 4pt;background:#e8e8e8;text-align:left;"),
            Map.entry("td", "border:1px solid #666666;padding:3pt 4pt;vertical-align:top;"),
            Map.entry("citacao", "margin:0 0 6pt 2.5cm;font-size:11pt;"),
            Map.entry("a", "color:#0b4f9c;"),
            Map.entry("marca marca-concluido", "display:inline-block;width:1.2em;height:1.2em;line-height:1.2em;"
                    + "border-radius:0.6em;background:#1b7a3a;color:#ffffff;text-align:center;font-weight:bold;"),
            Map.entry("marca marca-pendente-baixa", "display:inline-block;width:1.2em;height:1.2em;line-height:1.2em;"
                    + "color:#b36b00;text-align:center;font-weight:bold;"),
            Map.entry("marca marca-pendente-alta", "display:inline-block;width:1.2em;height:1.2em;line-height:1.2em;"
                    + "color:#c62828;text-align:center;font-weight:bold;"),
            Map.entry("marca marca-nao-se-aplica", "display:inline-block;width:1.2em;height:1.2em;line-height:1.2em;"
                    + "color:#666666;text-align:center;font-weight:bold;"),
            Map.entry("marca marca-caixa-vazia", "display:inline-block;width:0.8em;height:0.8em;"
                    + "border:1px solid #000000;"));

    /** The text e-mail bodies show inside each mark (mail clients have symbol fonts; the PDF draws its own). */
    private static String emailMarkText(Inline.Symbol symbol) {
        return switch (symbol) {
            case CONCLUIDO -> "\u2713";
            case PENDENTE_BAIXA -> "\u2016";
            case PENDENTE_ALTA -> "\u2691";
            case NAO_SE_APLICA -> "\u2013";
            case CAIXA_VAZIA -> "";
        };
    }

    /** The CSS class of a mark. */
    public static String markClass(Inline.Symbol symbol) {
        return switch (symbol) {
            case CONCLUIDO -> "marca-concluido";
            case PENDENTE_BAIXA -> "marca-pendente-baixa";
            case PENDENTE_ALTA -> "marca-pendente-alta";
            case NAO_SE_APLICA -> "marca-nao-se-aplica";
            case CAIXA_VAZIA -> "marca-caixa-vazia";
        };
    }

    private static final double LIST_INSET = br.esus.oficios.doc.PageGeometry.LIST_INSET;
    private static final double QUOTE_INSET = br.esus.oficios.doc.PageGeometry.QUOTE_INSET;

    /** One rendering pass. */
    private static final class Writer {
        private final StringBuilder out;
        private final boolean email;
        /** Tables that line up with others of the document, with their column widths as fractions. */
        private Map<Block.Table, double[]> aligned = Map.of();
        /** How many sections printed whole ({@code {.inteira}}) end with each block, by block index. */
        private int[] sectionsEnding = new int[0];
        /** How far in from the left margin the current block starts (lists, quotations), in points. */
        private double inset;

        Writer(StringBuilder out, boolean email) {
            this.out = out;
            this.email = email;
        }

        void document(Doc doc, String css, String brasaoUri) {
            DocMeta meta = doc.meta();
            head(meta, css);
            out.append("<body>\n");
            footers(meta);
            if (meta.letterhead()) {
                letterhead(meta, brasaoUri);
            } else if (!startsWithTitle(doc.blocks()) && notBlank(meta.title())) {
                open("h1", "titulo");
                text(meta.title());
                out.append("</h1>\n");
            }
            body(doc.blocks());
            out.append("</body>\n</html>\n");
        }

        void emailDocument(Doc doc) {
            out.append("<!DOCTYPE html>\n<html lang=\"").append(doc.meta().language()).append("\">\n<head>\n")
                    .append("<meta charset=\"UTF-8\" />\n<title>");
            text(nullToEmpty(doc.meta().title()));
            out.append("</title>\n</head>\n");
            out.append("<body style=\"").append(EMAIL_STYLES.get("corpo")).append("\">\n");
            out.append("<div style=\"").append(EMAIL_STYLES.get("corpo")).append("max-width:17cm;\">\n");
            body(doc.blocks());
            out.append("</div>\n</body>\n</html>\n");
        }

        private void head(DocMeta meta, String css) {
            out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                    .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(meta.language())
                    .append("\" xml:lang=\"").append(meta.language()).append("\">\n<head>\n")
                    .append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" />\n<title>");
            text(nullToEmpty(meta.title()));
            out.append("</title>\n");
            metaTag("author", meta.author());
            metaTag("subject", meta.subject());
            metaTag("keywords", String.join(", ", meta.keywords()));
            if (css != null) {
                out.append("<style type=\"text/css\">\n");
                appendEscapedCss(css);
                out.append("\n</style>\n");
            }
            bottomMargins(meta);
            out.append("</head>\n");
        }

        /**
         * A footer that a long address, e-mail or site wraps into more lines than the 2 cm bottom margin of the CSS
         * holds gets a taller margin ({@link PageFooter}, as the DOCX), so that it is never cut at the edge of the
         * paper: content, not look, like the column widths.
         */
        private void bottomMargins(DocMeta meta) {
            List<String> lines = meta.letterhead() ? meta.footerLines() : List.of();
            double first = PageFooter.margin(lines, false);
            double others = PageFooter.margin(lines, true);
            if (first > PageFooter.MARGIN || others > PageFooter.MARGIN) {
                out.append("<style type=\"text/css\">\n")
                        .append(String.format(java.util.Locale.ROOT, "@page { margin-bottom: %.1fpt; }%n", others))
                        .append(String.format(java.util.Locale.ROOT, "@page :first { margin-bottom: %.1fpt; }%n",
                                first))
                        .append("</style>\n");
            }
        }

        private void appendEscapedCss(String css) {
            // Inside XHTML <style>, only '&' and '<' matter; the CSS has neither in practice.
            out.append(css.replace("&", "&amp;").replace("<", "&lt;"));
        }

        private void metaTag(String name, String content) {
            if (notBlank(content)) {
                out.append("<meta name=\"").append(name).append("\" content=\"");
                text(content);
                out.append("\" />\n");
            }
        }

        /**
         * The running footers, placed first so every page can use them: {@code rodape} (page number, then the
         * footer lines) from the second page on, {@code rodape-primeira} (footer lines only) on the first.
         */
        private void footers(DocMeta meta) {
            List<String> lines = meta.letterhead() ? meta.footerLines() : List.of();
            out.append("<div class=\"rodape\"><div class=\"numero-pagina\"></div>");
            footerLines(lines);
            out.append("</div>\n<div class=\"rodape-primeira\">");
            footerLines(lines);
            out.append("</div>\n");
        }

        private void footerLines(List<String> lines) {
            for (String line : lines) {
                out.append("<div class=\"rodape-linha\">");
                text(line);
                out.append("</div>");
            }
        }

        private void letterhead(DocMeta meta, String brasaoUri) {
            out.append("<div class=\"cabecalho\">\n");
            if (brasaoUri != null) {
                out.append("<div class=\"brasao-caixa\"><img class=\"brasao\" alt=\"Brasão\" src=\"");
                text(brasaoUri);
                out.append("\" /></div>\n");
            }
            for (String line : meta.headerLines()) {
                out.append("<div class=\"cabecalho-linha\">");
                text(line);
                out.append("</div>\n");
            }
            out.append("</div>\n");
        }

        private void body(List<Block> blocks) {
            if (!email) {
                aligned = TableWidths.aligned(blocks);
                wholeSections(blocks);
            }
            int[] keep = finalGroup(blocks);
            if (!email && keep[0] >= 0 && keep[0] < keep[1] && blocks.get(keep[0]) instanceof Block.Paragraph last
                    && styleOf(blocks.get(keep[0] + 1)) == ParagraphStyle.FECHO) {
                // Printed: the fecho and the signature ride at the end of the last paragraph, as its last "line"
                // (an inline block, which is never split), so the paragraph's widows carry at least its last two
                // lines to the next page with them, not the whole paragraph.
                for (int i = 0; i < keep[0]; i++) {
                    block(blocks, i);
                }
                openSection(blocks, keep[0]);
                paragraph(last, blocks.subList(keep[0] + 1, keep[1] + 1));
                for (int i = keep[0]; i <= keep[1]; i++) {
                    closeSections(i);
                }
                for (int i = keep[1] + 1; i < blocks.size(); i++) {
                    block(blocks, i);
                }
                return;
            }
            for (int i = 0; i < blocks.size(); i++) {
                openSection(blocks, i);
                if (i == keep[0]) {
                    out.append("<div class=\"bloco-final\">\n");
                }
                block(blocks.get(i));
                if (i == keep[1]) {
                    out.append("</div>\n");
                }
                closeSections(i);
            }
        }

        /**
         * Finds the sections to print whole: each goes in a {@code inteira} block, which the CSS keeps on one page.
         * A section holds only whole blocks, and the fecho group ({@link #finalGroup}) has no heading, so the two
         * kinds of block nest.
         */
        private void wholeSections(List<Block> blocks) {
            sectionsEnding = new int[blocks.size()];
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i) instanceof Block.Heading h && h.whole()) {
                    sectionsEnding[Block.Heading.sectionEnd(blocks, i) - 1]++;
                }
            }
        }

        /** Block {@code i} inside the sections it opens and closes. */
        private void block(List<Block> blocks, int i) {
            openSection(blocks, i);
            block(blocks.get(i));
            closeSections(i);
        }

        private void openSection(List<Block> blocks, int i) {
            if (!email && blocks.get(i) instanceof Block.Heading h && h.whole()) {
                out.append("<div class=\"inteira\">\n");
            }
        }

        private void closeSections(int i) {
            for (int n = i < sectionsEnding.length ? sectionsEnding[i] : 0; n > 0; n--) {
                out.append("</div>\n");
            }
        }

        /**
         * The closing blocks (MRPR3 5.1.8: the signature is never alone on a page): the paragraph before the fecho,
         * the fecho and the signatures that follow it, as {first, last} indexes; {-1,-1} when there is no fecho or
         * signature. Printed, the fecho and signatures go inside that paragraph; in the e-mail they are grouped.
         */
        private static int[] finalGroup(List<Block> blocks) {
            int anchor = -1;
            for (int i = 0; i < blocks.size(); i++) {
                if (styleOf(blocks.get(i)) == ParagraphStyle.FECHO) {
                    anchor = i;
                    break;
                }
            }
            if (anchor < 0) {
                for (int i = 0; i < blocks.size(); i++) {
                    if (styleOf(blocks.get(i)) == ParagraphStyle.ASSINATURA) {
                        anchor = i;
                        break;
                    }
                }
            }
            if (anchor < 0) {
                return new int[] {-1, -1};
            }
            int end = anchor;
            while (end + 1 < blocks.size()) {
                ParagraphStyle next = styleOf(blocks.get(end + 1));
                if (next == ParagraphStyle.ASSINATURA || next == ParagraphStyle.FECHO) {
                    end++;
                } else {
                    break;
                }
            }
            int start = anchor > 0 && blocks.get(anchor - 1) instanceof Block.Paragraph ? anchor - 1 : anchor;
            return new int[] {start, end};
        }

        private static ParagraphStyle styleOf(Block b) {
            return b instanceof Block.Paragraph p ? p.style() : null;
        }

        private void block(Block b) {
            if (b instanceof Block.Paragraph p) {
                paragraph(p);
            } else if (b instanceof Block.Heading h) {
                int level = Math.max(1, Math.min(6, h.level()));
                String tag = "h" + level;
                open(tag, null);
                inlines(h.content());
                out.append("</").append(tag).append(">\n");
            } else if (b instanceof Block.ListBlock l) {
                list(l);
            } else if (b instanceof Block.CodeBlock c) {
                open("pre", "codigo");
                String code = c.text().endsWith("\n") ? c.text().substring(0, c.text().length() - 1) : c.text();
                if (email) {
                    breakableCode(code);
                } else {
                    codeLines(code, Shell.ofLanguage(c.language()).orElse(null));
                }
                out.append("</pre>\n");
            } else if (b instanceof Block.Quote q) {
                open("blockquote", "citacao");
                out.append('\n');
                inset += QUOTE_INSET;
                for (Block inner : q.blocks()) {
                    block(inner);
                }
                inset -= QUOTE_INSET;
                out.append("</blockquote>\n");
            } else if (b instanceof Block.Table t) {
                table(t);
            } else if (b instanceof Block.ThematicBreak) {
                out.append("<hr />\n");
            }
        }

        private void paragraph(Block.Paragraph p) {
            paragraph(p, List.of());
        }

        /**
         * @param closing the fecho and signatures to put at the end of this paragraph in a
         *        {@code fecho-assinatura} (the paragraph then gets {@code com-fecho}), or empty
         */
        private void paragraph(Block.Paragraph p, List<Block> closing) {
            String cls = p.style().cssClass();
            boolean numbered = p.style() == ParagraphStyle.TEXTO && p.number() > 0;
            if (numbered) {
                cls = cls + " numerado";
            }
            if (!closing.isEmpty()) {
                cls = cls.isEmpty() ? "com-fecho" : cls + " com-fecho";
            }
            open("p", cls.isEmpty() ? null : cls);
            if (numbered) {
                open("span", "numero");
                out.append(p.number()).append(".</span>");
            }
            inlines(p.content());
            if (!closing.isEmpty()) {
                // The forced break ends the text as a last line (not justified); the block is the next line.
                out.append("<br /><span class=\"fecho-assinatura\">");
                for (Block b : closing) {
                    block(b);
                }
                out.append("</span>");
            }
            out.append("</p>\n");
        }

        private void list(Block.ListBlock l) {
            String tag = l.ordered() ? "ol" : "ul";
            out.append('<').append(tag);
            if (l.ordered() && l.start() != 1) {
                out.append(" start=\"").append(l.start()).append('"');
            }
            if (email) {
                out.append(" style=\"margin:0 0 6pt 0;padding-left:1.2cm;\"");
            }
            out.append(">\n");
            inset += LIST_INSET;
            for (Block.ListItem item : l.items()) {
                out.append("<li>");
                List<Block> blocks = item.blocks();
                for (int i = 0; i < blocks.size(); i++) {
                    Block inner = blocks.get(i);
                    // The first plain paragraph of an item is written without <p>, so tight lists stay tight.
                    if (i == 0 && inner instanceof Block.Paragraph p && p.style() == ParagraphStyle.NORMAL) {
                        inlines(p.content());
                        if (blocks.size() > 1) {
                            out.append('\n');
                        }
                    } else {
                        block(inner);
                    }
                }
                out.append("</li>\n");
            }
            inset -= LIST_INSET;
            out.append("</").append(tag).append(">\n");
        }

        private void table(Block.Table t) {
            double[] widths = aligned.get(t);
            String cls = widths != null ? "tabela alinhada" : "tabela";
            double width = TableWidths.TEXT_WIDTH - inset;
            if (widths == null && !email && !TableWidths.fits(t, width)) {
                // A word too long for an automatic layout (a long domain, e-mail or path): the DOCX's widths, which
                // narrow the columns of the long words first, and the words break there.
                widths = TableWidths.of(t, width);
                for (int c = 0; c < widths.length; c++) {
                    widths[c] /= width;
                }
                cls = "tabela ajustada";
            }
            open("table", cls);
            out.append('\n');
            if (widths != null) {
                // The column widths shared with the document's other tables of the same header, or fitted to the
                // page (TableWidths, as the DOCX): content, not look, so they are written here and not in the CSS.
                out.append("<colgroup>");
                for (double w : widths) {
                    out.append("<col style=\"width:").append(String.format(java.util.Locale.ROOT, "%.3f", w * 100))
                            .append("%\" />");
                }
                out.append("</colgroup>\n");
            }
            if (!t.header().isEmpty()) {
                out.append("<thead>\n");
                for (List<List<Inline>> row : t.header()) {
                    row(row, t, "th");
                }
                out.append("</thead>\n");
            }
            out.append("<tbody>\n");
            for (List<List<Inline>> row : t.rows()) {
                row(row, t, "td");
            }
            out.append("</tbody>\n</table>\n");
        }

        private void row(List<List<Inline>> cells, Block.Table t, String tag) {
            List<Block.Align> aligns = t.alignments();
            out.append("<tr>");
            for (int i = 0; i < cells.size(); i++) {
                Block.Align a = i < aligns.size() ? aligns.get(i) : Block.Align.DEFAULT;
                String alignClass = switch (a) {
                    case LEFT -> "alinhar-esquerda";
                    case CENTER -> "alinhar-centro";
                    case RIGHT -> "alinhar-direita";
                    case DEFAULT -> null;
                };
                out.append('<').append(tag);
                String cls = alignClass;
                if (isShortToken(cells.get(i))) {
                    cls = cls == null ? "sem-quebra" : cls + " sem-quebra";
                }
                String column = t.column(i).cssClass();
                if (!column.isEmpty()) {
                    cls = cls == null ? column : cls + " " + column;
                }
                if (cls != null && !email) {
                    out.append(" class=\"").append(cls).append('"');
                }
                if (email) {
                    out.append(" style=\"").append(EMAIL_STYLES.get(tag));
                    if (a == Block.Align.CENTER) {
                        out.append("text-align:center;");
                    } else if (a == Block.Align.RIGHT) {
                        out.append("text-align:right;");
                    }
                    out.append('"');
                }
                out.append('>');
                inlines(cells.get(i));
                out.append("</").append(tag).append('>');
            }
            out.append("</tr>\n");
        }

        /**
         * A cell holding one short word (a date, "Contra-chave", a port) is kept on one line: the table layout
         * would otherwise break it at "/" or "-" to make the column narrow.
         */
        private static boolean isShortToken(List<Inline> cell) {
            StringBuilder text = new StringBuilder();
            for (Inline in : cell) {
                if (in instanceof Inline.Text t) {
                    text.append(t.text());
                } else if (in instanceof Inline.Code c) {
                    text.append(c.text());
                } else {
                    return false;
                }
            }
            String s = text.toString().strip();
            return !s.isEmpty() && s.length() <= 16 && s.chars().noneMatch(Character::isWhitespace);
        }

        private void inlines(List<Inline> content) {
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
                open("code", null);
                breakableCode(c.text());
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
            String lower = url.toLowerCase(java.util.Locale.ROOT);
            boolean safe = lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:");
            if (!safe) {
                inlines(l.content());
                return;
            }
            out.append("<a href=\"");
            text(url);
            out.append('"');
            if (email) {
                out.append(" style=\"").append(EMAIL_STYLES.get("a")).append('"');
            }
            out.append('>');
            inlines(l.content());
            out.append("</a>");
        }

        private void mark(Inline.Symbol symbol) {
            String cls = "marca " + markClass(symbol);
            out.append("<span class=\"").append(cls).append("\" title=\"").append(symbol.label()).append('"');
            if (email) {
                out.append(" style=\"").append(EMAIL_STYLES.get(cls)).append("\">");
                out.append(emailMarkText(symbol)).append("</span>");
                return;
            }
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

        /**
         * Each source line of a code block as a block of its own ({@code linha}), so that a command the page is too
         * narrow for wraps with a hanging indent and is told from the next command. An indented line keeps its
         * spaces as text (copied commands keep them) and gets {@code recuo-2} … {@code recuo-16} (its indentation
         * in spaces, by twos), so that its continuation is indented from where the line starts. The line is one
         * text, with no element inside: the PDF then draws (and gives back, when copied) its text in order. The
         * lines of a command broken with its shell's continuation go in a {@code comando}, kept on one page:
         * copied across a page break, the command would take the page number along.
         */
        private void codeLines(String code, Shell shell) {
            String[] lines = code.replace("\r\n", "\n").replace('\r', '\n').replace("\t", "    ").split("\n", -1);
            boolean command = false;
            for (String line : lines) {
                boolean continues = shell != null && shell.continues(line);
                if (continues && !command) {
                    out.append("<span class=\"comando\">");
                    command = true;
                }
                int indent = 0;
                while (indent < line.length() && line.charAt(indent) == ' ') {
                    indent++;
                }
                int step = Math.min(indent / 2, 8) * 2;
                out.append(step == 0 ? "<span class=\"linha\">" : "<span class=\"linha recuo-" + step + "\">");
                appendEscaped(out, line);
                out.append("</span>");
                if (command && !continues) {
                    out.append("</span>");
                    command = false;
                }
            }
            if (command) {
                out.append("</span>");
            }
        }

        /** Code text. Long tokens are broken by the CSS (word-wrap), so copied commands stay intact. */
        private void breakableCode(String code) {
            appendEscaped(out, code);
        }

        private void open(String tag, String cls) {
            out.append('<').append(tag);
            if (cls != null) {
                out.append(" class=\"").append(cls).append('"');
            }
            if (email) {
                String style = EMAIL_STYLES.get(cls != null ? cls : tag);
                if (style == null && cls != null) {
                    style = EMAIL_STYLES.get(tag);
                }
                if (style != null) {
                    out.append(" style=\"").append(style).append('"');
                }
            }
            out.append('>');
        }

        private void text(String s) {
            appendEscaped(out, s);
        }

        private static boolean startsWithTitle(List<Block> blocks) {
            return !blocks.isEmpty() && blocks.get(0) instanceof Block.Heading h && h.level() == 1;
        }

        private static boolean notBlank(String s) {
            return s != null && !s.isBlank();
        }

        private static String nullToEmpty(String s) {
            return s == null ? "" : s;
        }
    }
}
