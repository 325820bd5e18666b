package br.esus.oficios.write.pdf;

import br.esus.oficios.write.QuietLibraries;
import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.write.Brasao;
import br.esus.oficios.write.DocWriter;
import br.esus.oficios.write.WriteException;
import br.esus.oficios.write.html.DocHtml;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.context.StylesheetFactoryImpl;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.StringReader;
import java.util.Arrays;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The PDF writer: the document tree → XHTML ({@link DocHtml}) → openhtmltopdf on PDFBox → PDF/A-2b in the padrão
 * ofício ({@code oficio.css}). Thread-safe; build one per run: the fonts are chosen and read once, and parsed once
 * for each document written at the same time, then reused by whichever thread writes next ({@link Reusables}).
 */
public final class PdfWriter implements DocWriter {

    /** Written as the PDF's Creator / xmp:CreatorTool. */
    public static final String CREATOR = "gerar-oficios";
    /** Written as the PDF's Producer / pdf:Producer. */
    public static final String PRODUCER = "gerar-oficios (openhtmltopdf, Apache PDFBox)";

    static final String CSS_RESOURCE = "/br/esus/oficios/write/pdf/oficio.css";

    private final FontChoice fonts;
    private final String css;
    private final byte[] srgbProfile;
    private final Reusables<RenderState> states;
    private final ConcurrentMap<Path, String> brasaoUris = new ConcurrentHashMap<>();

    /**
     * @param fontFile the TrueType file given with {@code --fonte}, or null to look for Calibri/Carlito in the
     *        system font folders and fall back to Liberation Sans
     * @throws IllegalArgumentException (Portuguese message) when {@code fontFile} is missing or not TrueType
     */
    public PdfWriter(Path fontFile) {
        this(resolveQuietly(fontFile));
    }

    /** A writer with fonts already chosen (tests, or a caller that resolved them itself). */
    public PdfWriter(FontChoice fonts) {
        QuietLibraries.apply();
        this.fonts = fonts;
        this.css = readCss();
        this.srgbProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        this.states = new Reusables<>(() -> new RenderState(fonts, css));
    }

    private static FontChoice resolveQuietly(Path fontFile) {
        QuietLibraries.apply();
        return FontChoice.resolve(fontFile);
    }

    /** E.g. that Carlito was not found and the PDF uses Liberation Sans. */
    @Override
    public List<String> warnings() {
        return fonts.warnings();
    }

    /** Parses the fonts (and loads the rendering libraries) for the first document. */
    @Override
    public void prepare() {
        states.giveBack(states.borrow());
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public byte[] write(Doc doc) throws WriteException {
        return writeWithWarnings(doc).bytes();
    }

    /** The PDF, with a warning naming the characters no font had (they came out as "#"), if any. */
    @Override
    public Written writeWithWarnings(Doc doc) throws WriteException {
        String brasao = brasaoUri(doc.meta());
        String xhtml = DocHtml.toXhtml(doc, brasao);
        try {
            return render(xhtml, doc.meta());
        } catch (IOException | RuntimeException e) {
            throw new WriteException("não foi possível gerar o PDF de " + describe(doc.meta()) + ": "
                    + (e.getMessage() == null ? "erro interno da biblioteca de PDF (rode de novo com --debug e relate "
                            + "o problema)" : e.getMessage()), e);
        }
    }

    private Written render(String xhtml, DocMeta meta) throws IOException {
        RenderState tf = states.borrow();
        try {
            return render(xhtml, meta, tf);
        } finally {
            states.giveBack(tf);
        }
    }

    private Written render(String xhtml, DocMeta meta, RenderState tf) throws IOException {
        org.w3c.dom.Document dom;
        try {
            dom = tf.xml.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXException e) {
            throw new IOException("XHTML malformado: " + e.getMessage(), e);
        }
        MissingGlyphs.Result glyphs = tf.glyphs.check(dom);
        PDDocument pd = new PDDocument();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(pd);
            builder.useUnicodeLineBreaker(new PlainLineBreaker());
            builder.withProducer(PRODUCER);
            // Tagged PDF (structure tree, reading order, alt text) for screen readers; veraPDF still reports
            // PDF/A-2b compliance with it (PdfWriterTest), and it costs little CPU.
            builder.usePdfUaAccessibility(true);
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            register(builder, pd, fonts.body(), tf.body, FontChoice.BODY_FAMILY);
            register(builder, pd, fonts.mono(), tf.mono, FontChoice.MONO_FAMILY);
            if (glyphs.usesReserve()) {
                register(builder, pd, FontChoice.reserveFaces(), tf.reserve(), FontChoice.RESERVE_FAMILY);
            }
            builder.useNamespaceHandler(tf.namespaceHandler);
            builder.withW3cDocument(dom, null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                LibraryXmp.skip(renderer, pd, meta.language());
                renderer.layout();
                renderer.createPDFWithoutClosing();
            }
            PdfA2b.finish(pd, srgbProfile);
            writeMetadata(pd, meta);
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            pd.save(out);
            return new Written(XrefSelfEntry.add(out.toByteArray()),
                    glyphs.missing().isEmpty() ? List.of() : List.of(MissingGlyphs.warning(glyphs.missing())));
        } finally {
            pd.close();
        }
    }

    private static void register(PdfRendererBuilder builder, PDDocument pd, List<FontChoice.Face> faces,
            List<TrueTypeFont> parsed, String family) {
        for (int i = 0; i < faces.size(); i++) {
            FontChoice.Face face = faces.get(i);
            builder.useFont(new LazyFont(pd, parsed.get(i)), family, face.weight(),
                    face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
        }
    }

    /**
     * Info dictionary and XMP with the same values (PDF/A rule 6.6.3), plus the document language. Written here
     * rather than by openhtmltopdf so that Creator is ours and dc:language is set.
     */
    private static void writeMetadata(PDDocument pd, DocMeta meta) throws IOException {
        // The document's own date, not the clock: the same content gives the same bytes, so the sends log can tell
        // an unchanged ofício from a changed one, and a re-run does not touch what was already archived.
        Calendar now = GregorianCalendar.from(meta.dateTime());
        String title = blankToNull(meta.title());
        String author = blankToNull(meta.author());
        String subject = blankToNull(meta.subject());
        String keywords = blankToNull(String.join(", ", meta.keywords()));

        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setSubject(subject);
        info.setKeywords(keywords);
        info.setCreator(CREATOR);
        info.setProducer(PRODUCER);
        info.setCreationDate(now);
        info.setModificationDate(now);
        pd.setDocumentInformation(info);
        // Seed of the trailer /ID, which PDFBox otherwise derives from the current time.
        pd.setDocumentId((long) (meta.documentId() + "|" + meta.title() + "|" + meta.date()).hashCode());

        byte[] xmp = XmpPacket.of(title, author, subject, keywords, meta.language(), CREATOR, PRODUCER, now);
        PDMetadata metadata = new PDMetadata(pd);
        metadata.importXMPMetadata(xmp);
        pd.getDocumentCatalog().setMetadata(metadata);
        pd.getDocumentCatalog().setLanguage(meta.language());
    }

    /** The coat of arms as a data URI, prepared once per file ({@link Brasao#printable()}). */
    private String brasaoUri(DocMeta meta) throws WriteException {
        Path path = meta.brasao();
        if (path == null || !meta.letterhead()) {
            return null;
        }
        String cached = brasaoUris.get(path);
        if (cached != null) {
            return cached;
        }
        byte[] png = Brasao.read(path).printable();
        String uri = "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
        brasaoUris.putIfAbsent(path, uri);
        return uri;
    }

    private static String describe(DocMeta meta) {
        return meta.documentId() != null ? meta.documentId() : String.valueOf(meta.title());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String readCss() {
        try (InputStream in = PdfWriter.class.getResourceAsStream(CSS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("folha de estilo ausente: " + CSS_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What is parsed once and reused for every document, by one thread at a time: the fonts (a fontbox TrueTypeFont
     * is not meant to be used by two threads at once), the check of their characters, the style sheet and an XML
     * parser.
     */
    private static final class RenderState {
        final List<TrueTypeFont> body = new ArrayList<>();
        final List<TrueTypeFont> mono = new ArrayList<>();
        private List<TrueTypeFont> reserve;
        final MissingGlyphs glyphs;
        final DocumentBuilder xml;
        final PreparsedCssHandler namespaceHandler;

        RenderState(FontChoice fonts, String css) {
            for (FontChoice.Face f : fonts.body()) {
                body.add(FontChoice.parse(f));
            }
            for (FontChoice.Face f : fonts.mono()) {
                mono.add(FontChoice.parse(f));
            }
            glyphs = new MissingGlyphs(body.get(0), mono.get(0), () -> reserve().get(0));
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
                factory.setNamespaceAware(true);
                factory.setExpandEntityReferences(false);
                factory.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                xml = factory.newDocumentBuilder();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
            namespaceHandler = new PreparsedCssHandler(css);
        }

        /** The reserve faces, parsed the first time a document needs them. */
        List<TrueTypeFont> reserve() {
            if (reserve == null) {
                List<TrueTypeFont> parsed = new ArrayList<>();
                for (FontChoice.Face f : FontChoice.reserveFaces()) {
                    parsed.add(FontChoice.parse(f));
                }
                reserve = parsed;
            }
            return reserve;
        }
    }

    /** The XHTML namespace handler with our style sheet parsed once, instead of once per document. */
    private static final class PreparsedCssHandler extends XhtmlNamespaceHandler {
        private final StylesheetInfo sheet;

        PreparsedCssHandler(String css) {
            sheet = new StylesheetInfo();
            sheet.setOrigin(StylesheetInfo.AUTHOR);
            sheet.setMedia("all");
            sheet.setType("text/css");
            sheet.setUri("classpath:" + CSS_RESOURCE);
            sheet.setStylesheet(new StylesheetFactoryImpl(null).parse(new StringReader(css), sheet));
        }

        @Override
        public StylesheetInfo[] getStylesheets(org.w3c.dom.Document doc) {
            StylesheetInfo[] inDocument = super.getStylesheets(doc);
            StylesheetInfo[] all = Arrays.copyOf(inDocument, inDocument.length + 1);
            System.arraycopy(inDocument, 0, all, 1, inDocument.length);
            all[0] = sheet;
            return all;
        }
    }

    /** Loads a face into the document only when the layout first asks for it (bold italic is rarely used). */
    private static final class LazyFont extends PDFontSupplier {
        private final PDDocument doc;
        private final TrueTypeFont ttf;
        private PDFont font;

        LazyFont(PDDocument doc, TrueTypeFont ttf) {
            super(null);
            this.doc = doc;
            this.ttf = ttf;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(doc, ttf, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }
    }
}
