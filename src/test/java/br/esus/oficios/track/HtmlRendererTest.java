package br.esus.oficios.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.ChecklistEntry;
import br.esus.oficios.model.Status;
import br.esus.oficios.model.Uf;
import br.esus.oficios.read.ReadResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlRendererTest {
    private static final String NASTY = "Dias d'Ávila <b>\"&\"</b>";
    private static String html;
    private static Document dom;
    private static final XPath XP = XPathFactory.newInstance().newXPath();

    @BeforeAll
    static void render(@TempDir Path dir) throws Exception {
        TrackFixture.writeSentLogs(dir);
        List<ReadResult> results = new ArrayList<>(TrackFixture.allFiles());
        results.add(TrackFixture.valid(NASTY, Uf.BA, Map.<String, ChecklistEntry>of("https",
                TrackFixture.e(Status.CONCLUIDO, null, "<script>alert(1)</script>", null))));
        html = new HtmlRenderer().text(TrackFixture.matrix(results, TrackFixture.catalog(), dir));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        dom = f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static NodeList nodes(String xpath) throws Exception {
        return (NodeList) XP.evaluate(xpath, dom, XPathConstants.NODESET);
    }

    private static String str(String xpath) throws Exception {
        return XP.evaluate(xpath, dom);
    }

    private static List<String> values(String xpath) throws Exception {
        NodeList n = nodes(xpath);
        List<String> v = new ArrayList<>();
        for (int i = 0; i < n.getLength(); i++) {
            v.add(n.item(i).getNodeValue() != null ? n.item(i).getNodeValue() : n.item(i).getTextContent());
        }
        return v;
    }

    @Test
    void wellFormedPortuguesePageWithInlineStyleAndScript() throws Exception {
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertEquals("pt-BR", dom.getDocumentElement().getAttribute("lang"));
        assertEquals("utf-8", str("/html/head/meta/@charset"));
        assertEquals(1, nodes("//style").getLength());
        assertEquals(1, nodes("//script").getLength());
        assertEquals("", str("//script/@src"));
        assertTrue(str("//script").contains("getElementById('f-uf')"));
    }

    @Test
    void nothingComesFromTheNetwork() throws Exception {
        assertEquals(0, nodes("//link | //img | //iframe | //object | //embed | //*[@src] | //*[@href]").getLength());
        assertFalse(Pattern.compile("(?i)(src|href)\\s*=").matcher(html).find());
        assertFalse(Pattern.compile("(?i)(https?|ftp|file):/|//[a-z0-9.-]+\\.[a-z]{2,}/").matcher(html).find(),
                "no URL at all");
        assertFalse(Pattern.compile("(?i)@import|url\\s*\\(|@font-face").matcher(html).find());
        assertFalse(html.contains("//cdn") || html.contains("fonts.g"));
    }

    @Test
    void textIsEscaped() throws Exception {
        assertFalse(html.contains("<b>") || html.contains("<script>alert"), "user text never becomes markup");
        assertTrue(values("//table[@id='resumo']//td").contains(NASTY));
        assertTrue(values("//table[@id='matriz']//td/@title").stream()
                .anyMatch(t -> t.contains("responsável: <script>alert(1)</script>")));
        assertTrue(values("//table[@id='matriz']//td/@title").stream()
                .anyMatch(t -> t.contains("sem <disco> externo & sem nuvem")));
    }

    @Test
    void filtersByUfAndStatus() throws Exception {
        assertEquals(List.of("", "BA", "PE", "SE"), values("//select[@id='f-uf']/option/@value"));
        assertEquals(List.of("", "concluido", "pendente-baixa", "pendente-alta", "nao-se-aplica"),
                values("//select[@id='f-status']/option/@value"));
        assertEquals(List.of("BA", "BA", "SE", "PE", "BA", "SE"),
                values("//table[@id='resumo']/tbody/tr/@data-uf"));
        assertEquals("pendente-baixa pendente-alta", str("//table[@id='resumo']/tbody/tr[1]/@data-status"));
        assertEquals(6, nodes("//table[@id='matriz']/tbody/tr").getLength());
    }

    @Test
    void summaryAndMatrixWithStatusColoursSendsAndFlags() throws Exception {
        assertEquals(List.of("Cachoeira", NASTY, "São Cristóvão", "Olinda", "Santo Amaro", "Aracaju"),
                values("//table[@id='resumo']/tbody/tr/td[2]"));
        assertEquals("Total (6 municípios)", str("//table[@id='resumo']/tfoot/tr/th[2]"));
        assertTrue(html.contains(".st-pendente-alta{background:#FFC7CE}"));
        Element dns = (Element) XP.evaluate("//table[@id='matriz']/tbody/tr[th='Santo Amaro']/td[4]", dom,
                XPathConstants.NODE);
        assertEquals("st-pendente-baixa", dns.getAttribute("class"));
        assertTrue(dns.getTextContent().contains("⚠️"), dns.getTextContent());
        assertTrue(dns.getTextContent().contains("ofício enviado em 23/11/2026"), dns.getTextContent());
        assertEquals(List.of("implantação", "migração", "integrações", "segurança e backup"),
                values("//table[@id='matriz']/thead/tr[1]/th[@colspan]"));
        assertTrue(str("//ul[li[@class='alerta']]").contains("mas o YAML ainda diz pendente"));
        assertTrue(str("//ul[@class='erro']").contains(TrackFixture.invalidFile().errors().get(0).format()));
    }

    @Test
    void itemColumnsAreNamedByTitleAndNotesAreOnThePageNotOnlyInTooltips() throws Exception {
        assertEquals("Subdomínio gov.br (registro A)",
                str("//table[@id='matriz']/thead/tr[2]/th[@title='dns_govbr']"));
        assertEquals(List.of("UF", "Município", "Item", "Status", "Data", "Responsável", "Observação"),
                values("//table[@id='anotacoes']/thead/tr/th"));
        Element backup = (Element) XP.evaluate("//table[@id='anotacoes']/tbody/tr[td[2]='Santo Amaro'][td[7]='sem <disco> "
                + "externo & sem nuvem']", dom, XPathConstants.NODE);
        assertEquals("BA", backup.getAttribute("data-uf"), "os filtros valem para as anotações");
        assertTrue(values("//table[@id='anotacoes']/tbody/tr/td[6]").contains("<script>alert(1)</script>"));
        assertTrue(values("//table[@id='anotacoes']/tbody/tr[td[2]='Santo Amaro']/td[7]").stream()
                .anyMatch(t -> t.contains("ofício enviado em 23/11/2026")), "o envio também aparece");
    }

    @Test
    void theTotalsRowCarriesWhatThePageNeedsToSumTheFilteredRows() throws Exception {
        // Each summary row has its counts in status order; the script sums the rows a filter leaves into t-*.
        NodeList rows = nodes("//table[@id='resumo']/tbody/tr");
        int[] sum = new int[Status.values().length];
        for (int r = 0; r < rows.getLength(); r++) {
            String[] c = ((Element) rows.item(r)).getAttribute("data-contagem").split(" ");
            assertEquals(Status.values().length, c.length);
            for (int k = 0; k < c.length; k++) {
                sum[k] += Integer.parseInt(c[k]);
                assertEquals(c[k], str("//table[@id='resumo']/tbody/tr[" + (r + 1) + "]/td[" + (k + 3) + "]"));
            }
        }
        for (Status s : Status.values()) {
            assertEquals(String.valueOf(sum[s.ordinal()]), str("//th[@id='t-" + s.ordinal() + "']"), s.name());
        }
        assertTrue(str("//th[@id='t-nome']").startsWith("Total ("));
        assertTrue(str("//th[@id='t-pct']").endsWith("%"));
        assertTrue(str("//script").contains("getElementById('t-pct')"));
    }
}
