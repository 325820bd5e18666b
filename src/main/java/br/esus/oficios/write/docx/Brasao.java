package br.esus.oficios.write.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.poi.xwpf.usermodel.Document;

import br.esus.oficios.write.WriteException;

/** The coat of arms read from disk: its bytes, picture type and pixel size. */
record Brasao(byte[] bytes, int pictureType, String fileName, int width, int height) {

    /** Height on the page: 1.6 cm (the CSS .brasao height), in EMU (1 cm = 360 000 EMU). */
    static final int HEIGHT_EMU = 576_000;

    static Brasao read(Path path) throws WriteException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new WriteException("não foi possível ler o brasão " + path + ": " + e.getMessage()
                    + " (confira o caminho e a permissão de leitura)", e);
        }
        int type;
        String name;
        if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            type = Document.PICTURE_TYPE_PNG;
            name = "brasao.png";
        } else if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
            type = Document.PICTURE_TYPE_JPEG;
            name = "brasao.jpg";
        } else {
            throw new WriteException("o brasão " + path + " não é PNG nem JPEG (converta a imagem para PNG)");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                throw new WriteException("o brasão " + path + " não pôde ser lido como imagem (arquivo corrompido?)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new Brasao(bytes, type, name, reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new WriteException("o brasão " + path + " não pôde ser lido como imagem: " + e.getMessage(), e);
        }
    }

    /** Width on the page in EMU, keeping the aspect ratio at {@link #HEIGHT_EMU}. */
    int widthEmu() {
        return (int) Math.round((double) HEIGHT_EMU * width / Math.max(1, height));
    }
}
