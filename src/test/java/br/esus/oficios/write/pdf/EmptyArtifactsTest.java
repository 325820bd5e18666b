package br.esus.oficios.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.junit.jupiter.api.Test;

/**
 * No page of a PDF opens an artifact to close it with nothing inside, and every property list a page keeps in its
 * resources is used by its content; the artifacts that draw something (the grey of a code box, table borders, the
 * running footer) are still there.
 */
class EmptyArtifactsTest {

    @Test
    void aPopLikeDocumentHasNoEmptyArtifactAndNoUnusedPropertyList() throws Exception {
        byte[] pdf = new PdfWriter(FontChoice.resolve(null)).write(Fixtures.pop());
        int drawing = 0;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            int n = 0;
            for (PDPage page : d.getPages()) {
                n++;
                List<Object> tokens = new PDFStreamParser(page).parse();
                Set<String> used = new TreeSet<>();
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i) instanceof Operator op && op.getName().equals("BDC")) {
                        if (tokens.get(i - 1) instanceof COSName props) {
                            used.add(props.getName());
                        }
                        boolean artifact = tokens.get(i - 2) instanceof COSName tag && tag.getName().equals("Artifact");
                        boolean emptyAfter = tokens.get(i + 1) instanceof Operator next && next.getName().equals("EMC");
                        assertFalse(artifact && emptyAfter, "page " + n + ": an artifact with nothing inside");
                        if (artifact) {
                            drawing++;
                        }
                    }
                }
                COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
                Set<String> kept = new TreeSet<>();
                if (properties != null) {
                    properties.keySet().forEach(k -> kept.add(k.getName()));
                }
                assertEquals(used, kept, "page " + n + ": property lists in the resources but not in the content");
            }
        }
        assertTrue(drawing > 0, "the code box and table borders are still artifacts");
    }

    @Test
    void removesOnlyTheEmptyOnesAndTheirPropertyLists() throws Exception {
        try (PDDocument d = new PDDocument()) {
            PDPage page = new PDPage();
            d.addPage(page);
            page.setResources(new PDResources());
            for (String name : List.of("Prop1", "Prop2", "Prop3")) {
                COSDictionary bg = new COSDictionary();
                bg.setItem(COSName.TYPE, COSName.BACKGROUND);
                assertEquals(name, page.getResources().add(PDPropertyList.create(bg)).getName());
            }
            String content = "/Artifact /Prop1 BDC\nEMC\n"
                    + "/Artifact /Prop2 BDC\n0 0 10 10 re\nf\nEMC\n"
                    + "/Span <</MCID 0>> BDC\nEMC\n"
                    + "/Artifact /Prop3 BDC\nEMC\n";
            COSStream stream = d.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(content.getBytes(StandardCharsets.ISO_8859_1));
            }
            page.getCOSObject().setItem(COSName.CONTENTS, stream);

            EmptyArtifacts.remove(d);

            ByteArrayOutputStream text = new ByteArrayOutputStream();
            try (var in = page.getContents()) {
                in.transferTo(text);
            }
            assertEquals("/Artifact /Prop2 BDC\n0 0 10 10 re\nf\nEMC\n/Span <</MCID 0>> BDC\nEMC\n",
                    text.toString(StandardCharsets.ISO_8859_1));
            List<String> left = new ArrayList<>();
            page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES).keySet()
                    .forEach(k -> left.add(k.getName()));
            assertEquals(List.of("Prop2"), left);
        }
    }
}
