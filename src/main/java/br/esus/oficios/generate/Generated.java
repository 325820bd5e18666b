package br.esus.oficios.generate;

import br.esus.oficios.doc.Doc;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.render.DocumentId;
import java.util.Map;

/**
 * One municipality rendered and written.
 *
 * @param municipio null when the file was invalid
 * @param docs the trees of the Markdown-based documents that rendered
 */
public record Generated(MunicipioOutcome outcome, Municipio municipio, Map<DocumentId, Doc> docs) {
    public Generated {
        docs = Map.copyOf(docs);
    }
}
