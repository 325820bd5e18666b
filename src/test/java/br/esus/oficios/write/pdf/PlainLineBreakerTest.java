package br.esus.oficios.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainLineBreakerTest {
    private static List<String> pieces(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int end : PlainLineBreaker.breaks(s)) {
            out.add(s.substring(start, end));
            start = end;
        }
        return out;
    }

    @Test
    void breaksAtSpacesAndInsideAddressesWhereTheyAllow() {
        // E-mail addresses and domains break only where running text allows it (TextBreaks.breaksInside), never here.
        assertEquals(List.of("e-mail ", "ti.saude@santoamaro.ba.gov.br, ", "CNPJ ", "98.765.432/0001-98."),
                pieces("e-mail ti.saude@santoamaro.ba.gov.br, CNPJ 98.765.432/0001-98."));
        assertEquals(List.of("  ", "a  ", "b"), pieces("  a  b"));
        // Never right after the scheme nor in the host: a URL breaks only in its path.
        assertEquals(List.of("/opt/", "e-SUS/", "webserver/", "config/ ", "https://esus.santoamaro.ba.gov.br/",
                "login"), pieces("/opt/e-SUS/webserver/config/ https://esus.santoamaro.ba.gov.br/login"));
        assertEquals(List.of(), pieces(""));
    }

    @Test
    void neverInsideWhatIsCopiedOrDialled() {
        assertEquals(List.of("telefone ", "(79) 99812-3456, ", "CEP ", "49500-000, ", "IP ", "200.10.20.30"),
                pieces("telefone (79) 99812-3456, CEP 49500-000, IP 200.10.20.30"));
        assertEquals(List.of("OFÍCIO ", "Nº 7/2026/SMS/PMI"), pieces("OFÍCIO Nº 7/2026/SMS/PMI"));
        assertEquals(List.of("Portaria ", "SGD/", "MGI ", "nº 7.076, ", "art. 3º"),
                pieces("Portaria SGD/MGI nº 7.076, art. 3º"));
        // An IP in a URL keeps whole; the path still breaks.
        assertEquals(List.of("http://200.10.20.30:8080/", "esus"), pieces("http://200.10.20.30:8080/esus"));
        assertEquals(List.of("-cert-domain=esus.itabaiana.se.gov.br ", "-x"),
                pieces("-cert-domain=esus.itabaiana.se.gov.br -x"));
    }

    @Test
    void neverInsideAShortQuotedPath() {
        assertEquals(List.of("New-Item ", "-Path ", "\"C:\\Program Files\\e-SUS\\webserver\\chaves\" ", "| ", "Out-Null"),
                pieces("New-Item -Path \"C:\\Program Files\\e-SUS\\webserver\\chaves\" | Out-Null"));
        assertEquals(List.of("-console ", "-url=\"jdbc:postgresql://localhost:5433/esus\" ", "-username=\"postgres\""),
                pieces("-console -url=\"jdbc:postgresql://localhost:5433/esus\" -username=\"postgres\""));
        assertEquals(List.of("& ", "'$pg\\bin' ", "-f"), pieces("& '$pg\\bin' -f"));
        // Quoted prose, an unclosed quote and a quoted path too long for a line break as before.
        assertEquals(List.of("o ", "\"Link ", "da ", "instalação\""), pieces("o \"Link da instalação\""));
        assertEquals(List.of("d'água ", "/opt/", "x"), pieces("d'água /opt/x"));
        String longPath = "\"/opt/" + "a".repeat(30) + " /" + "b".repeat(30) + "\"";
        assertEquals(List.of("\"/", "opt/", "a".repeat(30) + " ", "/" + "b".repeat(30) + "\""), pieces(longPath));
    }
}
