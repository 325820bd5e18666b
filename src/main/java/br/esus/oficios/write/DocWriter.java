package br.esus.oficios.write;

import br.esus.oficios.doc.Doc;
import java.util.List;

/**
 * Turns the document tree into one file format. Implementations are thread-safe: one instance serves every
 * municipality of a batch, in parallel. Writers return bytes; the output step writes them atomically.
 */
public interface DocWriter {

    /** The format id used by {@code -f/--formato} and as the file extension: {@code md}, {@code pdf}, {@code docx}. */
    String format();

    byte[] write(Doc doc) throws WriteException;

    /**
     * Does the expensive first-use work (library classes, fonts, styles) now, e.g. on a spare thread while the first
     * municipality is read. Optional; idempotent. Writers with nothing to prepare need not override it.
     */
    default void prepare() {
    }

    /**
     * Messages for the user about this writer (Portuguese, one line each, already with "aviso:"), e.g. that the PDF
     * font was not found: printed once per run, not per document. Writers with nothing to say need not override it.
     */
    default List<String> warnings() {
        return List.of();
    }

    /**
     * {@link #write(Doc)}, with what the user should know about this file (e.g. characters the PDF could not
     * show). Writers with nothing to say need not override it.
     */
    default Written writeWithWarnings(Doc doc) throws WriteException {
        return new Written(write(doc), List.of());
    }

    /**
     * This writer without a memory of the documents it wrote before (see {@link RememberingWriter}): one that does
     * the whole work every time, for a rehearsal that must run the code a new document runs. Writers without such a
     * memory are that writer already.
     */
    default DocWriter withoutMemory() {
        return this;
    }

    /**
     * A written file.
     *
     * @param bytes the file
     * @param warnings messages for the user about this file (Portuguese, one line each, without "aviso: ")
     */
    record Written(byte[] bytes, List<String> warnings) {
        public Written {
            warnings = List.copyOf(warnings);
        }
    }
}
