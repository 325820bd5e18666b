package br.esus.oficios.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.Problem;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnviosReaderTest {

    @Test
    void readsLinesIgnoringUnknownFields(@TempDir Path dir) throws Exception {
        TrackFixture.writeEnvios(dir);
        EnviosReader.Log log = new EnviosReader().read(dir.resolve("ba-santo-amaro/envios.jsonl"));
        assertEquals(List.of(), log.avisos());
        assertEquals(1, log.envios().size());
        Envio e = log.envios().get(0);
        assertEquals("oficio-dominio", e.documento());
        assertEquals(OffsetDateTime.parse("2026-11-23T18:30:00-03:00"), e.quando());
        assertEquals(List.of("dominios@prodeb.ba.gov.br"), e.para());
        assertEquals("Ofício nº 12/2026", e.assunto());
    }

    @Test
    void brokenLinesBecomeWarningsWithTheirLineNumber(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("envios.jsonl");
        TrackFixture.write(f, "{\"quando\":\"2026-09-01T09:00:00-03:00\",\"documento\":\"ticket-prescricao\"}\n"
                + "isto não é json\n"
                + "{\"quando\":\"ontem\",\"documento\":\"oficio-dominio\"}\n"
                + "[1,2]\n"
                + "{\"quando\":\"2026-09-02T09:00:00-03:00\"}\n"
                + "{\"quando\":\"2026-09-03T09:00:00Z\",\"documento\":\"oficio-dominio\"}\n");
        EnviosReader.Log log = new EnviosReader().read(f);
        assertEquals(List.of(1, 6), log.envios().stream().map(Envio::linha).toList());
        assertEquals(List.of(2, 3, 4, 5), log.avisos().stream().map(Problem::line).toList());
        assertTrue(log.avisos().stream().allMatch(Problem::warning));
        assertTrue(log.avisos().get(1).format().contains("quando: aviso: \"ontem\" não é data e hora"),
                log.avisos().get(1).format());
    }

    @Test
    void missingFileIsAnEmptyLog(@TempDir Path dir) {
        EnviosReader.Log log = new EnviosReader().read(dir.resolve("nada/envios.jsonl"));
        assertEquals(List.of(), log.envios());
        assertEquals(List.of(), log.avisos());
    }
}
