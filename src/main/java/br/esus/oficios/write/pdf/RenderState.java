package br.esus.oficios.write.pdf;

import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * What is parsed once and reused for every document, by one thread at a time: the fonts (a fontbox TrueTypeFont
 * is not meant to be used by two threads at once), the check of their characters, the style sheet and an XML
 * parser.
 */
final class RenderState {
    final List<TrueTypeFont> body = new ArrayList<>();
    final List<TrueTypeFont> mono = new ArrayList<>();
    private List<TrueTypeFont> reserve;
    final MissingGlyphs glyphs;
    final DocumentBuilder xml;
    final PreparsedCssHandler namespaceHandler;
    final LineBreakCache lineBreaks = new LineBreakCache();

    RenderState(FontChoice fonts, String css) {
        for (FontChoice.Face f : fonts.body()) {
            body.add(FontChoice.parse(f));
        }
        for (FontChoice.Face f : fonts.mono()) {
            mono.add(FontChoice.parse(f));
        }
        glyphs = new MissingGlyphs(body.get(0), mono.get(0), () -> reserve().get(0));
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setExpandEntityReferences(false);
            factory.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            xml = factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        namespaceHandler = new PreparsedCssHandler(css);
    }

    /** The reserve faces, parsed the first time a document needs them. */
    List<TrueTypeFont> reserve() {
        if (reserve == null) {
            List<TrueTypeFont> parsed = new ArrayList<>();
            for (FontChoice.Face f : FontChoice.reserveFaces()) {
                parsed.add(FontChoice.parse(f));
            }
            reserve = parsed;
        }
        return reserve;
    }
}
