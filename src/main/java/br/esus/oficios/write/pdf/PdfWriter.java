package br.esus.oficios.write.pdf;

import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.write.DocWriter;
import br.esus.oficios.write.QuietLibraries;
import br.esus.oficios.write.WriteException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The PDF writer: the document tree → {@link Typesetter} on PDFBox → PDF/A-2a and PDF/UA-1 in the padrão ofício
 * ({@link PdfMeasures}). Thread-safe; build one per run: the fonts are chosen and read once, and parsed once for each
 * document written at the same time, then reused by whichever thread writes next ({@link Reusables}).
 */
public final class PdfWriter implements DocWriter {

    private final FontChoice fonts;
    private final Reusables<Typesetter> typesetters;

    /**
     * @param fontFile the TrueType file given with {@code --fonte}, or null to look for Calibri/Carlito in the
     *        system font folders and fall back to Liberation Sans
     * @throws IllegalArgumentException (Portuguese message) when {@code fontFile} is missing or not TrueType
     */
    public PdfWriter(Path fontFile) {
        this(resolveQuietly(fontFile));
    }

    /** A writer with fonts already chosen (tests, or a caller that resolved them itself). */
    public PdfWriter(FontChoice fonts) {
        QuietLibraries.apply();
        this.fonts = fonts;
        this.typesetters = new Reusables<>(() -> new Typesetter(fonts));
    }

    private static FontChoice resolveQuietly(Path fontFile) {
        QuietLibraries.apply();
        return FontChoice.resolve(fontFile);
    }

    /** E.g. that Carlito was not found and the PDF uses Liberation Sans. */
    @Override
    public List<String> warnings() {
        return fonts.warnings();
    }

    /** Parses the fonts (and loads the PDF library) for the first document. */
    @Override
    public void prepare() {
        typesetters.giveBack(typesetters.borrow());
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public byte[] write(Doc doc) throws WriteException {
        return writeWithWarnings(doc).bytes();
    }

    /** The PDF, with a warning naming the characters no font had (they came out as "#"), if any. */
    @Override
    public Written writeWithWarnings(Doc doc) throws WriteException {
        Typesetter typesetter = typesetters.borrow();
        try {
            Typesetter.Result r = typesetter.write(doc);
            return new Written(r.bytes(), r.missing().isEmpty() ? List.of()
                    : List.of(MissingGlyphs.warning(r.missing())));
        } catch (IOException | RuntimeException e) {
            throw new WriteException("não foi possível gerar o PDF de " + describe(doc.meta()) + ": "
                    + (e.getMessage() == null ? "erro interno da biblioteca de PDF (rode de novo com --debug e relate "
                            + "o problema)" : e.getMessage()), e);
        } finally {
            typesetters.giveBack(typesetter);
        }
    }

    private static String describe(DocMeta meta) {
        return meta.documentId() != null ? meta.documentId() : String.valueOf(meta.title());
    }
}
