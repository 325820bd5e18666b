package br.esus.oficios.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.SistemaOperacional;
import br.esus.oficios.model.Status;
import br.esus.oficios.model.Uf;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The example files in municipios/ are valid, without warnings. */
class ExemplosTest {
    private static final MunicipioReader READER = new MunicipioReader(Fixtures.catalog(), Fixtures.HOJE);

    private static Municipio valid(String file) {
        ReadResult r = READER.read(Path.of(file));
        assertEquals(List.of(), Fixtures.lines(r), "nem erros nem avisos");
        assertTrue(r.ok());
        return r.municipio();
    }

    @Test
    void santoAmaroBa() {
        Municipio m = valid("municipios/ba-santo-amaro.yaml");
        assertEquals("ba-santo-amaro", m.outputFolderName());
        assertEquals("2928604", m.municipio().codigoIbge());
        assertEquals(SistemaOperacional.LINUX, m.instalacao().sistemaOperacional());
        assertEquals("PRODEB", m.orgaoDominio().sigla());
        assertEquals("Salvador", m.orgaoDominio().cidade());
        assertEquals(12, m.oficios().oficioDominio().numero());
        assertTrue(m.checklist().values().stream().map(e -> e.status()).distinct().count() == 4,
                "usa os quatro status");
    }

    @Test
    void itabaianaSe() {
        Municipio m = valid("municipios/se-itabaiana.yaml");
        assertEquals("se-itabaiana", m.outputFolderName());
        assertEquals(Uf.SE, m.municipio().uf());
        assertEquals("2802908", m.municipio().codigoIbge());
        assertEquals(SistemaOperacional.WINDOWS, m.instalacao().sistemaOperacional());
        assertEquals("EMGETIS", m.orgaoDominio().sigla());
        assertEquals("49500-000", m.prefeitura().cep(), "CEP escrito sem hífen sai formatado");
        assertEquals("24.680.246/0001-10", m.prefeitura().cnpj(), "CNPJ escrito sem pontuação sai formatado");
        assertEquals(Status.PENDENTE_ALTA, m.checklist().get("dns_govbr").status());
    }

    @Test
    void parallelReadsGiveTheSameResult() {
        ConcurrentLinkedQueue<String> folders = new ConcurrentLinkedQueue<>();
        IntStream.range(0, 64).parallel().forEach(i -> {
            ReadResult r = READER.read(Path.of(i % 2 == 0 ? "municipios/ba-santo-amaro.yaml"
                    : "municipios/se-itabaiana.yaml"));
            folders.add(r.ok() ? r.municipio().outputFolderName() : "erro");
        });
        assertEquals(32, folders.stream().filter("ba-santo-amaro"::equals).count());
        assertEquals(32, folders.stream().filter("se-itabaiana"::equals).count());
    }
}
