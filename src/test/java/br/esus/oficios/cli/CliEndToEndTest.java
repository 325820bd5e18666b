package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a coordinator uses it, in a scratch working directory with the example municipalities. */
class CliEndToEndTest {
    static final Path EXAMPLE = Path.of("municipios/ba-santo-amaro.yaml");

    @TempDir
    Path cwd;

    @BeforeEach
    void copyExamples() throws IOException {
        CliRun.copyExamples(cwd);
    }

    private List<String> examples() throws IOException {
        try (Stream<Path> s = Files.list(cwd.resolve("municipios"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void noSubcommandGeneratesEveryExampleInMarkdown() throws IOException {
        CliRun r = CliRun.run(cwd, Map.of("GOVBR_CLIENT_SECRET", "s3gr3d0-de-teste"), "-f", "md");
        assertEquals(0, r.exit(), r.toString());
        List<String> yamls = examples();
        assertTrue(yamls.size() >= 2, "pelo menos dois exemplos");
        Path folder = cwd.resolve("output/ba-santo-amaro");
        for (String f : List.of("oficio-dominio.md", "ticket-prescricao.md", "application.properties", "pop.md",
                "checklist.md")) {
            assertTrue(Files.isRegularFile(folder.resolve(f)), f + "\n" + r);
        }
        assertTrue(r.out().contains(yamls.size() + " municípios: "), r.out());
        String ofício = Files.readString(folder.resolve("oficio-dominio.md"));
        assertTrue(ofício.contains("OFÍCIO Nº 12/2026/"), ofício);
        assertTrue(ofício.contains("**Assunto:"), ofício);
        Path props = folder.resolve("application.properties");
        assertTrue(Files.readString(props).contains("client-secret=s3gr3d0-de-teste"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(props)));
        assertFalse(r.out().contains("s3gr3d0") || r.err().contains("s3gr3d0"), "o segredo nunca é impresso");
    }

    @Test
    void aDocumentNamedLikeASubcommandIsTheOptionsValue() {
        CliRun r = CliRun.run(cwd, "-f", "md", "-d", "checklist", EXAMPLE.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(Files.exists(cwd.resolve("output/ba-santo-amaro/checklist.md")));
        assertFalse(Files.exists(cwd.resolve("output/ba-santo-amaro/pop.md")));
    }

    @Test
    void missingSecretLeavesAMarkedPlaceholderAndWarns() throws IOException {
        CliRun r = CliRun.run(cwd, "gerar", "-d", "application-properties", EXAMPLE.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("GOVBR_CLIENT_SECRET"), r.err());
        String props = Files.readString(cwd.resolve("output/ba-santo-amaro/application.properties"));
        assertTrue(props.contains("client-secret="), props);
        assertFalse(Files.exists(cwd.resolve("output/ba-santo-amaro/pop.md")), "só o documento pedido");
    }

    @Test
    void anInvalidFileDoesNotStopTheOthers() throws IOException {
        String good = Files.readString(cwd.resolve(EXAMPLE));
        Files.writeString(cwd.resolve("municipios/zz-quebrado.yaml"),
                good.replace("2928604", "2928605").replace("Santo Amaro", "Quebrado"));
        CliRun r = CliRun.run(cwd, "gerar", "-f", "md", "municipios");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("municipios/zz-quebrado\\.yaml:\\d+:\\d+: "
                + "municipio\\.codigo_ibge: .*")), r.err());
        assertTrue(Files.exists(cwd.resolve("output/ba-santo-amaro/oficio-dominio.md")));
        assertFalse(Files.exists(cwd.resolve("output/ba-quebrado")), "nada do arquivo inválido é gravado");
        assertTrue(r.out().contains("1 arquivo inválido"), r.out());
    }

    @Test
    void twoFilesOfTheSameMunicipalityDoNotMixTheirDocuments() throws IOException {
        String good = Files.readString(cwd.resolve(EXAMPLE));
        // Sorted before the real file, so "the first one" would be the copy: the file named as `novo` names it wins.
        Files.writeString(cwd.resolve("municipios/backup ba-santo-amaro.yaml"), good.replace("200.10.20.30", "200.10.20.31"));
        for (String command : List.of("gerar", "validar")) {
            CliRun r = command.equals("gerar") ? CliRun.run(cwd, "gerar", "-f", "md") : CliRun.run(cwd, "validar");
            assertEquals(1, r.exit(), r.toString());
            assertTrue(r.err().contains("municipios/backup ba-santo-amaro.yaml:1:1: municipio: é o mesmo município "
                    + "(Santo Amaro/BA) de municipios/ba-santo-amaro.yaml, que é o arquivo usado: os dois gravariam em "
                    + "ba-santo-amaro/; apague esta cópia ou corrija o nome e a UF"), command + "\n" + r);
            // Its warnings (the PEC version outside the table) are not errors.
            assertFalse(r.err().lines().anyMatch(l -> l.matches("municipios/ba-santo-amaro\\.yaml:\\d+:\\d+: .*")
                    && !l.contains(": aviso: ")), "o arquivo verdadeiro não tem erro\n" + r);
        }
        String ofício = Files.readString(cwd.resolve("output/ba-santo-amaro/oficio-dominio.md"));
        String pop = Files.readString(cwd.resolve("output/ba-santo-amaro/pop.md"));
        assertTrue(ofício.contains("200.10.20.30") && !ofício.contains("200.10.20.31"), ofício);
        assertTrue(pop.contains("200.10.20.30") && !pop.contains("200.10.20.31"), "os documentos vêm do arquivo usado");
    }

    @Test
    void theSameIbgeCodeUnderAnotherNameIsTheSameMunicipality() throws IOException {
        String good = Files.readString(cwd.resolve(EXAMPLE));
        Files.writeString(cwd.resolve("municipios/ba-santo-amaro-da-purificacao.yaml"),
                good.replace("  nome: Santo Amaro\n", "  nome: Santo Amaro da Purificação\n"));
        CliRun r = CliRun.run(cwd, "gerar", "-f", "md");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("municipios/ba-santo-amaro.yaml:1:1: municipio.codigo_ibge: o código 2928604 já é "
                + "de municipios/ba-santo-amaro-da-purificacao.yaml (Santo Amaro da Purificação/BA), que é o arquivo "
                + "usado"), r.toString());
        assertTrue(Files.exists(cwd.resolve("output/ba-santo-amaro-da-purificacao/oficio-dominio.md")));
        assertFalse(Files.exists(cwd.resolve("output/ba-santo-amaro")), "a cópia não é gerada");
    }

    @Test
    void aBrokenTemplateFailsOnlyItsDocument() throws IOException {
        Path modelos = cwd.resolve("meus-modelos");
        Files.createDirectories(modelos);
        Files.writeString(modelos.resolve("pop.md.ftl"), "# POP\n\n${naoExiste.campo}\n");
        CliRun r = CliRun.run(cwd, "gerar", "-f", "md", "--modelos", "meus-modelos", EXAMPLE.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("pop.md.ftl:3:"), r.err());
        Path folder = cwd.resolve("output/ba-santo-amaro");
        assertFalse(Files.exists(folder.resolve("pop.md")));
        assertTrue(Files.exists(folder.resolve("oficio-dominio.md")));
        assertTrue(Files.exists(folder.resolve("checklist.md")));
    }

    @Test
    void pathTricksInTheNameAreRefusedAndNothingIsWritten() throws IOException {
        String good = Files.readString(cwd.resolve(EXAMPLE));
        Files.writeString(cwd.resolve("municipios/ba-santo-amaro.yaml"),
                good.replace("nome: Santo Amaro", "nome: \"../../Santo/Amaro\""));
        CliRun r = CliRun.run(cwd, "gerar", "-f", "md", "-d", "checklist", EXAMPLE.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("municipio.nome: o nome do município \"../../Santo/Amaro\" não leva / nem \\"),
                r.err());
        assertFalse(Files.exists(cwd.resolve("output")), "nada é gravado");
        assertFalse(Files.exists(cwd.getParent().resolve("Santo")), "nada fora da pasta de saída");
    }

    @Test
    void theSameFileGivesTheSameBytesInEveryFormat() throws IOException {
        assertEquals(0, CliRun.run(cwd, "gerar", "-o", "a", EXAMPLE.toString()).exit());
        assertEquals(0, CliRun.run(cwd, "gerar", "-o", "b", EXAMPLE.toString()).exit());
        List<String> names;
        try (Stream<Path> s = Files.list(cwd.resolve("a/ba-santo-amaro"))) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(15, names.size(), names.toString());
        for (String n : names) {
            assertArrayEquals(Files.readAllBytes(cwd.resolve("a/ba-santo-amaro").resolve(n)),
                    Files.readAllBytes(cwd.resolve("b/ba-santo-amaro").resolve(n)), n + " mudou sem o YAML mudar");
        }
    }

    @Test
    void anOutputThatIsAFileIsExplainedInPortuguese() throws IOException {
        Files.writeString(cwd.resolve("um-arquivo"), "x");
        CliRun r = CliRun.run(cwd, "gerar", "-f", "md", "-o", "um-arquivo", EXAMPLE.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("no caminho há um arquivo onde deveria haver uma pasta; escolha outra pasta com -o"),
                r.err());
        assertFalse(r.err().contains("Not a directory"), r.err());
    }

    @Test
    void aFileThatCannotBeWrittenDoesNotStopTheOtherFilesOfTheMunicipality() throws IOException {
        Files.createDirectories(cwd.resolve("output/ba-santo-amaro/pop.md"));
        CliRun r = CliRun.run(cwd, "gerar", "-f", "md", EXAMPLE.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("municipios/ba-santo-amaro.yaml: não foi possível gravar ")
                && l.endsWith("output/ba-santo-amaro/pop.md: há uma pasta com esse nome; apague-a ou escolha outra "
                + "pasta com -o")), r.err());
        assertFalse(r.err().contains(".tmp") || r.err().contains("Is a directory"), "nada do Java nem do arquivo "
                + "temporário: " + r.err());
        for (String f : List.of("oficio-dominio.md", "ticket-prescricao.md", "application.properties", "checklist.md",
                "backup-esus.sh", "restaurar-esus.sh")) {
            assertTrue(Files.isRegularFile(cwd.resolve("output/ba-santo-amaro").resolve(f)), f);
        }
        assertTrue(r.out().contains("output/ba-santo-amaro/: 6 arquivos"), r.out());
    }

    @Test
    void usageErrorsAreOneLineInPortugueseWithExit2() {
        CliRun r = CliRun.run(cwd, "gerar", "-f", "odt");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("gerar-oficios: formato desconhecido 'odt'"), r.err());
        CliRun d = CliRun.run(cwd, "gerar", "-d", "oficio");
        assertEquals(2, d.exit());
        assertTrue(d.err().contains("documento desconhecido 'oficio'"), d.err());
        CliRun u = CliRun.run(cwd, "--nao-existe");
        assertEquals(2, u.exit());
        assertTrue(u.err().startsWith("gerar-oficios: opção desconhecida: --nao-existe"), u.err());
        CliRun s = CliRun.run(cwd, "gerarr");
        assertEquals(2, s.exit());
        assertTrue(s.err().contains("você quis dizer gerar?"), s.err());
        CliRun empty = CliRun.run(cwd, "gerar", "-d", ",");
        assertEquals(2, empty.exit());
        assertTrue(empty.err().startsWith("gerar-oficios: -d/--documento vazio"), empty.err());
        CliRun noFolder = CliRun.run(cwd, "gerar", "--modelos", "nao-existe");
        assertEquals(2, noFolder.exit());
        assertTrue(noFolder.err().contains("a pasta de modelos nao-existe (--modelos) não existe"), noFolder.err());
        CliRun number = CliRun.run(cwd, "enviar", "--porta", "abc", EXAMPLE.toString());
        assertEquals(2, number.exit());
        assertTrue(number.err().startsWith("gerar-oficios: valor inválido para --porta: 'abc' não é um número inteiro"),
                number.err());
    }

    @Test
    void helpAndVersionArePortuguese() {
        CliRun h = CliRun.run(cwd, "--help");
        assertEquals(0, h.exit());
        assertTrue(h.out().startsWith("Uso: gerar-oficios"), h.out());
        assertTrue(h.out().contains("Comandos:") && h.out().contains("validar") && h.out().contains("novo"), h.out());
        assertTrue(h.out().contains("Mostra esta ajuda e sai."), h.out());
        CliRun g = CliRun.run(cwd, "gerar", "--help");
        assertTrue(g.out().contains("--formato") && g.out().contains("Opções:"), g.out());
        CliRun v = CliRun.run(cwd, "--version");
        assertEquals(0, v.exit());
        assertTrue(v.out().startsWith("gerar-oficios 0."), v.out());
    }

    @Test
    void validarReportsAndWritesNothing() throws IOException {
        CliRun ok = CliRun.run(cwd, "validar");
        assertEquals(0, ok.exit(), ok.toString());
        assertTrue(ok.out().contains("arquivos válidos"), ok.out());
        assertFalse(Files.exists(cwd.resolve("output")));
        Files.writeString(cwd.resolve("municipios/ruim.yaml"), "municipio: {nome: X, uf: XX}\n");
        CliRun bad = CliRun.run(cwd, "validar", "municipios/ruim.yaml");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().lines().allMatch(l -> l.startsWith("municipios/ruim.yaml:")), bad.err());
        assertTrue(bad.err().contains("municipio.uf"), bad.err());
    }

    @Test
    void novoScaffoldsOnceAndTheResultNamesWhatToFill() throws IOException {
        CliRun r = CliRun.run(cwd, "novo", "ba", "Nova Soure");
        assertEquals(0, r.exit(), r.toString());
        Path created = cwd.resolve("municipios/ba-nova-soure.yaml");
        assertTrue(Files.isRegularFile(created));
        assertTrue(r.out().contains("municipios/ba-nova-soure.yaml"), r.out());
        CliRun again = CliRun.run(cwd, "novo", "BA", "Nova Soure");
        assertEquals(1, again.exit());
        CliRun badUf = CliRun.run(cwd, "novo", "XX", "Qualquer");
        assertEquals(2, badUf.exit());
        assertTrue(badUf.err().contains("UF desconhecida 'XX'"), badUf.err());
        for (String badName : List.of("../x", "..", "   ")) {
            CliRun bad = CliRun.run(cwd, "novo", "BA", badName);
            assertEquals(2, bad.exit(), "um nome inválido é erro de uso: " + bad);
            assertTrue(bad.err().contains("o nome do município "), bad.err());
        }
        assertFalse(Files.exists(cwd.resolve("municipios/ba-sem-nome.yaml")), "nada é criado");
        CliRun check = CliRun.run(cwd, "validar", "municipios/ba-nova-soure.yaml");
        assertEquals(1, check.exit(), "o arquivo novo ainda tem campos a preencher");
    }

    @Test
    void noMunicipalityFilesIsExplained() throws IOException {
        Path empty = cwd.resolve("vazio");
        Files.createDirectories(empty);
        CliRun r = CliRun.run(empty);
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("gerar-oficios novo"), r.err());
    }
}
