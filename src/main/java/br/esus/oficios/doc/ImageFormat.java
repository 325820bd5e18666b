package br.esus.oficios.doc;

/**
 * The picture formats a coat of arms may have ({@link DocMeta#brasao()}), told from the first bytes of the file: the
 * one place that knows their signatures, for {@code validar} and the writers alike.
 */
public enum ImageFormat {
    PNG, JPEG;

    /** How many first bytes of a file {@link #of(byte[])} needs. */
    public static final int SIGNATURE_LENGTH = 8;

    /** The format of a file that starts with {@code head}; null when it is neither PNG nor JPEG. */
    public static ImageFormat of(byte[] head) {
        if (head.length >= SIGNATURE_LENGTH && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N'
                && head[3] == 'G') {
            return PNG;
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        return null;
    }
}
