package br.esus.oficios.write.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import java.lang.reflect.Field;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Stops openhtmltopdf from building its own XMP packet. With {@code usePdfUaAccessibility(true)} the renderer
 * builds one with xmpbox for every document (6% of the time of a PDF), and {@link PdfWriter} then replaces it with
 * ours, so the PDF never carries it. The renderer reads its private {@code _pdfUaConformance} flag only to decide
 * that; the tagging itself was set up from the builder before. The same step of the renderer also marks the catalog
 * as tagged (MarkInfo), sets its language and asks viewers to show the title: those are done here instead, in the
 * same order, so the PDF comes out byte for byte as before. When a newer openhtmltopdf has no such field this does
 * nothing and the renderer does it all itself, only slower.
 */
final class LibraryXmp {
    private static final Field PDF_UA_FLAG = flag();

    private LibraryXmp() {
    }

    /**
     * Call right after the renderer is built, before layout.
     *
     * @param language the document's language (the renderer would take the {@code lang} of the XHTML)
     */
    static void skip(PdfBoxRenderer renderer, PDDocument pd, String language) {
        if (PDF_UA_FLAG == null) {
            return;
        }
        try {
            PDF_UA_FLAG.setBoolean(renderer, false);
        } catch (IllegalAccessException | RuntimeException e) {
            // Left as it is: openhtmltopdf writes its XMP and ours replaces it.
            return;
        }
        PDDocumentCatalog catalog = pd.getDocumentCatalog();
        // Placeholder in the Metadata slot; PdfWriter puts the real XMP there.
        catalog.setMetadata(new PDMetadata(pd));
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        catalog.setLanguage(language);
        catalog.setViewerPreferences(new PDViewerPreferences(new COSDictionary()));
        catalog.getViewerPreferences().setDisplayDocTitle(true);
    }

    /** Whether the renderer's flag was found (tests). */
    static boolean available() {
        return PDF_UA_FLAG != null;
    }

    private static Field flag() {
        try {
            Field f = PdfBoxRenderer.class.getDeclaredField("_pdfUaConformance");
            if (f.getType() != boolean.class) {
                return null;
            }
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
