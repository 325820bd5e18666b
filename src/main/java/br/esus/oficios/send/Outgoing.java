package br.esus.oficios.send;

import br.esus.oficios.doc.Doc;
import br.esus.oficios.model.Municipio;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One message to send: a municipality's document, already written to its output folder.
 *
 * @param documento {@value #OFICIO_DOMINIO} or {@value #TICKET_PRESCRICAO}
 * @param doc the document tree; it becomes the message body
 * @param anexos the files attached (the PDF, and the DOCX when asked), in {@code pasta}
 * @param pasta the municipality's output folder ({@code output/<uf>-<slug>}): holds {@code envios.jsonl} and
 *        {@code envios/} for simulations
 */
public record Outgoing(Municipio municipio, String documento, Doc doc, List<Anexo> anexos, Path pasta) {
    public static final String OFICIO_DOMINIO = "oficio-dominio";
    public static final String TICKET_PRESCRICAO = "ticket-prescricao";

    /**
     * An attached file and the name the recipient sees.
     *
     * @param nome may have accents and spaces, e.g. "Ofício 12_2026_subdomínio gov.br.pdf"
     */
    public record Anexo(Path arquivo, String nome) {
        public Anexo {
            Objects.requireNonNull(arquivo, "arquivo");
            Objects.requireNonNull(nome, "nome");
        }
    }

    public Outgoing {
        Objects.requireNonNull(municipio, "municipio");
        Objects.requireNonNull(documento, "documento");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(pasta, "pasta");
        anexos = List.copyOf(anexos);
    }

    /** The usual case: the attachments get the names {@link AttachmentNames} gives them. */
    public static Outgoing of(Municipio municipio, String documento, Doc doc, List<Path> arquivos, Path pasta) {
        return new Outgoing(municipio, documento, doc,
                arquivos.stream().map(f -> new Anexo(f, AttachmentNames.of(municipio, documento, f))).toList(),
                pasta);
    }

    /** "Santo Amaro/BA". */
    public String municipioUf() {
        return municipio.municipio().nome() + "/" + municipio.municipio().uf().name();
    }
}
