package br.esus.oficios.write.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;

import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * The XMP metadata packet of a PDF/A-2a and PDF/UA-1 document, built with xmpbox as PDFBox's own {@code CreatePDFA}
 * example does. It holds the twins of the Info dictionary entries (PDF/A rule 6.6.3: title, author, subject, keywords,
 * creator tool, producer, dates) plus the language, the PDF/A identification (part 2, conformance A: tagged, with
 * Unicode for every glyph), the PDF/UA identification ({@link PdfUaIdentification}) and the content hash
 * ({@link XmpContentHash}).
 */
final class XmpPacket {

    private XmpPacket() {
    }

    /**
     * The packet; null values are left out (as they are from the Info dictionary).
     *
     * @param contentSha256 the document's {@link br.esus.oficios.doc.ContentHash}
     * @param documentId e.g. {@code oficio-dominio}; may be null
     */
    static byte[] of(String title, String author, String subject, String keywords, String language,
            String creatorTool, String producer, Calendar date, String contentSha256, String documentId)
            throws IOException {
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
        dc.addLanguage(language);

        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(producer);
        if (keywords != null) {
            pdf.setKeywords(keywords);
        }

        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(creatorTool);
        basic.setCreateDate(date);
        basic.setModifyDate(date);

        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        try {
            id.setPart(2);
            id.setConformance("A");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e); // "A" is a valid conformance level
        }
        PdfUaIdentification.addTo(xmp);
        XmpContentHash.addTo(xmp, contentSha256, documentId);

        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("não foi possível escrever os metadados XMP: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
