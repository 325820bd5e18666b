package br.esus.oficios.write.pdf;

import java.util.List;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.XmpConstants;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.type.ArrayProperty;
import org.apache.xmpbox.type.Attribute;
import org.apache.xmpbox.type.Cardinality;
import org.apache.xmpbox.type.PDFAPropertyType;
import org.apache.xmpbox.type.PDFASchemaType;
import org.apache.xmpbox.type.TypeMapping;

/**
 * The description of a custom XMP schema in the PDF/A extension schema (ISO 19005-2 §6.6.2.3): a property outside
 * the schemas PDF/A predefines breaks PDF/A without it. {@link PdfUaIdentification} and {@link XmpContentHash} use it.
 */
final class XmpExtension {

    private static final String SCHEMA_NS = "http://www.aiim.org/pdfa/ns/schema#";
    private static final String SCHEMA_PREFIX = "pdfaSchema";
    private static final String PROPERTY_NS = "http://www.aiim.org/pdfa/ns/property#";
    private static final String PROPERTY_PREFIX = "pdfaProperty";

    /** One property of a described schema: its name, its XMP value type ({@code Text}, {@code Integer}) and what it is. */
    record Property(String name, String valueType, String description) {
    }

    private XmpExtension() {
    }

    /** Makes the extension schema and its empty bag of schema descriptions; call once, before {@link #describe}. */
    static void create(XMPMetadata xmp) {
        PDFAExtensionSchema extension = xmp.createAndAddPDFAExtensionSchemaWithDefaultNS();
        extension.addNamespace(SCHEMA_NS, SCHEMA_PREFIX);
        extension.addNamespace(PROPERTY_NS, PROPERTY_PREFIX);
        extension.addProperty(extension.createArrayProperty(PDFAExtensionSchema.SCHEMAS, Cardinality.Bag));
    }

    /** Adds the description of the schema {@code namespace} ({@code prefix}) and its properties to the bag. */
    static void describe(XMPMetadata xmp, String name, String namespace, String prefix, List<Property> properties) {
        TypeMapping types = xmp.getTypeMapping();
        PDFASchemaType schema = new PDFASchemaType(xmp);
        schema.setAttribute(new Attribute(XmpConstants.RDF_NAMESPACE, XmpConstants.PARSE_TYPE,
                XmpConstants.RESOURCE_NAME));
        schema.addProperty(types.createText(SCHEMA_NS, SCHEMA_PREFIX, PDFASchemaType.SCHEMA, name));
        schema.addProperty(types.createText(SCHEMA_NS, SCHEMA_PREFIX, PDFASchemaType.NAMESPACE_URI, namespace));
        schema.addProperty(types.createText(SCHEMA_NS, SCHEMA_PREFIX, PDFASchemaType.PREFIX, prefix));
        ArrayProperty seq = types.createArrayProperty(SCHEMA_NS, SCHEMA_PREFIX, PDFASchemaType.PROPERTY,
                Cardinality.Seq);
        for (Property p : properties) {
            seq.addProperty(property(types, xmp, p));
        }
        schema.addProperty(seq);
        ArrayProperty schemas = (ArrayProperty) xmp.getPDFExtensionSchema().getProperty(PDFAExtensionSchema.SCHEMAS);
        schemas.addProperty(schema);
    }

    private static PDFAPropertyType property(TypeMapping types, XMPMetadata xmp, Property property) {
        PDFAPropertyType p = new PDFAPropertyType(xmp);
        p.setAttribute(new Attribute(XmpConstants.RDF_NAMESPACE, XmpConstants.PARSE_TYPE,
                XmpConstants.RESOURCE_NAME));
        p.addProperty(types.createText(PROPERTY_NS, PROPERTY_PREFIX, PDFAPropertyType.NAME, property.name()));
        p.addProperty(types.createText(PROPERTY_NS, PROPERTY_PREFIX, PDFAPropertyType.VALUETYPE,
                property.valueType()));
        p.addProperty(types.createText(PROPERTY_NS, PROPERTY_PREFIX, PDFAPropertyType.CATEGORY, "internal"));
        p.addProperty(types.createText(PROPERTY_NS, PROPERTY_PREFIX, PDFAPropertyType.DESCRIPTION,
                property.description()));
        return p;
    }
}
