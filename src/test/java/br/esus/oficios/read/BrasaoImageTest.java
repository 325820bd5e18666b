package br.esus.oficios.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.Problem;
import br.esus.oficios.model.ChecklistCatalog;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validar} decodes the coat of arms, so that an image {@code gerar} cannot print is refused up front. */
class BrasaoImageTest {

    @TempDir
    Path dir;

    /** A real PNG with noise in it, so that its compressed data is long enough to cut. */
    static byte[] png(int width, int height) {
        return image("png", width, height);
    }

    static byte[] image(String format, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                img.setRGB(x, y, r.nextInt());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private List<Problem> validate(byte[] brasao) throws Exception {
        Path yaml = Files.writeString(dir.resolve("ba-santo-amaro.yaml"), Files.readString(
                Path.of("municipios/ba-santo-amaro.yaml")).replaceFirst("(?m)^(prefeitura:\\s*\\n)",
                        "$1  brasao: brasoes/sa.png\n"));
        Files.createDirectories(dir.resolve("brasoes"));
        Files.write(dir.resolve("brasoes/sa.png"), brasao);
        ChecklistCatalog catalog = new ChecklistCatalogReader().load(TemplateFiles.packed());
        ReadResult r = new MunicipioReader(catalog, Fixtures.HOJE).read(yaml, Path.of("ba-santo-amaro.yaml"));
        return r.problems().stream().filter(p -> !p.warning()).toList();
    }

    @Test
    void aWholeImageIsAccepted() throws Exception {
        assertEquals(List.of(), validate(png(200, 300)));
        assertEquals(List.of(), validate(image("jpeg", 200, 300)));
    }

    @Test
    void aPngCutShortIsRefusedWithOnePortugueseLine() throws Exception {
        byte[] whole = png(200, 300);
        List<Problem> errors = validate(Arrays.copyOf(whole, whole.length / 2));
        assertEquals(1, errors.size(), errors.toString());
        String line = errors.get(0).format();
        assertTrue(line.startsWith("ba-santo-amaro.yaml:"), line);
        assertTrue(line.contains("prefeitura.brasao: o brasão \"" + dir.resolve("brasoes/sa.png") + "\" está"
                + " incompleto ou corrompido (a imagem não pôde ser lida até o fim); abra-o num editor de imagens e"
                + " salve-o de novo como PNG"), line);
        assertTrue(!line.contains("Exception") && !line.contains("javax"), line);
    }

    @Test
    void aJpegCutShortIsRefusedToo() throws Exception {
        byte[] whole = image("jpeg", 200, 300);
        List<Problem> errors = validate(Arrays.copyOf(whole, whole.length / 2));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).message().contains("está incompleto ou corrompido"), errors.toString());
    }

    @Test
    void onlyTheHeaderOfAPngIsRefused() throws Exception {
        List<Problem> errors = validate(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0});
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).message().contains("está incompleto ou corrompido"), errors.toString());
    }

    @Test
    void aLargeImageIsDecodedToItsEndWithoutKeepingEveryPixel() throws Exception {
        Path big = dir.resolve("grande.png");
        Files.write(big, png(2600, 2000));
        assertNull(BrasaoImage.problem(big));
        byte[] whole = Files.readAllBytes(big);
        Path cut = dir.resolve("grande-cortado.png");
        Files.write(cut, Arrays.copyOf(whole, whole.length - 1000));
        assertNotNull(BrasaoImage.problem(cut), "o fim que falta é visto mesmo pulando pixels");
    }
}
