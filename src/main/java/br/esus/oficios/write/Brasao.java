package br.esus.oficios.write;

import br.esus.oficios.doc.ImageFormat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The coat of arms read from disk for a writer: its bytes, format and pixel size, and the copy the PDF embeds
 * ({@link #printable()}). The PDF and the DOCX read it here, with the same checks and messages.
 */
public record Brasao(Path path, byte[] bytes, ImageFormat format, int width, int height) {

    /** Printed height of the coat of arms in pixels: 1.6 cm at about 380 dpi. */
    static final int MAX_PRINTED_PIXELS = 240;

    public static Brasao read(Path path) throws WriteException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new WriteException("não foi possível ler o brasão " + path + ": " + e.getMessage()
                    + " (confira o caminho e a permissão de leitura)", e);
        }
        ImageFormat format = ImageFormat.of(bytes);
        if (format == null) {
            throw new WriteException("o brasão " + path + " não é PNG nem JPEG (converta a imagem para PNG)");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw unreadable(path, null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new Brasao(path, bytes, format, reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    /**
     * The coat of arms made cheap to embed in a PDF: transparency flattened onto white (it is printed on white
     * paper) and scaled down to print resolution, as an 8-bit RGB PNG. PDFBox copies such a PNG's compressed data
     * into the PDF as it is; a PNG with alpha would be decoded and compressed again for every document.
     */
    public byte[] printable() throws WriteException {
        try {
            BufferedImage src = ImageIO.read(new ByteArrayInputStream(bytes));
            if (src == null) {
                throw unreadable(path, null);
            }
            int w = src.getWidth();
            int h = src.getHeight();
            if (h > MAX_PRINTED_PIXELS) {
                w = Math.max(1, (int) Math.round(w * (double) MAX_PRINTED_PIXELS / h));
                h = MAX_PRINTED_PIXELS;
            }
            BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, w, h);
                g.drawImage(src, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(rgb, "png", out)) {
                throw new WriteException("sem gravador de PNG no Java para o brasão " + path);
            }
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw unreadable(path, e);
        }
    }

    private static WriteException unreadable(Path path, Exception cause) {
        return new WriteException("o brasão " + path + " não pôde ser lido como imagem (arquivo corrompido?)", cause);
    }
}
