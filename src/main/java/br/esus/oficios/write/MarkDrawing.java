package br.esus.oficios.write;

import br.esus.oficios.doc.Inline;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * How each checklist mark is drawn, for every writer: filled shapes in their colours, each with its own outline so the
 * marks still differ printed in black and white (a green disc with a white tick, two amber bars, a red flag on a dark
 * pole, a grey dash, an empty box to tick by hand). No glyph and no emoji font. The PDF (Typesetter) fills these
 * shapes on the page; the DOCX (MarkImage) fills them into a PNG. Coordinates are points from the top left corner of
 * the mark's box, y down, as Java2D draws.
 */
public final class MarkDrawing {

    /** One filled shape: {@code shape}, moved by {@code transform}, in {@code rgb}. */
    public record Part(Shape shape, AffineTransform transform, int rgb) {
    }

    /** The side of a mark's box; the empty box is 8.5 pt inside a 0.9 pt border. */
    public static final double SIDE = 10;
    static final double BOX_SIDE = 8.5 + 2 * 0.9;

    private MarkDrawing() {
    }

    /** The width and height of {@code symbol}'s box, in points. */
    public static double side(Inline.Symbol symbol) {
        return symbol == Inline.Symbol.CAIXA_VAZIA ? BOX_SIDE : SIDE;
    }

    /** {@code symbol}'s shapes, in the order they are filled. */
    public static List<Part> parts(Inline.Symbol symbol) {
        AffineTransform none = new AffineTransform();
        return switch (symbol) {
            case CONCLUIDO -> {
                // the tick: a 2.4 × 5 pt box at (3.4, 1.4) with 1.4 pt right and bottom borders, turned 45° about
                // its middle (as Graphics2D.rotate(θ, x, y) turns it)
                AffineTransform turned = new AffineTransform();
                turned.translate(3.4 + 3.8 / 2, 1.4 + 6.4 / 2);
                turned.rotate(Math.toRadians(45));
                turned.translate(-(3.4 + 3.8 / 2), -(1.4 + 6.4 / 2));
                yield List.of(new Part(new Ellipse2D.Double(0, 0, 10, 10), none, 0x1B7A3A),
                        new Part(new Rectangle2D.Double(3.4 + 2.4, 1.4, 1.4, 6.4), turned, 0xFFFFFF),
                        new Part(new Rectangle2D.Double(3.4, 1.4 + 5, 3.8, 1.4), turned, 0xFFFFFF));
            }
            case PENDENTE_BAIXA -> List.of(new Part(new Rectangle2D.Double(1, 0.5, 3, 9), none, 0xC98600),
                    new Part(new Rectangle2D.Double(6, 0.5, 3, 9), none, 0xC98600));
            case PENDENTE_ALTA -> {
                Path2D flag = new Path2D.Double();
                flag.moveTo(2.3, 0.2);
                flag.lineTo(2.3 + 7.5, 0.2 + 3);
                flag.lineTo(2.3, 0.2 + 6);
                flag.closePath();
                yield List.of(new Part(new Rectangle2D.Double(1, 0, 1.3, 10), none, 0x3A3A3A),
                        new Part(flag, none, 0xC62828));
            }
            case NAO_SE_APLICA -> List.of(new Part(new Rectangle2D.Double(1, 4.1, 8, 1.8), none, 0x6B6B6B));
            case CAIXA_VAZIA -> List.of(new Part(new Rectangle2D.Double(0, 0, BOX_SIDE, BOX_SIDE), none, 0x000000),
                    new Part(new Rectangle2D.Double(0.9, 0.9, 8.5, 8.5), none, 0xFFFFFF));
        };
    }
}
