package br.esus.oficios.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import br.esus.oficios.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MunicipioFilesTest {
    @TempDir
    Path dir;

    @Test
    void foldersGiveTheirYamlFilesSortedAndFilesStayAsGiven() throws IOException {
        Path municipios = Files.createDirectories(dir.resolve("municipios"));
        for (String name : List.of("se-itabaiana.yaml", "ba-santo-amaro.yaml", "ba-cachoeira.yml", "leia-me.txt",
                ".rascunho.yaml")) {
            Files.writeString(municipios.resolve(name), "x");
        }
        Files.createDirectories(municipios.resolve("sub.yaml"));
        Path avulso = Files.writeString(dir.resolve("outro.txt"), "x");
        MunicipioFiles.Expansion e = MunicipioFiles.expand(List.of(avulso, municipios,
                municipios.resolve("ba-santo-amaro.yaml")));
        assertEquals(List.of(avulso, municipios.resolve("ba-cachoeira.yml"), municipios.resolve("ba-santo-amaro.yaml"),
                municipios.resolve("se-itabaiana.yaml")), e.files(), "sem repetir o arquivo dado duas vezes");
        assertEquals(List.of(), e.problems());
    }

    @Test
    void missingPathsAndEmptyFoldersAreProblems() throws IOException {
        Path vazia = Files.createDirectories(dir.resolve("vazia"));
        Path falta = dir.resolve("nao-existe.yaml");
        MunicipioFiles.Expansion e = MunicipioFiles.expand(List.of(falta, vazia));
        assertEquals(List.of(), e.files());
        assertEquals(List.of(
                falta + ":1:1: arquivo ou pasta não encontrado; confira o caminho",
                vazia + ":1:1: a pasta não tem arquivos .yaml; crie um com `gerar-oficios novo UF \"Nome do "
                        + "município\"`"),
                e.problems().stream().map(Problem::format).toList());
    }
}
