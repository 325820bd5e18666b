package br.esus.oficios.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextBreaksTest {

    private static List<String> kept(String text) {
        return TextBreaks.keepTogether(text).stream().map(r -> text.substring(r.start(), r.end())).toList();
    }

    private static List<String> hrefs(String text) {
        return TextBreaks.addresses(text).stream().map(TextBreaks.Address::href).toList();
    }

    @Test
    void keepsTogetherWhatIsCopiedOrDialled() {
        assertEquals(List.of("(79) 99812-3456", "+55 79 3431-5500", "3431-5500", "0800 644 6543"),
                kept("(79) 99812-3456 ou +55 79 3431-5500, ramal: 3431-5500; 0800 644 6543"));
        assertEquals(List.of("12.345.678/0001-90", "49500-000", "200.10.20.30:8080"),
                kept("CNPJ 12.345.678/0001-90, CEP 49500-000, IP 200.10.20.30:8080"));
        assertEquals(List.of("Nº 7/2026/SMS/PMI", "nº 7.076", "art. 3º", "5.3.21", "e-SUS", "e-mail"),
                kept("OFÍCIO Nº 7/2026/SMS/PMI; Portaria nº 7.076, art. 3º; versão 5.3.21 do e-SUS, e-mail"));
        assertEquals(List.of(), kept("um texto sem nada a proteger, 2026 e 12"));
    }

    /**
     * keepTogether tries the pattern only where a match can start; on any text it finds what Matcher.find finds
     * (random texts made of the characters the alternatives start with and are made of, and ordinary words).
     */
    @Test
    void keepTogetherFindsWhatFindFinds() {
        String[] pieces = {"0", "1", "5", "9", " ", "-", ".", "/", ":", "(", ")", "+", "N", "n", "º", "°", "a",
            "art. ", "e", "e-", "mail", "SUS", "x", "ç", ",", "0800 ", "(79) ", "+55 ", "49500-000", "5.3.21", "Nº "};
        java.util.Random random = new java.util.Random(14);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(24); k > 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            List<TextBreaks.Range> expected = new java.util.ArrayList<>();
            if (!text.isEmpty()) {
                java.util.regex.Matcher m = TextBreaks.KEEP_TOGETHER.matcher(text);
                while (m.find()) {
                    String found = m.group();
                    if (found.length() > 1 && found.chars().anyMatch(c -> c == ' ' || c == '-' || c == '/' || c == '.')) {
                        expected.add(new TextBreaks.Range(m.start(), m.end()));
                    }
                }
            }
            boolean mayMatch = text.chars().anyMatch(c -> c >= '0' && c <= '9') || text.contains("e-");
            assertEquals(mayMatch ? expected : List.of(), TextBreaks.keepTogether(text), text);
        }
    }

    @Test
    void findsUrlsAndEmailsWithoutTheSentencesPunctuation() {
        assertEquals(List.of("https://esus.itabaiana.se.gov.br", "mailto:juliana.andrade@itabaiana.se.gov.br"),
                hrefs("Acesse https://esus.itabaiana.se.gov.br. e escreva a juliana.andrade@itabaiana.se.gov.br."));
        assertEquals(List.of("https://esus.itabaiana.se.gov.br"), hrefs("(em https://esus.itabaiana.se.gov.br)"));
        assertEquals(List.of("https://pt.wikipedia.org/wiki/A_(b)"), hrefs("veja https://pt.wikipedia.org/wiki/A_(b)."));
        assertEquals(List.of("http://localhost:8080/esus/"), hrefs("em http://localhost:8080/esus/:"));
        // The scheme alone, an @ with no domain, a short domain, file names and versions: not addresses.
        assertEquals(List.of(), hrefs("começa com https:// e usa @ e gov.br, application.properties e 5.3.21"));
    }

    @Test
    void aBareDomainBreaksAfterItsDotsAndLinksNowhere() {
        String text = "o subdomínio esus.itabaiana.se.gov.br, destinado ao PEC 5.3.21";
        List<TextBreaks.Address> found = TextBreaks.addresses(text);
        assertEquals(1, found.size());
        assertEquals(null, found.get(0).href());
        assertEquals("esus.itabaiana.se.gov.br", text.substring(found.get(0).start(), found.get(0).end()));
        assertEquals(List.of("esus.", "itabaiana.", "se."), breaks(text, found.get(0)));
    }

    @Test
    void addressesBreakAfterTheAtAndTheDotsNeverRightAfterTheScheme() {
        String text = "a joao.silva@saude.ba.gov.br e https://esus.ba.gov.br/x";
        List<TextBreaks.Address> found = TextBreaks.addresses(text);
        List<String> afterEmail = breaks(text, found.get(0));
        assertEquals(List.of("joao.", "silva@", "saude.", "ba."), afterEmail);
        assertEquals(List.of("https://esus.", "ba.", "gov.br/"), breaks(text, found.get(1)));
    }

    private static List<String> breaks(String text, TextBreaks.Address a) {
        List<String> pieces = new java.util.ArrayList<>();
        int from = a.start();
        for (int i = a.start() + 1; i < a.end(); i++) {
            if (TextBreaks.breakInside(text, a, i)) {
                pieces.add(text.substring(from, i));
                from = i;
            }
        }
        return pieces;
    }
}
