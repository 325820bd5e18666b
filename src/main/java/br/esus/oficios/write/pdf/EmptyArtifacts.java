package br.esus.oficios.write.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

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
    private static final Pattern EMPTY = Pattern.compile("(?m)^/Artifact /(Prop\\d+) BDC\nEMC\n");
    private static final Pattern USED = Pattern.compile("/(Prop\\d+) BDC");

    private EmptyArtifacts() {
    }

    static void remove(PDDocument pd) throws IOException {
        for (PDPage page : pd.getPages()) {
            remove(page);
        }
    }

    private static void remove(PDPage page) throws IOException {
        List<COSStream> streams = contentStreams(page);
        Set<String> removed = new HashSet<>();
        Set<String> kept = new HashSet<>();
        for (COSStream stream : streams) {
            String text;
            try (InputStream in = stream.createInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
            Matcher m = EMPTY.matcher(text);
            StringBuilder out = null;
            int from = 0;
            while (m.find()) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, from, m.start());
                removed.add(m.group(1));
                from = m.end();
            }
            if (out != null) {
                out.append(text, from, text.length());
                text = out.toString();
                try (OutputStream o = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    o.write(text.getBytes(StandardCharsets.ISO_8859_1));
                }
            }
            Matcher used = USED.matcher(text);
            while (used.find()) {
                kept.add(used.group(1));
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

    private static List<COSStream> contentStreams(PDPage page) {
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        List<COSStream> streams = new ArrayList<>();
        if (contents instanceof COSStream s) {
            streams.add(s);
        } else if (contents instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSStream s) {
                    streams.add(s);
                }
            }
        }
        return streams;
    }
}
