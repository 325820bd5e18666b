package br.esus.oficios.write.pdf;

import br.esus.oficios.doc.ContentHash;
import java.util.List;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPSchema;

/**
 * The document's content hash in the XMP ({@code go:conteudoSha256}, {@link ContentHash}), the document's id
 * ({@code go:documento}) and their description in
 * the PDF/A extension schema ({@link XmpExtension}), next to the one {@link PdfUaIdentification} adds: a custom
 * property without it would break PDF/A.
 */
final class XmpContentHash {

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

        XmpExtension.describe(xmp, "gerar-oficios", ContentHash.XMP_NAMESPACE, ContentHash.XMP_PREFIX, List.of(
                new XmpExtension.Property(ContentHash.XMP_PROPERTY, "Text",
                        "SHA-256 do conteúdo do documento (texto e propriedades), para reconhecer uma cópia assinada"),
                new XmpExtension.Property(ContentHash.XMP_DOCUMENT, "Text",
                        "Qual documento do gerar-oficios é este (oficio-dominio, pop...)")));
    }
}
