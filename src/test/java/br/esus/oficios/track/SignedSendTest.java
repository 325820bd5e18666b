package br.esus.oficios.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code checklist} says whether the ofício that went was signed, the same way in every view. */
class SignedSendTest {

    private static ChecklistMatrix matrix(Path out, String pdf) throws Exception {
        TrackFixture.write(out.resolve("ba-santo-amaro").resolve("envios.jsonl"),
                "{\"quando\":\"2026-11-23T18:30:00-03:00\",\"estado\":\"enviado\",\"documento\":\"oficio-dominio\","
                        + "\"para\":[\"dominios@prodeb.ba.gov.br\"],\"message_id\":\"<1@x>\",\"anexos\":[{\"arquivo\":\""
                        + pdf + "\",\"sha256\":\"00\"}]}\n");
        return TrackFixture.matrix(List.of(TrackFixture.santoAmaro()), TrackFixture.catalog(), out);
    }

    @Test
    void aSignedCopySentShowsAsSignedInEveryView(@TempDir Path out) throws Exception {
        ChecklistMatrix m = matrix(out, "oficio-dominio-assinado.pdf");
        String table = new TableRenderer(true, false).text(m);
        assertTrue(table.contains("BA Santo Amaro — dns_govbr: ofício assinado enviado em 23/11/2026"), table);
        String md = new MarkdownRenderer(false).text(m);
        assertTrue(md.contains("ofício assinado enviado em 23/11/2026"), md);
        String html = new HtmlRenderer().text(m);
        assertTrue(html.contains("ofício assinado enviado em 23/11/2026"), html);
        List<List<String>> csv = CsvRendererTest.parse(new CsvRenderer().text(m).substring(1));
        List<String> dns = csv.stream().filter(r -> r.get(3).equals("dns_govbr")).findFirst().orElseThrow();
        assertTrue(dns.get(10).startsWith("ofício assinado enviado em 23/11/2026"), dns.get(10));
    }

    @Test
    void theUnsignedPdfShowsAsBefore(@TempDir Path out) throws Exception {
        ChecklistMatrix m = matrix(out, "oficio-dominio.pdf");
        ItemState dns = m.municipios().get(0).items().stream().filter(i -> i.item().id().equals("dns_govbr"))
                .findFirst().orElseThrow();
        assertEquals("ofício enviado em 23/11/2026", ViewPhrases.sendNote(dns));
    }
}
