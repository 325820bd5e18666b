package br.esus.oficios.send;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void escapeDropsWhatXmlCannotHold() {
        assertEquals("a&lt;b&gt;&amp;&quot;&#39;c", escape("a<b>&\"'c"));
        assertEquals("ab", escape("a\u0000\u0007b"));
        assertEquals("😀", escape("😀"));
        assertEquals("x", escape("x\uD800"));
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        XmlText.appendEscaped(out, s);
        return out.toString();
    }
}
