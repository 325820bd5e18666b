package br.esus.oficios.write.docx;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import javax.imageio.ImageIO;

import br.esus.oficios.doc.Inline;

/**
 * The checklist marks as small PNG pictures, drawn with Java2D in the shapes, sizes and colours the PDF gives
 * them (Typesetter.mark): a green circle with a white check, amber pause bars, a red flag on a dark
 * pole, a grey dash, an empty box to tick by hand. No glyph and no emoji font: Word and LibreOffice show the same
 * marks as the PDF, and each shape still differs when printed in black and white.
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
    CONCLUIDO(10, 10) {
        @Override
        void draw(Graphics2D g) {
            g.setColor(new Color(0x1B7A3A));
            g.fill(new Ellipse2D.Double(0, 0, 10, 10));
            // .visto: a 2.4 × 5 pt box at (3.4, 1.4) with 1.4 pt white right and bottom borders, turned 45°.
            g.rotate(Math.toRadians(45), 3.4 + 3.8 / 2, 1.4 + 6.4 / 2);
            g.setColor(Color.WHITE);
            g.fill(new Rectangle2D.Double(3.4 + 2.4, 1.4, 1.4, 6.4));
            g.fill(new Rectangle2D.Double(3.4, 1.4 + 5, 3.8, 1.4));
        }
    },
    PENDENTE_BAIXA(10, 10) {
        @Override
        void draw(Graphics2D g) {
            g.setColor(new Color(0xC98600));
            g.fill(new Rectangle2D.Double(1, 0.5, 3, 9));
            g.fill(new Rectangle2D.Double(6, 0.5, 3, 9));
        }
    },
    PENDENTE_ALTA(10, 10) {
        @Override
        void draw(Graphics2D g) {
            g.setColor(new Color(0x3A3A3A));
            g.fill(new Rectangle2D.Double(1, 0, 1.3, 10));
            g.setColor(new Color(0xC62828));
            Path2D flag = new Path2D.Double();
            flag.moveTo(2.3, 0.2);
            flag.lineTo(2.3 + 7.5, 0.2 + 3);
            flag.lineTo(2.3, 0.2 + 6);
            flag.closePath();
            g.fill(flag);
        }
    },
    NAO_SE_APLICA(10, 10) {
        @Override
        void draw(Graphics2D g) {
            g.setColor(new Color(0x6B6B6B));
            g.fill(new Rectangle2D.Double(1, 4.1, 8, 1.8));
        }
    },
    /** 8.5 pt inside a 0.9 pt black border, on white. */
    CAIXA_VAZIA(10.3, 10.3) {
        @Override
        void draw(Graphics2D g) {
            g.setColor(Color.BLACK);
            g.fill(new Rectangle2D.Double(0, 0, 10.3, 10.3));
            g.setColor(Color.WHITE);
            g.fill(new Rectangle2D.Double(0.9, 0.9, 8.5, 8.5));
        }
    };

    /** Pixels per point: 6, about 430 dpi, sharp on paper. */
    static final int SCALE = 6;
    /** Transparent room above the mark, in points. */
    static final double TOP = 1;
    /** EMU per point. */
    private static final int EMU_PER_POINT = 12_700;

    private final double width;
    private final double height;

    MarkImage(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** Draws the mark in points, from the top left corner of its box. */
    abstract void draw(Graphics2D g);

    /** Width on the page, in EMU. */
    int widthEmu() {
        return (int) Math.round(width * EMU_PER_POINT);
    }

    /** Height on the page, in EMU, with the room above. */
    int heightEmu() {
        return (int) Math.round((height + TOP) * EMU_PER_POINT);
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
        return switch (symbol) {
            case CONCLUIDO -> CONCLUIDO;
            case PENDENTE_BAIXA -> PENDENTE_BAIXA;
            case PENDENTE_ALTA -> PENDENTE_ALTA;
            case NAO_SE_APLICA -> NAO_SE_APLICA;
            case CAIXA_VAZIA -> CAIXA_VAZIA;
        };
    }

    private byte[] render() {
        int w = (int) Math.round(width * SCALE);
        int h = (int) Math.round((height + TOP) * SCALE);
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
