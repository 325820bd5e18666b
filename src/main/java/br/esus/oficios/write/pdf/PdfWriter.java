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
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import java.io.StringReader;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
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
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The PDF writer: the document tree → XHTML ({@link DocHtml}) → openhtmltopdf on PDFBox → PDF/A-2a and PDF/UA-1 in the padrão
 * ofício ({@code oficio.css}). Thread-safe; build one per run: the fonts are chosen and read once, and parsed once
 * for each document written at the same time, then reused by whichever thread writes next ({@link Reusables}).
 */
public final class PdfWriter implements DocWriter {

    static final String CSS_RESOURCE = "/br/esus/oficios/write/pdf/oficio.css";

    private final FontChoice fonts;
    private final String css;
    private final byte[] srgbProfile;
    private final Reusables<RenderState> states;
    private final Reusables<Typesetter> typesetters;
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
        this.typesetters = new Reusables<>(() -> new Typesetter(fonts));
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
        try {
            if (!Boolean.getBoolean("pdf.html")) {
                Typesetter t = typesetters.borrow();
                try {
                    Typesetter.Result r = t.write(doc);
                    return new Written(r.bytes(), r.missing().isEmpty() ? List.of()
                            : List.of(MissingGlyphs.warning(r.missing())));
                } finally {
                    typesetters.giveBack(t);
                }
            }
            String brasao = brasaoUri(doc.meta());
            String xhtml = DocHtml.toXhtml(doc, brasao);
            return render(xhtml, doc);
        } catch (IOException | RuntimeException e) {
            throw new WriteException("não foi possível gerar o PDF de " + describe(doc.meta()) + ": "
                    + (e.getMessage() == null ? "erro interno da biblioteca de PDF (rode de novo com --debug e relate "
                            + "o problema)" : e.getMessage()), e);
        }
    }

    private Written render(String xhtml, Doc doc) throws IOException {
        RenderState tf = states.borrow();
        try {
            return render(xhtml, doc, tf);
        } finally {
            states.giveBack(tf);
        }
    }

    private Written render(String xhtml, Doc doc, RenderState tf) throws IOException {
        DocMeta meta = doc.meta();
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
            builder.useUnicodeLineBreaker(new PlainLineBreaker(tf.lineBreaks));
            builder.withProducer(PdfMetadata.PRODUCER);
            // Tagged PDF (structure tree, reading order, alt text) for screen readers: with it the PDF passes veraPDF
            // as PDF/A-2a and PDF/UA-1, the profiles its XMP declares (PdfWriterTest), and it costs little CPU.
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
            EmptyArtifacts.remove(pd);
            TagTreeCleanup.apply(pd);
            PdfA2b.finish(pd, srgbProfile);
            PdfMetadata.write(pd, doc);
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
