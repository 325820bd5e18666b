package br.esus.oficios.write.pdf;

import br.esus.oficios.write.XmlText;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;

/**
 * The XMP metadata packet of a PDF/A-2b, written as text. It holds the twins of the Info dictionary entries
 * (PDF/A rule 6.6.3: title, author, subject, keywords, creator tool, producer, dates) plus the language and the
 * PDF/A identification. Building it with xmpbox costs two XML factory look-ups and a type registry per document;
 * the packet is small and fixed, so it is written directly.
 */
final class XmpPacket {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private XmpPacket() {
    }

    /** The packet; null values are left out (as they are from the Info dictionary). */
    static String of(String title, String author, String subject, String keywords, String language,
            String creatorTool, String producer, Calendar date) {
        String when = ZonedDateTime.ofInstant(date.toInstant(), ZoneId.of(date.getTimeZone().getID())).format(ISO);
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:format>application/pdf</dc:format>\n");
        if (title != null) {
            x.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(XmlText.escape(title))
                    .append("</rdf:li></rdf:Alt></dc:title>\n");
        }
        if (author != null) {
            x.append("<dc:creator><rdf:Seq><rdf:li>").append(XmlText.escape(author))
                    .append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (subject != null) {
            x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(XmlText.escape(subject))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        x.append("<dc:language><rdf:Bag><rdf:li>").append(XmlText.escape(language))
                .append("</rdf:li></rdf:Bag></dc:language>\n")
                .append("</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("<pdf:Producer>").append(XmlText.escape(producer)).append("</pdf:Producer>\n");
        if (keywords != null) {
            x.append("<pdf:Keywords>").append(XmlText.escape(keywords)).append("</pdf:Keywords>\n");
        }
        x.append("</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("<xmp:CreatorTool>").append(XmlText.escape(creatorTool)).append("</xmp:CreatorTool>\n")
                .append("<xmp:CreateDate>").append(when).append("</xmp:CreateDate>\n")
                .append("<xmp:ModifyDate>").append(when).append("</xmp:ModifyDate>\n")
                .append("</rdf:Description>\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append("<pdfaid:part>2</pdfaid:part>\n")
                .append("<pdfaid:conformance>B</pdfaid:conformance>\n")
                .append("</rdf:Description>\n")
                .append("</rdf:RDF>\n</x:xmpmeta>\n")
                .append("<?xpacket end=\"w\"?>");
        return x.toString();
    }
}
