package br.esus.oficios.track;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A {@link MatrixRenderer} whose output is text, written in UTF-8. */
interface TextRenderer extends MatrixRenderer {
    /** The whole view. */
    String text(ChecklistMatrix m);

    @Override
    default void render(ChecklistMatrix m, OutputStream out) throws IOException {
        out.write(text(m).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
