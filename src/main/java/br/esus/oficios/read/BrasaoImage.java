package br.esus.oficios.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Whether the coat of arms decodes whole, as the writers will decode it: a PNG cut short (a download that stopped, a
 * file copied half) has a valid header, so checking the first bytes lets {@code validar} accept a file that
 * {@code gerar} then refuses. A JPEG cut short decodes with a grey band and a warning from the decoder: refused too.
 *
 * <p>Each file is decoded once per run (a batch reads every municipality file twice): the answer is kept by path, size
 * and modification time.
 */
final class BrasaoImage {
    /**
     * Pixels kept while decoding: a larger image is still decoded to its end, but only every n-th pixel of every n-th
     * row is kept, so a huge scan does not need hundreds of MiB here.
     */
    private static final long KEPT_PIXELS = 4_000_000L;

    private record Key(Path path, long size, long modified) {
    }

    private static final Map<Key, Optional<String>> CHECKED = new ConcurrentHashMap<>();

    private BrasaoImage() {
    }

    /**
     * What is wrong with the image, in Portuguese, to follow "o brasão X "; null when it decodes whole.
     */
    static String problem(Path image) {
        Key key;
        try {
            BasicFileAttributes a = Files.readAttributes(image, BasicFileAttributes.class);
            key = new Key(image.toAbsolutePath().normalize(), a.size(), a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return "não pôde ser lido; confira as permissões do arquivo";
        }
        Optional<String> known = CHECKED.get(key);
        if (known != null) {
            return known.orElse(null);
        }
        String problem = decode(image);
        if (CHECKED.size() > 10_000) {
            CHECKED.clear();
        }
        CHECKED.put(key, Optional.ofNullable(problem));
        return problem;
    }

    private static String decode(Path image) {
        try (InputStream raw = Files.newInputStream(image);
                ImageInputStream in = ImageIO.createImageInputStream(raw)) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return broken();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0) {
                    return broken();
                }
                ImageReadParam param = reader.getDefaultReadParam();
                if (pixels > KEPT_PIXELS) {
                    int step = (int) Math.ceil(Math.sqrt((double) pixels / KEPT_PIXELS));
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                reader.read(0, param);
                return warnings.isEmpty() ? null : broken();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return broken();
        }
    }

    private static String broken() {
        return "está incompleto ou corrompido (a imagem não pôde ser lida até o fim); abra-o num editor de imagens e"
                + " salve-o de novo como PNG";
    }
}
