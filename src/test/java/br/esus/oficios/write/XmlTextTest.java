package br.esus.oficios.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void escapeDropsWhatXmlCannotHold() {
        assertEquals("a&lt;b&gt;&amp;&quot;&#39;c", XmlText.escape("a<b>&\"'c"));
        assertEquals("ab", XmlText.escape("a\u0000\u0007b"));
        assertEquals("😀", XmlText.escape("😀"));
        assertEquals("x", XmlText.escape("x\uD800"));
    }
}
