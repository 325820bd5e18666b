package br.esus.oficios.sign;

import br.esus.oficios.write.pdf.FontChoice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * Signs a PDF with a visible PAdES baseline B-B signature (ETSI EN 319 142-1, {@code /SubFilter
 * /ETSI.CAdES.detached}) under the ICP-Brasil AD-RB policy, by an incremental save: the signed file begins with the
 * unsigned one byte for byte, so it keeps its PDF/A and PDF/UA conformance. The block (a widget with its own
 * appearance stream, in the body font embedded as a subset, tagged for PDF/UA) goes under the signatário.
 */
public final class PadesSigner {
    /** Bytes reserved for the CMS: a real ICP-Brasil chain (leaf, intermediate, root with 4096-bit keys) takes 6–8 KB. */
    static final int CMS_ROOM = 16384;

    private final FontChoice.Face face;

    /** @param face the font of the block: the regular face of the PDF's body font */
    public PadesSigner(FontChoice.Face face) {
        this.face = face;
    }

    /**
     * @param anchorText the signatário's cargo: the block goes under its last line on the last page
     * @param location where the signature is made ("Santo Amaro/BA"), or null
     * @return the signed file
     * @throws SigningException (Portuguese message) when the page has no room for the block
     * @throws IOException when the PDF cannot be read or written
     */
    public byte[] sign(byte[] pdf, SigningKey key, String anchorText, String location, ZonedDateTime when)
            throws IOException, SigningException {
        SignatureBlock block = new SignatureBlock(key.holder(), key.issuer(), when);
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * CMS_ROOM + 65536);
        try (PDDocument doc = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            int pageIndex = doc.getNumberOfPages() - 1;
            PDRectangle rect = SignaturePlace.find(doc, pageIndex, anchorText, SignatureBlock.WIDTH,
                    SignatureBlock.HEIGHT);
            if (rect == null) {
                throw new SigningException("não há espaço na última página, abaixo de quem assina, para o bloco da "
                        + "assinatura; encurte o texto do documento para que ele caiba");
            }
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(block.holder());
            signature.setSignDate(GregorianCalendar.from(when)); // /M: the claimed time (no signing-time in the CMS)
            if (location != null) {
                signature.setLocation(location);
            }
            // No /Reason: with a signature policy in the CMS, PAdES baseline forbids it (EN 319 142-1 5.4 (m)).
            options.setPreferredSignatureSize(CMS_ROOM);
            options.setPage(pageIndex);
            doc.addSignature(signature, options);

            PDPage page = doc.getPage(pageIndex);
            PDSignatureField field = field(doc, signature);
            // Unique names: two fields with one name make validators reject the later signature.
            field.setPartialName("Assinatura" + doc.getSignatureDictionaries().size());
            field.setAlternateFieldName(block.description()); // /TU, PDF/UA 7.18.1
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(rect); // addSignature left an invisible [0 0 0 0] with an empty appearance
            widget.setPrinted(true);
            widget.setContents(block.description());
            PDType0Font font = PDType0Font.load(doc, FontChoice.parse(face), true); // subset at save; GSUB off
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.setNormalAppearance(block.appearance(doc, font)); // only /N (PDF/A)
            widget.setAppearance(appearance);
            WidgetTags.tag(doc, page, widget, block.description());

            ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
            external.setSignature(CmsSignature.sign(external.getContent().readAllBytes(), key,
                    SignaturePolicy.AD_RB_V1_3));
        }
        return out.toByteArray();
    }

    private static PDSignatureField field(PDDocument doc, PDSignature signature) throws IOException {
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        if (form != null) {
            for (PDField f : form.getFieldTree()) {
                if (f instanceof PDSignatureField s && s.getSignature() != null
                        && s.getSignature().getCOSObject() == signature.getCOSObject()) {
                    return s;
                }
            }
        }
        throw new IOException("o campo da assinatura não foi criado");
    }
}
