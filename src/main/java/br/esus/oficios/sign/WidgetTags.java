package br.esus.oficios.sign;

import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSUpdateInfo;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;

/**
 * Tags the signature widget for PDF/UA-1: a Form structure element, last in the document, holding an object
 * reference to the widget, with its description; the widget's /StructParent in the parent tree; the page's tab
 * order by structure. An incremental save writes only the objects marked as changed, so each one is marked.
 */
final class WidgetTags {
    private WidgetTags() {
    }

    static void tag(PDDocument doc, PDPage page, PDAnnotationWidget widget, String description)
            throws IOException, SigningException {
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return; // an untagged document stays untagged
        }
        COSDictionary parentTree = root.getCOSObject().getCOSDictionary(COSName.PARENT_TREE);
        COSArray nums = parentTree == null ? null : parentTree.getCOSArray(COSName.NUMS);
        if (nums == null || root.getKids().isEmpty() || !(root.getKids().get(0) instanceof PDStructureElement)) {
            throw new SigningException("a marcação de acessibilidade do PDF tem uma forma inesperada; gere o "
                    + "documento de novo com gerar-oficios");
        }
        PDStructureElement parent = (PDStructureElement) root.getKids().get(0);
        PDStructureElement form = new PDStructureElement("Form", parent);
        form.setPage(page);
        form.setAlternateDescription(description);
        PDObjectReference ref = new PDObjectReference();
        ref.setReferencedObject(widget);
        ref.setPage(page);
        form.appendKid(ref);
        parent.appendKid(form);

        int key = root.getParentTreeNextKey();
        widget.setStructParent(key);
        nums.add(COSInteger.get(key));
        nums.add(form);
        root.setParentTreeNextKey(key + 1);
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");

        root.getCOSObject().setNeedToBeUpdated(true);
        parentTree.setNeedToBeUpdated(true);
        nums.setNeedToBeUpdated(true);
        parent.getCOSObject().setNeedToBeUpdated(true);
        COSBase kids = parent.getCOSObject().getDictionaryObject(COSName.K);
        if (kids instanceof COSUpdateInfo u) {
            u.setNeedToBeUpdated(true);
        }
        page.getCOSObject().setNeedToBeUpdated(true);
        widget.getCOSObject().setNeedToBeUpdated(true);
    }
}
