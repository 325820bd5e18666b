package br.esus.oficios.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.doc.ImageFormat;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrasaoTest {
    @TempDir
    Path dir;

    @Test
    void aTallTransparentPngIsPrintedFlatOnWhiteAtPrintResolution() throws Exception {
        BufferedImage img = new BufferedImage(300, 600, BufferedImage.TYPE_INT_ARGB); // all transparent
        img.setRGB(150, 300, Color.RED.getRGB());
        Path file = dir.resolve("brasao.png");
        ImageIO.write(img, "png", file.toFile());

        Brasao b = Brasao.read(file);
        assertEquals(ImageFormat.PNG, b.format());
        assertEquals(300, b.width());
        assertEquals(600, b.height());
        BufferedImage printed = ImageIO.read(new ByteArrayInputStream(b.printable()));
        assertEquals(Brasao.MAX_PRINTED_PIXELS, printed.getHeight());
        assertEquals(Brasao.MAX_PRINTED_PIXELS / 2, printed.getWidth(), "mesma proporção");
        assertFalse(printed.getColorModel().hasAlpha(), "sem transparência: o PDF copia o PNG como está");
        assertEquals(0xFFFFFF, printed.getRGB(0, 0) & 0xFFFFFF, "o transparente vira o branco do papel");
    }

    @Test
    void aFileThatIsNotPngNorJpegOrIsCutShortIsRefusedWithWhatToDo() throws Exception {
        Path gif = Files.writeString(dir.resolve("brasao.gif"), "GIF89a e o resto");
        WriteException e = assertThrows(WriteException.class, () -> Brasao.read(gif));
        assertTrue(e.getMessage().contains("não é PNG nem JPEG (converta a imagem para PNG)"), e.getMessage());

        BufferedImage img = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
        Path whole = dir.resolve("inteiro.png");
        ImageIO.write(img, "png", whole.toFile());
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cortado.png"), Arrays.copyOf(bytes, 12));
        e = assertThrows(WriteException.class, () -> Brasao.read(cut).printable());
        assertTrue(e.getMessage().contains("não pôde ser lido como imagem"), e.getMessage());

        Path missing = dir.resolve("nao-existe.png");
        e = assertThrows(WriteException.class, () -> Brasao.read(missing));
        assertTrue(e.getMessage().contains("confira o caminho"), e.getMessage());
    }
}
