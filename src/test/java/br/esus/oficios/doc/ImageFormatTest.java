package br.esus.oficios.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageFormatTest {

    @Test
    void pngAndJpegAreToldFromTheirFirstBytes() {
        assertEquals(ImageFormat.PNG, ImageFormat.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}));
        assertEquals(ImageFormat.JPEG, ImageFormat.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertNull(ImageFormat.of("GIF89a..".getBytes(StandardCharsets.US_ASCII)));
        assertNull(ImageFormat.of(new byte[] {(byte) 0x89, 'P', 'N', 'G'}), "cortado antes do fim da assinatura");
        assertNull(ImageFormat.of(new byte[0]));
    }
}
