package br.esus.oficios.write.pdf;

import java.util.List;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPSchema;

/**
 * The PDF/UA-1 identification in the XMP ({@code pdfuaid:part = 1}, ISO 14289-1 §5) and, because {@code pdfuaid} is
 * not one of the schemas PDF/A predefines, its description in the PDF/A extension schema (ISO 19005-2 §6.6.2.3).
 */
final class PdfUaIdentification {

    static final String NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";
    static final String PREFIX = "pdfuaid";
    static final int PART = 1;

    private PdfUaIdentification() {
    }

    /** Adds {@code pdfuaid:part} and its extension-schema description to the packet. */
    static void addTo(XMPMetadata xmp) {
        XMPSchema ua = new XMPSchema(xmp, NAMESPACE, PREFIX, "PDF/UA identification");
        ua.setIntegerPropertyValueAsSimple("part", PART);
        xmp.addSchema(ua);
        describe(xmp);
    }

    private static void describe(XMPMetadata xmp) {
        XmpExtension.create(xmp);
        XmpExtension.describe(xmp, "PDF/UA Universal Accessibility Schema", NAMESPACE, PREFIX, List.of(
                new XmpExtension.Property("part", "Integer", "Indicates, which part of ISO 14289 standard is followed")));
    }
}
