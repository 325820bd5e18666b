package br.esus.oficios.write;

/**
 * The width of a text in Carlito, from the metrics {@link TableWidths} lays tables out with: what the tests hold a
 * column to (every word fits its column).
 */
public final class CarlitoWidths {
    private CarlitoWidths() {
    }

    /** The width of {@code text} in Carlito at {@code size} points. */
    public static double of(String text, boolean bold, double size) {
        double units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += TableWidths.units(text.charAt(i), bold);
        }
        return units * size / 2048;
    }
}
