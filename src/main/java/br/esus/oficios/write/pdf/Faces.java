package br.esus.oficios.write.pdf;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The faces the typesetter draws with (the body font's four, the monospace font's two, the reserve font's four, read
 * the first time a character needs them), parsed once per typesetter (GSUB off, FontChoice.parse), and their metrics
 * read straight from the TrueType tables: advance widths cached per face and text, ascent and descent from hhea. Not
 * thread-safe: one per thread, as the typesetter that holds it (PdfWriter's Reusables).
 */
final class Faces {

    static final int REGULAR = 0;
    static final int BOLD = 1;
    static final int ITALIC = 2;
    static final int BOLD_ITALIC = 3;
    static final int MONO = 4;
    static final int MONO_BOLD = 5;
    /** The reserve faces (Liberation Sans, from the jar): what the body or the code font lacks. */
    static final int RESERVE = 6;
    static final int COUNT = 10;

    private final TrueTypeFont[] ttf = new TrueTypeFont[COUNT];
    private final CmapLookup[] cmap = new CmapLookup[COUNT];
    private final float[] scale = new float[COUNT];
    private final float[] ascent = new float[COUNT];
    private final float[] descent = new float[COUNT];
    /** Distinct words and runs of a few documents (the POP has about 2,000); per face. */
    static final int WIDTHS_KEPT = 8192;
    private final List<BoundedCache<String, Float>> widths = new java.util.ArrayList<>();
    private boolean reserveLoaded;

    Faces(FontChoice fonts) {
        FontChoice.Face regular = pick(fonts.body(), 400, false, null);
        set(REGULAR, regular);
        set(BOLD, pick(fonts.body(), 700, false, regular));
        set(ITALIC, pick(fonts.body(), 400, true, regular));
        set(BOLD_ITALIC, pick(fonts.body(), 700, true, regular));
        FontChoice.Face mono = pick(fonts.mono(), 400, false, null);
        set(MONO, mono);
        set(MONO_BOLD, pick(fonts.mono(), 700, false, mono));
        for (int i = 0; i < COUNT; i++) {
            int face = i;
            widths.add(new BoundedCache<>(WIDTHS_KEPT, text -> measure(face, text)));
        }
    }

    private static FontChoice.Face pick(List<FontChoice.Face> faces, int weight, boolean italic,
            FontChoice.Face otherwise) {
        for (FontChoice.Face f : faces) {
            if (f.weight() == weight && f.italic() == italic) {
                return f;
            }
        }
        return otherwise != null ? otherwise : faces.get(0);
    }

    private void set(int i, FontChoice.Face face) {
        try {
            TrueTypeFont t = FontChoice.parse(face);
            ttf[i] = t;
            cmap[i] = t.getUnicodeCmapLookup(false); // what PDFBox encodes with
            scale[i] = 1000f / t.getHeader().getUnitsPerEm();
            ascent[i] = t.getHorizontalHeader().getAscender() * scale[i] / 1000f;
            descent[i] = -t.getHorizontalHeader().getDescender() * scale[i] / 1000f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reserve face for {@code face}'s weight and slant (the monospace faces take the upright ones). */
    static int reserveOf(int face) {
        return RESERVE + switch (face) {
            case BOLD, MONO_BOLD -> 1;
            case ITALIC -> 2;
            case BOLD_ITALIC -> 3;
            default -> 0;
        };
    }

    /** True when {@code face} has a glyph for {@code cp}. */
    boolean has(int face, int cp) {
        if (face >= RESERVE) {
            loadReserve();
        }
        return cmap[face].getGlyphId(cp) != 0;
    }

    private void loadReserve() {
        if (!reserveLoaded) {
            List<FontChoice.Face> reserve = FontChoice.reserveFaces();
            FontChoice.Face regular = pick(reserve, 400, false, null);
            set(RESERVE, regular);
            set(RESERVE + 1, pick(reserve, 700, false, regular));
            set(RESERVE + 2, pick(reserve, 400, true, regular));
            set(RESERVE + 3, pick(reserve, 700, true, regular));
            reserveLoaded = true;
        }
    }

    /** The width of {@code s} in {@code face} at 1 pt (glyph units / 1000), cached per string. */
    float width(int face, String s) {
        return widths.get(face).get(s);
    }

    private float measure(int face, String s) {
        try {
            float units = 0;
            for (int i = 0; i < s.length();) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                units += ttf[face].getAdvanceWidth(cmap[face].getGlyphId(cp));
            }
            return units * scale[face] / 1000f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ascent, as a fraction of the font size (hhea). */
    float ascent(int face) {
        return ascent[face];
    }

    /** Descent, positive, as a fraction of the font size (hhea). */
    float descent(int face) {
        return descent[face];
    }

    /** The faces loaded into one document, each only when first drawn (subset on save). */
    final class Loaded {
        private final PDDocument pd;
        private final PDType0Font[] fonts = new PDType0Font[COUNT];

        Loaded(PDDocument pd) {
            this.pd = pd;
        }

        PDType0Font font(int face) throws IOException {
            if (fonts[face] == null) {
                fonts[face] = PDType0Font.load(pd, ttf[face], true);
            }
            return fonts[face];
        }
    }
}
