package br.esus.oficios.write.docx;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import javax.imageio.ImageIO;

import br.esus.oficios.doc.Inline;
import br.esus.oficios.write.MarkDrawing;

/**
 * The checklist marks as small PNG pictures, the shapes and colours of {@link MarkDrawing} (the PDF fills the same):
 * Word and LibreOffice show the same marks as the PDF, with no glyph and no emoji font.
 *
 * <p>A picture sits on the baseline, 1.5 pt below it in Word (the Marca style's position, as in the PDF;
 * LibreOffice leaves pictures on the baseline). Above the mark it has {@link #TOP} of transparent room: table text
 * has a line-height below Word's single spacing, and Word and LibreOffice cut that much off the top of a picture as
 * tall as the line.
 *
 * <p>Each picture is drawn once per run and is the same bytes every time (the DOCX stays deterministic); a document
 * holds each picture once, however many times it is used.
 */
enum MarkImage {
    CONCLUIDO, PENDENTE_BAIXA, PENDENTE_ALTA, NAO_SE_APLICA, CAIXA_VAZIA;

    /** Pixels per point: 6, about 430 dpi, sharp on paper. */
    static final int SCALE = 6;
    /** Transparent room above the mark, in points. */
    static final double TOP = 1;
    /** EMU per point. */
    private static final int EMU_PER_POINT = 12_700;

    /** The mark this picture draws. */
    Inline.Symbol symbol() {
        return Inline.Symbol.valueOf(name());
    }

    /** Fills the mark's shapes, in points, from the top left corner of its box. */
    void draw(Graphics2D g) {
        for (MarkDrawing.Part part : MarkDrawing.parts(symbol())) {
            AffineTransform outside = g.getTransform();
            g.transform(part.transform());
            g.setColor(new Color(part.rgb()));
            g.fill(part.shape());
            g.setTransform(outside);
        }
    }

    /** Width on the page, in EMU. */
    int widthEmu() {
        return (int) Math.round(MarkDrawing.side(symbol()) * EMU_PER_POINT);
    }

    /** Height on the page, in EMU, with the room above. */
    int heightEmu() {
        return (int) Math.round((MarkDrawing.side(symbol()) + TOP) * EMU_PER_POINT);
    }

    /** The picture's file name in the package (word/media/ gets its own numbered name). */
    String fileName() {
        return "marca-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".png";
    }

    /** The PNG bytes, the same on every call. */
    byte[] png() {
        return Pngs.ALL.get(this);
    }

    static MarkImage of(Inline.Symbol symbol) {
        return valueOf(symbol.name());
    }

    private byte[] render() {
        int w = (int) Math.round(MarkDrawing.side(symbol()) * SCALE);
        int h = (int) Math.round((MarkDrawing.side(symbol()) + TOP) * SCALE);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(SCALE, SCALE);
            g.translate(0, TOP);
            draw(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try {
            if (!ImageIO.write(img, "png", out)) {
                throw new IllegalStateException("sem gravador de PNG no Java");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Drawn on first use (headless: no display needed), then shared by every document and thread. */
    private static final class Pngs {
        static final Map<MarkImage, byte[]> ALL = new EnumMap<>(MarkImage.class);

        static {
            for (MarkImage m : values()) {
                ALL.put(m, m.render());
            }
        }
    }
}
