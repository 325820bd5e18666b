package br.esus.oficios.write.html;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.doc.PageGeometry;
import br.esus.oficios.doc.ParagraphStyle;
import br.esus.oficios.write.PageFooter;

import java.util.List;
import java.util.Locale;

/**
 * The document tree as the XHTML the PDF is printed from (styled by {@code oficio.css}, classes only): the page
 * furniture (head, running footers, letterhead) here, the blocks in {@link HtmlBody}, tables in {@link HtmlTable},
 * code in {@link CodeLines}, inline content in {@link HtmlInlines}. Every text is escaped; links other than http(s)
 * and mailto are written as plain text.
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
    private final StringBuilder out;
    private final HtmlInlines html;

    private DocHtml(StringBuilder out) {
        this.out = out;
        this.html = new HtmlInlines(out);
    }

    /**
     * A complete XHTML document for printing; the renderer supplies the style sheet.
     *
     * @param doc the document
     * @param brasaoUri the {@code src} of the coat of arms (e.g. a data URI), or null for none
     */
    public static String toXhtml(Doc doc, String brasaoUri) {
        StringBuilder out = new StringBuilder(8192);
        new DocHtml(out).document(doc, brasaoUri);
        return out.toString();
    }

    private void document(Doc doc, String brasaoUri) {
        DocMeta meta = doc.meta();
        Bookmarks bookmarks = Bookmarks.of(doc.blocks());
        head(meta, bookmarks);
        out.append("<body>\n");
        footers(meta);
        if (meta.letterhead()) {
            letterhead(meta, brasaoUri);
        } else if (!startsWithTitle(doc.blocks()) && notBlank(meta.title())) {
            html.open("h1", "titulo");
            html.text(meta.title());
            out.append("</h1>\n");
        }
        new HtmlBody(html, bookmarks).write(doc.blocks());
        out.append("</body>\n</html>\n");
    }

    private void head(DocMeta meta, Bookmarks bookmarks) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(meta.language())
                .append("\" xml:lang=\"").append(meta.language()).append("\">\n<head>\n")
                .append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" />\n<title>");
        html.text(nullToEmpty(meta.title()));
        out.append("</title>\n");
        metaTag("author", meta.author());
        metaTag("subject", meta.subject());
        metaTag("keywords", String.join(", ", meta.keywords()));
        bottomMargins(meta);
        bookmarks.appendTo(out);
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
        if (first > PageGeometry.BOTTOM_MARGIN || others > PageGeometry.BOTTOM_MARGIN) {
            out.append("<style type=\"text/css\">\n")
                    .append(String.format(Locale.ROOT, "@page { margin-bottom: %.1fpt; }%n", others))
                    .append(String.format(Locale.ROOT, "@page :first { margin-bottom: %.1fpt; }%n", first))
                    .append("</style>\n");
        }
    }

    private void metaTag(String name, String content) {
        if (notBlank(content)) {
            out.append("<meta name=\"").append(name).append("\" content=\"");
            html.text(content);
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
            html.text(line);
            out.append("</div>");
        }
    }

    private void letterhead(DocMeta meta, String brasaoUri) {
        out.append("<div class=\"cabecalho\">\n");
        if (brasaoUri != null) {
            out.append("<div class=\"brasao-caixa\"><img class=\"brasao\" alt=\"");
            html.text(meta.brasaoAltText());
            out.append("\" src=\"");
            html.text(brasaoUri);
            out.append("\" /></div>\n");
        }
        for (String line : meta.headerLines()) {
            out.append("<div class=\"cabecalho-linha\">");
            html.text(line);
            out.append("</div>\n");
        }
        out.append("</div>\n");
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
