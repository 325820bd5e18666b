package br.esus.oficios.generate;

import br.esus.oficios.doc.Doc;
import br.esus.oficios.model.DocumentProblem;
import br.esus.oficios.render.DocumentId;
import java.util.List;
import java.util.Map;

/**
 * One document of a municipality, rendered and turned into its files but not yet saved.
 *
 * @param warnings what the template and the writers had to say about it
 * @param files its files, by name, in format order; empty when it failed
 * @param doc its tree (Markdown-based documents); null otherwise, or when its text failed
 * @param failure why it has no file; null when it has them
 */
record DocResult(DocumentId id, List<DocumentProblem> warnings, Map<String, FileOut> files, Doc doc,
        DocumentProblem failure) {

    /** A file's bytes, and whether only its owner may read it (a secret inside). */
    record FileOut(byte[] bytes, boolean secret) {
    }
}
