package br.esus.oficios.write.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Adds to the cross-reference stream PDFBox writes the entry for the stream itself.
 *
 * <p>Why: PDFBox 3.0 ({@code COSWriter.doWriteXRefInc}) numbers the cross-reference stream one past the last object,
 * sets the trailer's {@code /Size} to count it, but leaves it out of its own {@code /Index}: {@code /Size 257} with
 * {@code /Index [0 256]}. ISO 32000 wants the stream to list every object up to {@code /Size - 1}, itself included,
 * and {@code qpdf --check} warns about every such file ("reported number of objects is not one plus the highest object
 * number"). PDFBox offers no public hook into the stream it writes, so this class rewrites that last object of the
 * saved bytes: one more row (type 1, its own offset), {@code /Index [0 Size]}, wider {@code /W} if the offset needs it,
 * the new {@code /Length}. Nothing before it moves, so {@code startxref} and every other offset stay right.
 *
 * <p>A file whose last section does not have exactly that shape (no cross-reference stream, an entry for itself
 * already, several subsections) is returned unchanged; {@code PdfWriterTest} checks the result, so a PDFBox upgrade
 * that changes the shape is noticed there.
 */
final class XrefSelfEntry {
    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$");
    private static final Pattern HEADER = Pattern.compile("\\A(\\d+) 0 obj\\s*<<");
    private static final Pattern DICT_END = Pattern.compile(">>\\s*stream\r?\n");
    private static final Pattern LENGTH = Pattern.compile("/Length (\\d+)(?=[\\s/>])");
    private static final Pattern SIZE = Pattern.compile("/Size (\\d+)(?=[\\s/>])");
    private static final Pattern INDEX = Pattern.compile("/Index \\[\\s*0\\s+(\\d+)\\s*\\]");
    private static final Pattern W = Pattern.compile("/W \\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]");
    private static final Pattern TYPE = Pattern.compile("/Type\\s*/XRef(?=[\\s/>])");
    private static final Pattern FLATE = Pattern.compile("/Filter\\s*/FlateDecode(?=[\\s/>])");

    private XrefSelfEntry() {
    }

    static byte[] add(byte[] pdf) {
        // ISO-8859-1 maps every byte to one char, so string offsets are byte offsets.
        int tailFrom = Math.max(0, pdf.length - 64);
        Matcher sx = STARTXREF.matcher(new String(pdf, tailFrom, pdf.length - tailFrom, StandardCharsets.ISO_8859_1));
        if (!sx.find()) {
            return pdf;
        }
        long start = Long.parseLong(sx.group(1));
        if (start <= 0 || start >= pdf.length) {
            return pdf;
        }
        int s = (int) start;
        String obj = new String(pdf, s, pdf.length - s, StandardCharsets.ISO_8859_1);
        Matcher header = HEADER.matcher(obj);
        Matcher dictEnd = DICT_END.matcher(obj);
        if (!header.find() || !dictEnd.find(header.end())) {
            return pdf;
        }
        String dict = obj.substring(0, dictEnd.start());
        Matcher length = LENGTH.matcher(dict);
        Matcher size = SIZE.matcher(dict);
        Matcher index = INDEX.matcher(dict);
        Matcher w = W.matcher(dict);
        if (!TYPE.matcher(dict).find() || !FLATE.matcher(dict).find() || dict.contains("/DecodeParms")
                || dict.contains("/Prev") || !length.find() || !size.find() || !index.find() || !w.find()) {
            return pdf;
        }
        long self = Long.parseLong(header.group(1));
        long count = Long.parseLong(index.group(1));
        if (Long.parseLong(size.group(1)) != self + 1 || count != self) {
            return pdf;
        }
        int dataFrom = dictEnd.end();
        int dataLength = Integer.parseInt(length.group(1));
        if (dataFrom + dataLength > obj.length()) {
            return pdf;
        }
        int[] widths = {Integer.parseInt(w.group(1)), Integer.parseInt(w.group(2)), Integer.parseInt(w.group(3))};
        byte[] rows = inflate(pdf, s + dataFrom, dataLength);
        int rowWidth = widths[0] + widths[1] + widths[2];
        if (rows == null || rowWidth == 0 || rows.length != count * rowWidth) {
            return pdf;
        }
        long[][] entries = new long[(int) count + 1][];
        for (int i = 0; i < count; i++) {
            entries[i] = new long[3];
            int at = i * rowWidth;
            for (int f = 0; f < 3; f++) {
                entries[i][f] = number(rows, at, widths[f]);
                at += widths[f];
            }
        }
        entries[(int) count] = new long[] {1, start, 0};
        int[] newWidths = widths.clone();
        for (long[] e : entries) {
            for (int f = 0; f < 3; f++) {
                newWidths[f] = Math.max(newWidths[f], bytesFor(e[f]));
            }
        }
        ByteArrayOutputStream newRows = new ByteArrayOutputStream(entries.length * rowWidth + 8);
        for (long[] e : entries) {
            for (int f = 0; f < 3; f++) {
                for (int b = newWidths[f] - 1; b >= 0; b--) {
                    newRows.write((int) (e[f] >>> (8 * b)) & 0xFF);
                }
            }
        }
        byte[] data = deflate(newRows.toByteArray());
        String newDict = W.matcher(INDEX.matcher(LENGTH.matcher(dict)
                .replaceFirst("/Length " + data.length))
                .replaceFirst("/Index [0 " + (count + 1) + "]"))
                .replaceFirst("/W [" + newWidths[0] + " " + newWidths[1] + " " + newWidths[2] + "]");
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64);
        out.write(pdf, 0, s);
        out.writeBytes(newDict.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(obj.substring(dictEnd.start(), dataFrom).getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(data);
        out.write(pdf, s + dataFrom + dataLength, pdf.length - (s + dataFrom + dataLength));
        return out.toByteArray();
    }

    private static long number(byte[] rows, int at, int width) {
        long n = 0;
        for (int i = 0; i < width; i++) {
            n = (n << 8) | (rows[at + i] & 0xFF);
        }
        return n;
    }

    private static int bytesFor(long n) {
        int b = 1;
        while (b < 8 && (n >>> (8 * b)) != 0) {
            b++;
        }
        return b;
    }

    private static byte[] inflate(byte[] pdf, int from, int length) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(pdf, from, length);
            ByteArrayOutputStream out = new ByteArrayOutputStream(length * 4);
            byte[] buf = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater();
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
            byte[] buf = new byte[8192];
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
