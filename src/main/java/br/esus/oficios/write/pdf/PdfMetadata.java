package br.esus.oficios.write.pdf;

import br.esus.oficios.doc.ContentHash;
import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.DocMeta;

import java.io.IOException;
import java.util.Calendar;
import java.util.GregorianCalendar;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/** The PDF's document properties: the Info dictionary, its XMP twin ({@link XmpPacket}) and the language. */
final class PdfMetadata {

    /** Written as the PDF's Creator / xmp:CreatorTool. */
    static final String CREATOR = "gerar-oficios";
    /** Written as the PDF's Producer / pdf:Producer. */
    static final String PRODUCER = "gerar-oficios (Apache PDFBox)";

    private PdfMetadata() {
    }

    /**
     * Info dictionary and XMP with the same values (PDF/A rule 6.6.3), plus the document language. Creator is ours
     * and dc:language is set; the XMP also carries the
     * document's content hash ({@link ContentHash}), by which a signed copy is recognised as the current document.
     */
    static void write(PDDocument pd, Doc doc) throws IOException {
        DocMeta meta = doc.meta();
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

        byte[] xmp = XmpPacket.of(title, author, subject, keywords, meta.language(), CREATOR, PRODUCER, now,
                ContentHash.of(doc), meta.documentId());
        PDMetadata metadata = new PDMetadata(pd);
        metadata.importXMPMetadata(xmp);
        pd.getDocumentCatalog().setMetadata(metadata);
        pd.getDocumentCatalog().setLanguage(meta.language());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
