package br.esus.oficios.write.pdf;

import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.XmpConstants;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.ArrayProperty;
import org.apache.xmpbox.type.Attribute;
import org.apache.xmpbox.type.Cardinality;
import org.apache.xmpbox.type.PDFAPropertyType;
import org.apache.xmpbox.type.PDFASchemaType;
import org.apache.xmpbox.type.TypeMapping;

/**
 * The PDF/UA-1 identification in the XMP ({@code pdfuaid:part = 1}, ISO 14289-1 §5) and, because {@code pdfuaid} is
 * not one of the schemas PDF/A predefines, its description in the PDF/A extension schema (ISO 19005-2 §6.6.2.3).
 */
final class PdfUaIdentification {

    static final String NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";
    static final String PREFIX = "pdfuaid";
    static final int PART = 1;

    private static final String SCHEMA_NS = "http://www.aiim.org/pdfa/ns/schema#";
    private static final String SCHEMA_PREFIX = "pdfaSchema";
    private static final String PROPERTY_NS = "http://www.aiim.org/pdfa/ns/property#";
    private static final String PROPERTY_PREFIX = "pdfaProperty";

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
        TypeMapping types = xmp.getTypeMapping();
        PDFAExtensionSchema extension = xmp.createAndAddPDFAExtensionSchemaWithDefaultNS();
        extension.addNamespace(SCHEMA_NS, SCHEMA_PREFIX);
        extension.addNamespace(PROPERTY_NS, PROPERTY_PREFIX);

        PDFASchemaType schema = new PDFASchemaType(xmp);
        schema.setAttribute(new Attribute(XmpConstants.RDF_NAMESPACE, XmpConstants.PARSE_TYPE,
                XmpConstants.RESOURCE_NAME));
        schema.addProperty(types.createText(SCHEMA_NS, SCHEMA_PREFIX, PDFASchemaType.SCHEMA,
                "PDF/UA Universal Accessibility Schema"));
        schema.addProperty(types.createText(SCHEMA_NS, SCHEMA_PREFIX, PDFASchemaType.NAMESPACE_URI, NAMESPACE));
        schema.addProperty(types.createText(SCHEMA_NS, SCHEMA_PREFIX, PDFASchemaType.PREFIX, PREFIX));

        ArrayProperty properties = types.createArrayProperty(SCHEMA_NS, SCHEMA_PREFIX, PDFASchemaType.PROPERTY,
                Cardinality.Seq);
        PDFAPropertyType part = new PDFAPropertyType(xmp);
        part.setAttribute(new Attribute(XmpConstants.RDF_NAMESPACE, XmpConstants.PARSE_TYPE,
                XmpConstants.RESOURCE_NAME));
        part.addProperty(types.createText(PROPERTY_NS, PROPERTY_PREFIX, PDFAPropertyType.NAME, "part"));
        part.addProperty(types.createText(PROPERTY_NS, PROPERTY_PREFIX, PDFAPropertyType.VALUETYPE, "Integer"));
        part.addProperty(types.createText(PROPERTY_NS, PROPERTY_PREFIX, PDFAPropertyType.CATEGORY, "internal"));
        part.addProperty(types.createText(PROPERTY_NS, PROPERTY_PREFIX, PDFAPropertyType.DESCRIPTION,
                "Indicates, which part of ISO 14289 standard is followed"));
        properties.addProperty(part);
        schema.addProperty(properties);

        ArrayProperty schemas = extension.createArrayProperty(PDFAExtensionSchema.SCHEMAS, Cardinality.Bag);
        schemas.addProperty(schema);
        extension.addProperty(schemas);
    }
}
