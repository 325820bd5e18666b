package br.esus.oficios.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.TransformerFactory;
import org.junit.jupiter.api.Test;

class QuietLibrariesTest {

    @Test
    void theLibrariesGetTheJdksOwnXmlFactoriesWithoutAServiceLookup() {
        QuietLibraries.apply();
        assertEquals(TransformerFactory.newDefaultInstance().getClass(), TransformerFactory.newInstance().getClass());
        assertEquals(DocumentBuilderFactory.newDefaultInstance().getClass(),
                DocumentBuilderFactory.newInstance().getClass());
        assertEquals(SAXParserFactory.newDefaultInstance().getClass(), SAXParserFactory.newInstance().getClass());
        assertEquals(SAXParserFactory.newDefaultInstance().getClass().getName(),
                System.getProperty(SAXParserFactory.class.getName()), "nomeada pela propriedade, sem busca nos jars");
        assertEquals(TransformerFactory.newDefaultInstance().getClass().getName(),
                QuietLibraries.JDK_TRANSFORMER_FACTORY, "o JDK mudou o nome da sua TransformerFactory: atualize-o");
        assertEquals(DocumentBuilderFactory.newDefaultInstance().getClass().getName(),
                QuietLibraries.JDK_DOCUMENT_BUILDER_FACTORY, "o JDK mudou o nome da sua DocumentBuilderFactory");
        assertEquals(SAXParserFactory.newDefaultInstance().getClass().getName(),
                QuietLibraries.JDK_SAX_PARSER_FACTORY, "o JDK mudou o nome da sua SAXParserFactory");
    }
}
