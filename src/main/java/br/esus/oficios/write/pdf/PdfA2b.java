package br.esus.oficios.write.pdf;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The PDF/A-2 parts of a typeset document (and the links' descriptions PDF/UA-1 asks for): the sRGB output intent,
 * printable annotations,
 * no image interpolation, and a check that every font is embedded. The XMP and the Info dictionary are written by
 * {@link PdfWriter}; veraPDF checks the result in the tests.
 */
final class PdfA2b {

    static final String SRGB = "sRGB IEC61966-2.1";

    private PdfA2b() {
    }

    static void finish(PDDocument pd, byte[] iccProfile) throws IOException {
        PDOutputIntent intent = new PDOutputIntent(pd, new ByteArrayInputStream(iccProfile));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        pd.getDocumentCatalog().addOutputIntent(intent);

        Set<COSName> seen = new HashSet<>();
        for (PDPage page : pd.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                annotation.setPrinted(true);
                annotation.setHidden(false);
                annotation.setInvisible(false);
                annotation.setNoView(false);
                describeLink(annotation);
            }
            checkResources(page.getResources(), 0);
        }
    }

    /**
     * A link's alternate description (PDF/UA-1 rule 7.18.5): its address, without "mailto:", which is what the
     * linked text shows.
     */
    private static void describeLink(PDAnnotation annotation) throws IOException {
        if (annotation instanceof PDAnnotationLink link && link.getContents() == null
                && link.getAction() instanceof PDActionURI uri && uri.getURI() != null) {
            link.setContents(uri.getURI().replaceFirst("^mailto:", ""));
        }
    }

    /** Images must not ask for interpolation (rule 6.2.8); fonts must be embedded (rule 6.2.11.4): only the
     * TrueType fonts we loaded may appear. */
    private static void checkResources(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 8) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject image) {
                if (image.getInterpolate()) {
                    image.setInterpolate(false);
                }
            } else if (x instanceof PDFormXObject form) {
                checkResources(form.getResources(), depth + 1);
            }
        }
        // Read from the dictionaries, without building PDFont objects (that parsed every embedded font again and
        // cost 3% of a PDF): PDFBox makes a PDType0Font exactly for a font whose Subtype is Type0.
        COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fonts == null) {
            return;
        }
        for (COSName name : fonts.keySet()) {
            COSDictionary font = fonts.getCOSDictionary(name);
            // Our fonts are PDType0Font, embedded (as subsets) when the document is saved; anything else would be a
            // standard font the PDF does not carry.
            if (font != null && !COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE))) {
                throw new IOException("fonte não embutida no PDF: " + font.getNameAsString(COSName.BASE_FONT));
            }
        }
    }
}
