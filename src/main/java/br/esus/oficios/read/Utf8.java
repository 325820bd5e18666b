package br.esus.oficios.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 for the files users edit (municipalities, templates, the e-mail settings): a file saved as UTF-16 or
 * Windows-1252 (the Bloco de Notas' "Unicode" and "ANSI") is named as such, at the first bad byte, with the way to
 * fix it, instead of being read with "�" in place of its accents.
 */
public final class Utf8 {
    private Utf8() {
    }

    /**
     * The text of a file, or where it stops being UTF-8 and what to do.
     *
     * @param text the text (a BOM skipped), or null when {@code problem} says why there is none
     * @param line where the problem is, from 1
     * @param column where the problem is, from 1
     */
    public record Decoded(String text, int line, int column, String problem) {
    }

    /** Decodes {@code bytes}; a UTF-8 BOM is skipped. */
    public static Decoded decode(byte[] bytes) {
        boolean utf16Bom = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
        if (utf16Bom || bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0)) {
            return new Decoded(null, 1, 1, "o arquivo está em UTF-16 (\"Unicode\" no Bloco de Notas); salve-o como "
                    + "UTF-8 (Arquivo > Salvar como > Codificação: UTF-8)");
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (!result.isError()) {
            return new Decoded(out.toString(), 0, 0, null);
        }
        String good = out.toString();
        int line = 1;
        int column = 1;
        for (int i = 0; i < good.length(); i++) {
            if (good.charAt(i) == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(good.charAt(i))) {
                column++;
            }
        }
        int bad = bytes[in.position()] & 0xFF;
        String guess = new String(new byte[] {(byte) bad}, Charset.forName("windows-1252"));
        String seen = bad >= 0x80 && !guess.equals("\uFFFD") && !Texts.isControl(guess.charAt(0))
                ? " (em Windows-1252 seria \"" + guess + "\")" : "";
        return new Decoded(null, line, column, String.format("o arquivo não está em UTF-8: byte inválido 0x%02X%s; "
                + "salve-o como UTF-8 (no Bloco de Notas: Arquivo > Salvar como > Codificação: UTF-8)", bad, seen));
    }
}
