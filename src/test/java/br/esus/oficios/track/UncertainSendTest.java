package br.esus.oficios.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code checklist} shows a send whose outcome is unknown as "envio incerto": neither sent nor pending. */
class UncertainSendTest {

    /** Santo Amaro: the ofício went to the server and no answer came; the ticket's run was killed after its intent. */
    private static ChecklistMatrix matrix(Path out) throws Exception {
        TrackFixture.write(out.resolve("ba-santo-amaro").resolve("envios.jsonl"),
                "{\"quando\":\"2026-11-23T18:30:00-03:00\",\"estado\":\"intencao\",\"documento\":\"oficio-dominio\","
                        + "\"para\":[\"dominios@prodeb.ba.gov.br\"],\"message_id\":\"<1@x>\"}\n"
                        + "{\"quando\":\"2026-11-23T18:30:05-03:00\",\"estado\":\"incerto\",\"documento\":\"oficio-dominio\","
                        + "\"para\":[\"dominios@prodeb.ba.gov.br\"],\"message_id\":\"<1@x>\",\"detalhe\":\"sem resposta\"}\n"
                        + "{\"quando\":\"2026-11-24T09:00:00-03:00\",\"estado\":\"intencao\",\"documento\":\"ticket-prescricao\","
                        + "\"message_id\":\"<2@x>\"}\n");
        return TrackFixture.matrix(List.of(TrackFixture.santoAmaro()), TrackFixture.catalog(), out);
    }

    private static ItemState item(ChecklistMatrix m, String id) {
        return m.municipios().get(0).items().stream().filter(i -> i.item().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anUncertainSendIsFlaggedAsSuchNotAsSent(@TempDir Path out) throws Exception {
        ChecklistMatrix m = matrix(out);
        ItemState dns = item(m, "dns_govbr");
        assertTrue(dns.send().uncertain());
        assertEquals("envio incerto do ofício em 23/11/2026 (Message-ID <1@x>): o servidor não confirmou o "
                + "recebimento; confira com o destinatário ou na pasta de enviados e, se não chegou, envie de novo com "
                + "gerar-oficios enviar --reenviar", dns.alert());
        ItemState presc = item(m, "prescricao_digital");
        assertTrue(presc.send().uncertain(), "an intent without outcome: the run was interrupted");
        assertTrue(presc.alert().startsWith("envio incerto do ticket em 24/11/2026 (Message-ID <2@x>)"),
                presc.alert());
        assertEquals("envio incerto do ofício em 23/11/2026", ViewPhrases.sendNote(dns));
    }

    @Test
    void everyViewSaysEnvioIncertoAndNeverEnviadoEm(@TempDir Path out) throws Exception {
        ChecklistMatrix m = matrix(out);
        String table = new TableRenderer(true, false).text(m);
        assertTrue(table.contains("BA Santo Amaro — dns_govbr: envio incerto do ofício em 23/11/2026\n"), table);
        assertTrue(table.contains("? envio incerto"), "legend: " + table);
        String dnsRow = table.lines().filter(l -> l.startsWith("dns_govbr")).findFirst().orElseThrow();
        assertTrue(dnsRow.strip().endsWith("?"), dnsRow);
        String md = new MarkdownRenderer(false).text(m);
        assertTrue(md.contains("envio incerto do ofício em 23/11/2026"), md);
        String html = new HtmlRenderer().text(m);
        assertTrue(html.contains("envio incerto do ofício em 23/11/2026"), html);
        for (String t : List.of(table, md, html)) {
            assertFalse(t.contains("ofício enviado em") || t.contains("ticket enviado em"), t);
        }
        List<List<String>> csv = CsvRendererTest.parse(new CsvRenderer().text(m).substring(1));
        List<String> dns = csv.stream().filter(r -> r.get(3).equals("dns_govbr")).findFirst().orElseThrow();
        assertEquals("", dns.get(9), "enviado_em: not known to have been sent");
        assertTrue(dns.get(10).startsWith("envio incerto do ofício em 23/11/2026"), dns.get(10));
    }
}
