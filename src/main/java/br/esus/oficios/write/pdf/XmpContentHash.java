package br.esus.oficios.write.pdf;

import br.esus.oficios.doc.ContentHash;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.XmpConstants;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.AbstractField;
import org.apache.xmpbox.type.ArrayProperty;
import org.apache.xmpbox.type.Attribute;
import org.apache.xmpbox.type.Cardinality;
import org.apache.xmpbox.type.PDFAPropertyType;
import org.apache.xmpbox.type.PDFASchemaType;
import org.apache.xmpbox.type.TypeMapping;

/**
 * The document's content hash in the XMP ({@code go:conteudoSha256}, {@link ContentHash}) and its description in
 * the PDF/A extension schema (ISO 19005-2 §6.6.2.3), next to the one {@link PdfUaIdentification} adds: a custom
 * property without it would break PDF/A.
 */
final class XmpContentHash {

    private static final String SCHEMA_NS = "http://www.aiim.org/pdfa/ns/schema#";
    private static final String SCHEMA_PREFIX = "pdfaSchema";
    private static final String PROPERTY_NS = "http://www.aiim.org/pdfa/ns/property#";
    private static final String PROPERTY_PREFIX = "pdfaProperty";

    private XmpContentHash() {
    }

    /** Call after {@link PdfUaIdentification#addTo}, which makes the extension schema's bag. */
    static void addTo(XMPMetadata xmp, String sha256) {
        XMPSchema go = new XMPSchema(xmp, ContentHash.XMP_NAMESPACE, ContentHash.XMP_PREFIX, "gerar-oficios");
        go.setTextPropertyValueAsSimple(ContentHash.XMP_PROPERTY, sha256);
        xmp.addSchema(go);

        TypeMapping types = xmp.getTypeMapping();
        PDFASchemaType schema = new PDFASchemaType(xmp);
        schema.setAttribute(new Attribute(XmpConstants.RDF_NAMESPACE, XmpConstants.PARSE_TYPE,
                XmpConstants.RESOURCE_NAME));
        schema.addProperty(types.createText(SCHEMA_NS, SCHEMA_PREFIX, PDFASchemaType.SCHEMA, "gerar-oficios"));
        schema.addProperty(types.createText(SCHEMA_NS, SCHEMA_PREFIX, PDFASchemaType.NAMESPACE_URI,
                ContentHash.XMP_NAMESPACE));
        schema.addProperty(types.createText(SCHEMA_NS, SCHEMA_PREFIX, PDFASchemaType.PREFIX, ContentHash.XMP_PREFIX));
        ArrayProperty properties = types.createArrayProperty(SCHEMA_NS, SCHEMA_PREFIX, PDFASchemaType.PROPERTY,
                Cardinality.Seq);
        PDFAPropertyType hash = new PDFAPropertyType(xmp);
        hash.setAttribute(new Attribute(XmpConstants.RDF_NAMESPACE, XmpConstants.PARSE_TYPE,
                XmpConstants.RESOURCE_NAME));
        hash.addProperty(types.createText(PROPERTY_NS, PROPERTY_PREFIX, PDFAPropertyType.NAME,
                ContentHash.XMP_PROPERTY));
        hash.addProperty(types.createText(PROPERTY_NS, PROPERTY_PREFIX, PDFAPropertyType.VALUETYPE, "Text"));
        hash.addProperty(types.createText(PROPERTY_NS, PROPERTY_PREFIX, PDFAPropertyType.CATEGORY, "internal"));
        hash.addProperty(types.createText(PROPERTY_NS, PROPERTY_PREFIX, PDFAPropertyType.DESCRIPTION,
                "SHA-256 do conteúdo do documento (texto e propriedades), para reconhecer uma cópia assinada"));
        properties.addProperty(hash);
        schema.addProperty(properties);

        PDFAExtensionSchema extension = xmp.getPDFExtensionSchema();
        AbstractField schemas = extension.getProperty(PDFAExtensionSchema.SCHEMAS);
        ((ArrayProperty) schemas).addProperty(schema);
    }
}
