package br.esus.oficios.doc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a document's content, written in the XMP of every PDF ({@code go:conteudoSha256}) so that a signed
 * copy (ours, or one the GOV.BR signer returns) can be told to be over the current ofício or an older one: the hash
 * is computed again from the document tree the YAML and templates give today, and compared with the one in the
 * signed revision. It covers what the reader reads (the letterhead's lines, title, author, subject and every block),
 * not the PDF bytes (fonts, the brasão's image, the writer's version) nor the metadata's date, which for the ticket
 * and the POP is the day they were generated: a signer's incremental save keeps it, and a new PDF of the same text,
 * on another day, has the same hash. A date the reader sees (the ofício's) is in its blocks. The document's id ({@code go:documento}, e.g.
 * {@code oficio-dominio}) goes next to it, so that a signed POP is not taken for an old ofício.
 */
public final class ContentHash {
    /** The XMP namespace of the properties; its prefix; the hash's property; the document id's property. */
    public static final String XMP_NAMESPACE = "https://esus-oficios.github.io/ns/gerar-oficios/1.0/";
    public static final String XMP_PREFIX = "go";
    public static final String XMP_PROPERTY = "conteudoSha256";
    public static final String XMP_DOCUMENT = "documento";

    private ContentHash() {
    }

    /** 64 lowercase hex digits. */
    public static String of(Doc doc) {
        DocMeta m = doc.meta();
        StringBuilder sb = new StringBuilder("gerar-oficios: conteúdo do PDF (XMP), versão 1\n");
        sb.append("documento: ").append(m.documentId()).append('\n');
        sb.append("título: ").append(m.title()).append('\n');
        sb.append("autor: ").append(m.author()).append('\n');
        sb.append("assunto: ").append(m.subject()).append('\n');
        sb.append("timbre: ").append(m.letterhead()).append(' ').append(m.headerLines()).append(' ')
                .append(m.footerLines()).append('\n');
        // The blocks are immutable records of strings, numbers, enums and lists: their text is the whole tree.
        for (Block b : doc.blocks()) {
            sb.append(b).append('\n');
        }
        return sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The SHA-256 of {@code bytes}, as 64 lowercase hex digits. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 indisponível", e);
        }
    }
}
