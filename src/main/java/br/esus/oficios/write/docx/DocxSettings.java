package br.esus.oficios.write.docx;

import javax.xml.namespace.QName;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;

/**
 * settings.xml: Word 2013+ layout (so Word does not open the file in "Modo de compatibilidade"), lines ended by a
 * manual break not stretched in justified text, and Portuguese as the theme language. Written with a cursor because poi-ooxml-lite has no classes for these elements.
 */
final class DocxSettings {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxSettings() {
    }

    static void apply(XWPFDocument doc, String language) {
        CTSettings settings = doc.getSettings().getCTSettings();
        // A new document's settings are empty; compat comes before themeFontLang in the schema.
        try (XmlCursor c = settings.newCursor()) {
            c.toEndToken();
            c.beginElement(new QName(W, "compat", "w"));
            // A line ended by a manual break (Shift+Enter: the endereçamento, a signature) is not stretched edge
            // to edge in a justified paragraph. Before compatSetting, as the schema orders them.
            c.beginElement(new QName(W, "doNotExpandShiftReturn", "w"));
            c.toNextToken(); // past its end, still inside compat
            c.beginElement(new QName(W, "compatSetting", "w"));
            c.insertAttributeWithValue(new QName(W, "name", "w"), "compatibilityMode");
            c.insertAttributeWithValue(new QName(W, "uri", "w"), "http://schemas.microsoft.com/office/word");
            c.insertAttributeWithValue(new QName(W, "val", "w"), "15");
        }
        try (XmlCursor c = settings.newCursor()) {
            c.toEndToken();
            c.beginElement(new QName(W, "themeFontLang", "w"));
            c.insertAttributeWithValue(new QName(W, "val", "w"), language);
        }
    }
}
