package br.esus.oficios.write.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a DOCX (a zip) with every entry dated at the document's date instead of the clock, so the same content
 * always gives the same bytes (the sends log compares SHA-256s to refuse sending the same document twice).
 */
final class StableZip {
    private StableZip() {
    }

    static byte[] withDate(byte[] zip, LocalDate date) throws IOException {
        return withDate(zip, date, Map.of());
    }

    /**
     * Like {@link #withDate(byte[], LocalDate)}, with the content of some entries replaced (by name): parts that are
     * the same in every document are serialised once and put in here instead of being built again each time.
     */
    static byte[] withDate(byte[] zip, LocalDate date, Map<String, byte[]> replacements) throws IOException {
        LocalDateTime when = date.atStartOfDay();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(when);
                out.putNextEntry(copy);
                byte[] replacement = replacements.get(e.getName());
                if (replacement != null) {
                    out.write(replacement);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
