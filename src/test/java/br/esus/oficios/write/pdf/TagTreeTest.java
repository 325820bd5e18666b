package br.esus.oficios.write.pdf;

import br.esus.oficios.write.OficioFixture;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ofício's structure tree, as a screen reader walks it: what each structure element reads aloud. */
class TagTreeTest {

    private static final PdfWriter WRITER = new PdfWriter(FontChoice.resolve(null));

    private static byte[] pdf(String name) throws Exception {
        return WRITER.write(switch (name) {
            case "oficio" -> OficioFixture.oficio(OficioFixture.brasao(PdfWriterTest.OUT));
            case "pop" -> Fixtures.pop();
            case "checklist" -> Fixtures.checklist();
            default -> throw new IllegalArgumentException(name);
        });
    }

    @Test
    void fechoAndSignatureAreParagraphsOfTheirOwnAfterTheLastParagraph() throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf("oficio"))) {
            Map<Integer, String> text = markedText(d);
            List<String> paragraphs = new ArrayList<>();
            paragraphs(d.getDocumentCatalog().getStructureTreeRoot(), text, paragraphs);
            int fecho = paragraphs.indexOf("Atenciosamente,");
            assertTrue(fecho > 0, "o fecho é um parágrafo do documento: " + paragraphs);
            assertTrue(paragraphs.get(fecho - 1).contains("Agradeço a atenção")
                    && !paragraphs.get(fecho - 1).contains("Atenciosamente"),
                    "o parágrafo 5 vem antes do fecho, sem ele: " + paragraphs.get(fecho - 1));
            String signature = paragraphs.get(fecho + 1);
            assertTrue(signature.startsWith(OficioFixture.SIGNATARIA.get(0))
                    && signature.contains(OficioFixture.SIGNATARIA.get(1)), "a assinatura depois do fecho: " + signature);
            assertEquals(fecho + 2, paragraphs.size(), "nada depois da assinatura: " + paragraphs);
        }
    }

    @Test
    void noSpanHoldsAParagraphAndNoTableHasAnEmptyFooter() throws Exception {
        for (String name : List.of("oficio", "pop", "checklist")) {
            try (PDDocument d = Loader.loadPDF(pdf(name))) {
                List<String> problems = new ArrayList<>();
                check(d.getDocumentCatalog().getStructureTreeRoot(), "", problems);
                assertEquals(List.of(), problems, name);
            }
        }
    }

    /** The text of every paragraph in reading order; a paragraph inside another is read as part of it. */
    private static void paragraphs(PDStructureNode node, Map<Integer, String> text, List<String> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if ("P".equals(e.getStructureType())) {
                    out.add(read(e, text).strip());
                } else {
                    paragraphs(e, text, out);
                }
            }
        }
    }

    private static void check(PDStructureNode node, String parentType, List<String> problems) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                String type = e.getStructureType();
                if ("Span".equals(parentType) && "P".equals(type)) {
                    problems.add("Span > P");
                }
                if ("TFoot".equals(type) && e.getKids().isEmpty()) {
                    problems.add("TFoot vazio");
                }
                assertFalse(e.getParent() == null, "elemento sem pai: " + type);
                check(e, type, problems);
            }
        }
    }

    /** The text of each marked-content id of the first page (the ofício has one). */
    private static Map<Integer, String> markedText(PDDocument d) throws IOException {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(d.getPage(0));
        Map<Integer, String> text = new HashMap<>();
        List<org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent> todo =
                new ArrayList<>(extractor.getMarkedContents());
        while (!todo.isEmpty()) {
            var mc = todo.remove(0);
            StringBuilder s = new StringBuilder();
            for (Object o : mc.getContents()) {
                if (o instanceof TextPosition t) {
                    s.append(t.getUnicode());
                } else if (o instanceof org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent m) {
                    todo.add(m);
                }
            }
            if (mc.getMCID() >= 0) {
                text.merge(mc.getMCID(), s.toString(), String::concat);
            }
        }
        return text;
    }

    private static String read(PDStructureElement e, Map<Integer, String> text) {
        StringBuilder s = new StringBuilder();
        for (Object kid : e.getKids()) {
            if (kid instanceof Integer mcid) {
                s.append(text.getOrDefault(mcid, "")).append(' ');
            } else if (kid instanceof PDStructureElement child) {
                s.append(read(child, text));
            }
        }
        return s.toString().replaceAll("\\s+", " ");
    }
}
