package br.esus.oficios.write.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import br.esus.oficios.doc.ParagraphStyle;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The style ids of {@code styles.xml} (a text resource next to this class: the only place the DOCX look lives) and
 * how a document gets them, with the padrão ofício paragraph styles ({@link #of(ParagraphStyle)}).
 */
final class DocxStyles {

    static final String HEADING_PREFIX = "Heading"; // Heading1..Heading3
    static final String TEXTO_NUMERADO = "TextoNumerado";
    static final String CITACAO = "Citacao";
    static final String LISTA = "ListParagraph";
    static final String CODIGO = "Codigo";
    static final String CODIGO_INLINE = "CodigoInline";
    /** Inline code in a table cell: 0.85 of the table's 10 pt, as the PDF's (PdfMeasures.INLINE_CODE). */
    static final String CODIGO_INLINE_TABELA = "CodigoInlineTabela";
    static final String HYPERLINK = "Hyperlink";
    static final String TABELA_TEXTO = "TabelaTexto";
    static final String TABELA_TEXTO_CENTRO = "TabelaTextoCentro";
    static final String TABELA_TEXTO_DIREITA = "TabelaTextoDireita";
    static final String TABELA_CABECALHO = "TabelaCabecalho";
    static final String TABELA_CABECALHO_CENTRO = "TabelaCabecalhoCentro";
    static final String TABELA_CABECALHO_DIREITA = "TabelaCabecalhoDireita";
    static final String SEPARADOR = "Separador";
    static final String APOS_TABELA = "AposTabela";
    static final String CABECALHO = "Cabecalho";
    static final String CABECALHO_BRASAO = "CabecalhoBrasao";
    static final String CABECALHO_FIM = "CabecalhoFim";
    static final String RODAPE = "Rodape";
    static final String RODAPE_NUMERO = "RodapeNumero";
    static final String MARCA = "Marca";

    /** The paragraph styles of table cells. */
    private static final java.util.Set<String> TABLE_TEXT = java.util.Set.of(TABELA_TEXTO, TABELA_TEXTO_CENTRO,
            TABELA_TEXTO_DIREITA, TABELA_CABECALHO, TABELA_CABECALHO_CENTRO, TABELA_CABECALHO_DIREITA);

    /** The paragraph style id of a padrão ofício paragraph class. */
    static String of(ParagraphStyle style) {
        return switch (style) {
            case NORMAL -> "Normal";
            case IDENTIFICACAO -> "Identificacao";
            case DATA -> "Data";
            case ENDERECAMENTO -> "Enderecamento";
            case ASSUNTO -> "Assunto";
            case VOCATIVO -> "Vocativo";
            case TEXTO -> "Texto";
            case FECHO -> "Fecho";
            case ASSINATURA -> "Assinatura";
            case NOTA -> "Nota";
        };
    }

    /** Where POI puts the style sheet in the package. */
    static final String PART_NAME = "word/styles.xml";

    private final String xml;
    /** {@link #part()}, once computed. */
    private volatile byte[] part;

    private DocxStyles(String xml) {
        this.xml = xml;
    }

    static DocxStyles load() {
        try (InputStream in = DocxStyles.class.getResourceAsStream("styles.xml")) {
            if (in == null) {
                throw new IllegalStateException("styles.xml ausente do pacote " + DocxStyles.class.getPackageName());
            }
            return new DocxStyles(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gives the document its own copy of every style (parsed per document: XMLBeans objects are not shared). */
    void applyTo(XWPFDocument doc) {
        try {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(xml).getStyles());
        } catch (XmlException e) {
            throw new IllegalStateException("styles.xml inválido", e);
        }
    }

    /**
     * The styles part exactly as POI writes it for a document given {@link #applyTo(XWPFDocument)}: the same for
     * every document, so it is serialised once (parsing and saving it was a sixth of the time of a DOCX) and put
     * into each document's zip by {@link StableZip}.
     */
    byte[] part() {
        byte[] p = part;
        if (p == null) {
            synchronized (this) {
                p = part;
                if (p == null) {
                    p = serialise();
                    part = p;
                }
            }
        }
        return p;
    }

    private byte[] serialise() {
        XWPFDocument doc = new XWPFDocument();
        try {
            applyTo(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            doc.write(out);
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    if (e.getName().equals(PART_NAME)) {
                        return in.readAllBytes();
                    }
                }
            }
            throw new IllegalStateException(PART_NAME + " ausente do DOCX gerado pelo POI");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            doc.getPackage().revert();
        }
    }

    /**
     * The character style of inline code in a paragraph of style {@code paragraphStyle}: Word sizes are absolute,
     * the PDF's 0.85 is not, so table text (10 pt) has its own, smaller, code style.
     */
    static String codeInline(String paragraphStyle) {
        return TABLE_TEXT.contains(paragraphStyle) ? CODIGO_INLINE_TABELA : CODIGO_INLINE;
    }

    static String heading(int level) {
        return HEADING_PREFIX + Math.max(1, Math.min(3, level));
    }
}
