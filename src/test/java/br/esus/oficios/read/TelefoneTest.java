package br.esus.oficios.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import br.esus.oficios.model.Municipio;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A telephone is written one way in every document, whatever the typing: {@code (DD) NNNN-NNNN}. */
class TelefoneTest {

    @Test
    void landlinesAndMobilesWithTheDddComeOutInOneFormat() {
        for (String typed : List.of("(79) 3431-5500", "79 3431-5500", "7934315500", "(79)3431 5500", "79-3431-5500",
                "+55 79 3431-5500", "+55 (79) 3431-5500", "55 79 34315500", "+557934315500")) {
            assertEquals("(79) 3431-5500", Formatos.telefoneNormalizado(typed), typed);
        }
        for (String typed : List.of("(79) 99812-3456", "79998123456", "+55 79 99812-3456", "+55 (79) 9 9812-3456",
                "5579998123456")) {
            assertEquals("(79) 99812-3456", Formatos.telefoneNormalizado(typed), typed);
        }
    }

    @Test
    void numbersOfNoDddKeepWhatWasTyped() {
        // 0800 and a DDD with a 0 (there is none), an 11-digit number that is not a mobile (no 9 after the DDD), a
        // 12-digit number that does not start with the country code.
        for (String typed : List.of("0800 724 1234", "0800-724-1234", "+55 0800 724 1234", "(07) 3431-5500",
                "(79) 3431-55001", "12 79 3431-5500", "(70) 3431-5500")) {
            assertEquals(typed, Formatos.telefoneNormalizado(typed), typed);
        }
    }

    @Test
    void theFileIsReadWithEveryTelephoneInTheOneFormat(@TempDir Path dir) {
        String yaml = Fixtures.with(Fixtures.with("telefone: \"(75) 3241-1234\"", "telefone: \"+55 75 3241-1234\""),
                "telefone: \"(75) 98765-4321\"", "telefone: \"75987654321\"");
        ReadResult r = new MunicipioReader(Fixtures.catalog(), Fixtures.HOJE).read(Fixtures.write(dir, yaml));
        assertEquals(List.of(), Fixtures.lines(r));
        Municipio m = r.municipio();
        assertEquals("(75) 3241-1234", m.secretaria().telefone());
        assertEquals("(75) 98765-4321", m.contato().telefone());
    }
}
