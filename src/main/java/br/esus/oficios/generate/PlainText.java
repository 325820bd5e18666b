package br.esus.oficios.generate;

import java.nio.charset.StandardCharsets;

/** The bytes of a plain file (properties, scripts): UTF-8, with LF line ends, or CRLF and a BOM for Windows. */
final class PlainText {

    private PlainText() {
    }

    /**
     * @param crlfBom CRLF line ends and a UTF-8 byte order mark: Windows PowerShell 5.1 reads a script without a BOM
     *        as the ANSI code page, which garbles every accented letter
     */
    static byte[] bytes(String text, boolean crlfBom) {
        // A template checked out with CRLF (git on Windows) must not give a bash script with \r in it.
        String lf = text.replace("\r\n", "\n");
        if (!crlfBom) {
            return lf.getBytes(StandardCharsets.UTF_8);
        }
        return ("\uFEFF" + lf.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
    }
}
