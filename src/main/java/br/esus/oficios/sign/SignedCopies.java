package br.esus.oficios.sign;

import br.esus.oficios.render.DocumentId;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The signed copies of a document in a municipality's output folder {@code <saida>/<uf>-<slug>/}: any {@code .pdf}
 * there other than the PDFs the tool writes itself ({@code oficio-dominio.pdf}, {@code pop.pdf}...), so
 * {@code oficio-dominio-assinado.pdf} ({@code assinar}) and whatever name the GOV.BR signer gave the file both count.
 * A copy is over the current document when the content hash in its last signed revision is the current one.
 */
public final class SignedCopies {
    /** The PDFs {@code gerar} writes in a municipality's folder, in {@link DocumentId} order. */
    private static final Set<String> TOOL_PDFS = toolPdfs();

    private SignedCopies() {
    }

    private static Set<String> toolPdfs() {
        Set<String> names = new LinkedHashSet<>();
        for (DocumentId d : DocumentId.values()) {
            if (d.markdown()) {
                names.add(d.fileName("pdf"));
            }
        }
        return Collections.unmodifiableSet(names);
    }

    /** A .pdf that is not one of the PDFs {@code gerar} writes: may be a signed copy (any name the signer gave it). */
    public static boolean isSignedCopyName(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".pdf") && !TOOL_PDFS.contains(fileName);
    }

    /**
     * What the folder holds for a document.
     *
     * @param current the valid copy over the current document signed last, if any
     * @param outdated valid copies over another version of the document
     * @param invalid signed files whose signature is broken or that were changed after signing
     */
    public record Found(Optional<SignedPdf> current, List<SignedPdf> outdated, List<SignedPdf> invalid) {
        public Found {
            outdated = List.copyOf(outdated);
            invalid = List.copyOf(invalid);
        }
    }

    /**
     * Signed PDFs of other documents, or without the gerar-oficios document id (not made from a PDF this tool
     * wrote), are left out.
     *
     * @param documento e.g. {@code oficio-dominio}
     * @param currentSha256 the document's content hash today ({@link br.esus.oficios.doc.ContentHash})
     * @throws IOException when the folder cannot be listed
     */
    public static Found in(Path folder, String documento, String currentSha256, SignatureReader reader)
            throws IOException {
        List<SignedPdf> current = new ArrayList<>();
        List<SignedPdf> outdated = new ArrayList<>();
        List<SignedPdf> invalid = new ArrayList<>();
        for (Path p : candidates(folder)) {
            SignedPdf s = reader.read(p);
            if (!s.signed() || !documento.equals(s.documento())) {
                continue;
            }
            if (!s.valid()) {
                invalid.add(s);
            } else if (currentSha256.equals(s.contentSha256().orElse(null))) {
                current.add(s);
            } else {
                outdated.add(s);
            }
        }
        return new Found(current.stream().max(SignedPdf.BY_SIGNING_TIME), outdated, invalid);
    }

    /**
     * The content hashes of the PDFs the tool wrote in {@code folder}, by file name: what {@code verificar}
     * compares a signed file with when it lies in a municipality's output folder.
     */
    public static Map<String, SignatureReader.XmpIds> generated(Path folder) {
        Map<String, SignatureReader.XmpIds> out = new LinkedHashMap<>();
        for (String name : TOOL_PDFS) {
            Path f = folder.resolve(name);
            if (Files.isRegularFile(f)) {
                try {
                    SignatureReader.XmpIds h = SignatureReader.xmpIds(Files.readAllBytes(f));
                    if (h.contentSha256() != null) {
                        out.put(f.getFileName().toString(), h);
                    }
                } catch (IOException e) {
                    // an unreadable generated file is just not compared
                }
            }
        }
        return out;
    }

    private static List<Path> candidates(Path folder) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
            for (Path p : ds) {
                if (Files.isRegularFile(p) && isSignedCopyName(p.getFileName().toString())) {
                    out.add(p);
                }
            }
        }
        out.sort(null);
        return out;
    }
}
