package br.esus.oficios.write.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Takes out of each page the artifacts openhtmltopdf opens and closes with nothing inside, and their property lists.
 *
 * <p>Why: openhtmltopdf 1.1.31 wraps the background of nearly every box in {@code /Artifact /PropN BDC ... EMC}, each
 * with a property list of its own ({@code /Type /Background} and a {@code /BBox}) in the page's resources, even when
 * the box paints no background and no border. In the 17-page POP that was 3,506 of its 3,715 artifacts, and 3,506 of
 * its 5,662 objects: a third of the bytes of the file, and time to save them. An artifact with nothing inside tells a
 * screen reader nothing (PDF/UA leaves artifacts out of the reading anyway), so the page reads the same without them;
 * the artifacts that draw something (the grey of a code box, the borders of a table, the running footer) stay.
 *
 * <p>The content streams are PDFBox's own output, one operator per line, text in hexadecimal strings (every font is a
 * Type 0 font), so an empty artifact is exactly the two lines {@code /Artifact /PropN BDC} and {@code EMC}. A page
 * whose content has another shape is left as it is.
 */
final class EmptyArtifacts {
    /** The name openhtmltopdf's property lists get in a page's resources, before their number. */
    private static final String PROP = "Prop";
    private static final String OPEN = "/Artifact /" + PROP;
    private static final String CLOSE = " BDC\nEMC\n";

    private EmptyArtifacts() {
    }

    static void remove(PDDocument pd) throws IOException {
        for (PDPage page : pd.getPages()) {
            remove(page);
        }
    }

    private static void remove(PDPage page) throws IOException {
        Set<String> removed = new HashSet<>();
        Set<String> kept = new HashSet<>();
        for (Iterator<PDStream> streams = page.getContentStreams(); streams.hasNext();) {
            COSStream stream = streams.next().getCOSObject();
            String text;
            try (InputStream in = stream.createInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
            StringBuilder out = null;
            int from = 0;
            for (int at = text.indexOf(OPEN); at >= 0; at = text.indexOf(OPEN, at + 1)) {
                int end = emptyArtifactEnd(text, at);
                if (end < 0) {
                    continue;
                }
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, from, at);
                removed.add(text.substring(at + OPEN.length() - PROP.length(), end - CLOSE.length()));
                from = end;
                at = end - 1;
            }
            if (out != null) {
                out.append(text, from, text.length());
                text = out.toString();
                try (OutputStream o = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    o.write(text.getBytes(StandardCharsets.ISO_8859_1));
                }
            }
            for (int at = text.indexOf("/" + PROP); at >= 0; at = text.indexOf("/" + PROP, at + 1)) {
                int digits = digitsEnd(text, at + 1 + PROP.length());
                if (digits > at + 1 + PROP.length() && text.startsWith(" BDC", digits)) {
                    kept.add(text.substring(at + 1, digits));
                }
            }
        }
        removed.removeAll(kept);
        PDResources resources = page.getResources();
        COSDictionary properties = resources == null ? null
                : resources.getCOSObject().getCOSDictionary(COSName.PROPERTIES);
        if (properties != null) {
            for (String name : removed) {
                properties.removeItem(COSName.getPDFName(name));
            }
        }
    }

    /**
     * Where the empty artifact that starts at {@code at} ends ({@code "/Artifact /PropN BDC\nEMC\n"} at the start of
     * a line), or -1.
     */
    private static int emptyArtifactEnd(String text, int at) {
        if (at > 0 && text.charAt(at - 1) != '\n') {
            return -1;
        }
        int digits = digitsEnd(text, at + OPEN.length());
        if (digits == at + OPEN.length() || !text.startsWith(CLOSE, digits)) {
            return -1;
        }
        return digits + CLOSE.length();
    }

    private static int digitsEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
