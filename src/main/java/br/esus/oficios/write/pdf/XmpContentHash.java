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
 * The document's content hash in the XMP ({@code go:conteudoSha256}, {@link ContentHash}), the document's id
 * ({@code go:documento}) and their description in
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
    static void addTo(XMPMetadata xmp, String sha256, String documentId) {
        XMPSchema go = new XMPSchema(xmp, ContentHash.XMP_NAMESPACE, ContentHash.XMP_PREFIX, "gerar-oficios");
        go.setTextPropertyValueAsSimple(ContentHash.XMP_PROPERTY, sha256);
        if (documentId != null) {
            go.setTextPropertyValueAsSimple(ContentHash.XMP_DOCUMENT, documentId);
        }
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
        properties.addProperty(property(xmp, ContentHash.XMP_PROPERTY,
                "SHA-256 do conteúdo do documento (texto e propriedades), para reconhecer uma cópia assinada"));
        properties.addProperty(property(xmp, ContentHash.XMP_DOCUMENT,
                "Qual documento do gerar-oficios é este (oficio-dominio, pop...)"));
        schema.addProperty(properties);

        PDFAExtensionSchema extension = xmp.getPDFExtensionSchema();
        AbstractField schemas = extension.getProperty(PDFAExtensionSchema.SCHEMAS);
        ((ArrayProperty) schemas).addProperty(schema);
    }

    private static PDFAPropertyType property(XMPMetadata xmp, String name, String description) {
        TypeMapping types = xmp.getTypeMapping();
        PDFAPropertyType p = new PDFAPropertyType(xmp);
        p.setAttribute(new Attribute(XmpConstants.RDF_NAMESPACE, XmpConstants.PARSE_TYPE,
                XmpConstants.RESOURCE_NAME));
        p.addProperty(types.createText(PROPERTY_NS, PROPERTY_PREFIX, PDFAPropertyType.NAME, name));
        p.addProperty(types.createText(PROPERTY_NS, PROPERTY_PREFIX, PDFAPropertyType.VALUETYPE, "Text"));
        p.addProperty(types.createText(PROPERTY_NS, PROPERTY_PREFIX, PDFAPropertyType.CATEGORY, "internal"));
        p.addProperty(types.createText(PROPERTY_NS, PROPERTY_PREFIX, PDFAPropertyType.DESCRIPTION, description));
        return p;
    }
}
