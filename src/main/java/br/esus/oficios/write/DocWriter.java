package br.esus.oficios.write;

import br.esus.oficios.doc.Doc;

/**
 * Turns the document tree into one file format. Implementations are thread-safe: one instance serves every
 * municipality of a batch, in parallel. Writers return bytes; the output step writes them atomically.
 */
public interface DocWriter {

    /** The format id used by {@code -f/--formato} and as the file extension: {@code md}, {@code pdf}, {@code docx}. */
    String format();

    byte[] write(Doc doc) throws WriteException;
}
