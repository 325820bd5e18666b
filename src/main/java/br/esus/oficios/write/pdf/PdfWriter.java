package br.esus.oficios.write.pdf;

import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.write.DocWriter;
import br.esus.oficios.write.WriteException;
import br.esus.oficios.write.html.DocHtml;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Calendar;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The PDF writer: the document tree → XHTML ({@link DocHtml}) → openhtmltopdf on PDFBox → PDF/A-2b in the padrão
 * ofício ({@code oficio.css}). Thread-safe; build one per batch: the fonts are chosen and read once, and each
 * rendering thread parses them once and keeps them.
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
    private final ThreadLocal<ThreadFonts> threadFonts;
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
        QuietLogging.apply();
        this.fonts = fonts;
        this.css = readCss();
        this.srgbProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        this.threadFonts = ThreadLocal.withInitial(() -> new ThreadFonts(fonts));
    }

    private static FontChoice resolveQuietly(Path fontFile) {
        QuietLogging.apply();
        return FontChoice.resolve(fontFile);
    }

    /**
     * Messages for the user about this writer (Portuguese, one line each), e.g. that Carlito was not found. Print
     * them once per run, not per document.
     */
    public List<String> warnings() {
        return fonts.warnings();
    }

    /** The fonts in use. */
    public FontChoice fonts() {
        return fonts;
    }

    /** The print style sheet (padrão ofício). */
    public String css() {
        return css;
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public byte[] write(Doc doc) throws WriteException {
        String brasao = brasaoUri(doc.meta());
        String xhtml = DocHtml.toXhtml(doc, css, brasao);
        try {
            return render(xhtml, doc.meta());
        } catch (IOException | RuntimeException e) {
            throw new WriteException("não foi possível gerar o PDF de " + describe(doc.meta()) + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    private byte[] render(String xhtml, DocMeta meta) throws IOException {
        ThreadFonts tf = threadFonts.get();
        PDDocument pd = new PDDocument();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(pd);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
            builder.useColorProfile(srgbProfile);
            builder.withProducer(PRODUCER);
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            register(builder, pd, fonts.body(), tf.body, FontChoice.BODY_FAMILY);
            register(builder, pd, fonts.mono(), tf.mono, FontChoice.MONO_FAMILY);
            builder.withHtmlContent(xhtml, null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFWithoutClosing();
            }
            writeMetadata(pd, meta);
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            pd.save(out);
            return out.toByteArray();
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
        Calendar now = Calendar.getInstance();
        now.set(Calendar.MILLISECOND, 0);
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

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setFormat("application/pdf");
        if (title != null) {
            dc.setTitle(title);
        }
        if (author != null) {
            dc.addCreator(author);
        }
        if (subject != null) {
            dc.setDescription(subject);
        }
        dc.addLanguage(meta.language());
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        if (keywords != null) {
            pdf.setKeywords(keywords);
        }
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(CREATOR);
        basic.setCreateDate(now);
        basic.setModifyDate(now);
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        id.setPart(2);
        try {
            id.setConformance("B");
        } catch (org.apache.xmpbox.type.BadFieldValueException e) {
            throw new IOException("XMP: " + e.getMessage(), e);
        }

        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try {
            new XmpSerializer().serialize(xmp, bytes, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("XMP: " + e.getMessage(), e);
        }
        PDMetadata metadata = new PDMetadata(pd);
        metadata.importXMPMetadata(bytes.toByteArray());
        pd.getDocumentCatalog().setMetadata(metadata);
        pd.getDocumentCatalog().setLanguage(meta.language());
    }

    /** The coat of arms as a data URI, read once per file. */
    private String brasaoUri(DocMeta meta) throws WriteException {
        Path path = meta.brasao();
        if (path == null || !meta.letterhead()) {
            return null;
        }
        String cached = brasaoUris.get(path);
        if (cached != null) {
            return cached;
        }
        byte[] data;
        try {
            data = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new WriteException("brasão não encontrado ou ilegível: " + path
                    + " (confira o caminho da imagem PNG ou JPEG)", e);
        }
        String mime = imageMime(data);
        if (mime == null) {
            throw new WriteException("brasão não é PNG nem JPEG: " + path + " (converta a imagem para PNG)");
        }
        String uri = "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(data);
        brasaoUris.putIfAbsent(path, uri);
        return uri;
    }

    private static String imageMime(byte[] d) {
        if (d.length > 8 && (d[0] & 0xFF) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') {
            return "image/png";
        }
        if (d.length > 3 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xD8) {
            return "image/jpeg";
        }
        return null;
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

    /** The parsed fonts of one thread (a fontbox TrueTypeFont is not meant to be shared between threads). */
    private static final class ThreadFonts {
        final List<TrueTypeFont> body = new ArrayList<>();
        final List<TrueTypeFont> mono = new ArrayList<>();

        ThreadFonts(FontChoice fonts) {
            for (FontChoice.Face f : fonts.body()) {
                body.add(FontChoice.parse(f));
            }
            for (FontChoice.Face f : fonts.mono()) {
                mono.add(FontChoice.parse(f));
            }
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
