package br.esus.oficios.write.pdf;

import com.openhtmltopdf.context.StylesheetFactoryImpl;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler;
import java.io.StringReader;
import java.util.Arrays;

/** The XHTML namespace handler with our style sheet parsed once, instead of once per document. */
final class PreparsedCssHandler extends XhtmlNamespaceHandler {
    private final StylesheetInfo sheet;

    PreparsedCssHandler(String css) {
        sheet = new StylesheetInfo();
        sheet.setOrigin(StylesheetInfo.AUTHOR);
        sheet.setMedia("all");
        sheet.setType("text/css");
        sheet.setUri("classpath:" + PdfWriter.CSS_RESOURCE);
        sheet.setStylesheet(new StylesheetFactoryImpl(null).parse(new StringReader(css), sheet));
    }

    @Override
    public StylesheetInfo[] getStylesheets(org.w3c.dom.Document doc) {
        StylesheetInfo[] inDocument = super.getStylesheets(doc);
        StylesheetInfo[] all = Arrays.copyOf(inDocument, inDocument.length + 1);
        System.arraycopy(inDocument, 0, all, 1, inDocument.length);
        all[0] = sheet;
        return all;
    }
}
