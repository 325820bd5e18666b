package br.esus.oficios.write.pdf;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * Two fixes to the structure tree openhtmltopdf writes, so a screen reader reads the document as it is seen:
 * <ul>
 * <li>paragraphs it tags inside a {@code Span} inside a paragraph ({@code P > Span > P}: the fecho and the signature,
 * which the XHTML sets in the last paragraph so that they never go to a page alone) become paragraphs of their own
 * right after that paragraph, so they are not read as part of its text (a Span holds no paragraph);</li>
 * <li>the empty {@code TFoot} it gives every table is removed.</li>
 * </ul>
 * Only structure elements move; the marked content they own, and the parent tree that points to them, stay as they
 * are, so the page content is not touched.
 */
final class TagTreeCleanup {

    private TagTreeCleanup() {
    }

    static void apply(PDDocument pd) {
        PDStructureTreeRoot root = pd.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            visit(root);
        }
    }

    private static void visit(PDStructureNode node) {
        for (Object kid : List.copyOf(node.getKids())) {
            if (kid instanceof PDStructureElement element) {
                if ("TFoot".equals(element.getStructureType()) && element.getKids().isEmpty()) {
                    node.removeKid(element);
                    continue;
                }
                if ("P".equals(element.getStructureType())) {
                    hoistParagraphsOutOfSpans(node, element);
                }
                visit(element);
            }
        }
    }

    /** Moves the paragraphs of each Span of {@code paragraph} that holds only paragraphs to right after it. */
    private static void hoistParagraphsOutOfSpans(PDStructureNode parent, PDStructureElement paragraph) {
        List<PDStructureElement> hoisted = new ArrayList<>();
        for (Object kid : List.copyOf(paragraph.getKids())) {
            if (kid instanceof PDStructureElement span && "Span".equals(span.getStructureType())
                    && onlyParagraphs(span)) {
                for (Object inner : span.getKids()) {
                    hoisted.add((PDStructureElement) inner);
                }
                paragraph.removeKid(span);
            }
        }
        PDStructureElement after = paragraph;
        for (PDStructureElement p : hoisted) {
            insertAfter(parent, p, after);
            after = p;
        }
    }

    private static boolean onlyParagraphs(PDStructureElement span) {
        List<Object> kids = span.getKids();
        return !kids.isEmpty() && kids.stream()
                .allMatch(k -> k instanceof PDStructureElement e && "P".equals(e.getStructureType()));
    }

    /**
     * PDFBox inserts only before a sibling; after the last one is an append. The kids are new wrappers at every
     * call, so the sibling is found by its dictionary.
     */
    private static void insertAfter(PDStructureNode parent, PDStructureElement element, PDStructureElement sibling) {
        List<Object> kids = parent.getKids();
        int at = -1;
        for (int i = 0; i < kids.size() && at < 0; i++) {
            if (kids.get(i) instanceof PDStructureElement e && e.getCOSObject() == sibling.getCOSObject()) {
                at = i;
            }
        }
        if (at + 1 < kids.size() && kids.get(at + 1) instanceof PDStructureElement next) {
            parent.insertBefore(element, next);
        } else {
            parent.appendKid(element);
        }
        element.setParent(parent);
    }
}
