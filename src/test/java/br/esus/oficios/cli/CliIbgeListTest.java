package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.read.SyntheticIbge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The IBGE list of municipalities as a coordinator meets it: {@code novo} fills the code of a name it knows and says
 * "você quis dizer" of one it does not; {@code validar} (and {@code gerar}) warn when the code is another
 * municipality's, or nobody's while the name is in the list, and say nothing when they match or when neither is in
 * the list (a municipality created after it). Warnings only: exit code 0.
 */
class CliIbgeListTest {
    private static final String FILE = "municipios/ba-santo-amaro.yaml";

    @TempDir
    Path cwd;

    @BeforeEach
    void copyExamples() throws IOException {
        CliRun.copyExamples(cwd);
    }

    private String created(String name) throws IOException {
        return Files.readString(cwd.resolve("novo").resolve(name));
    }

    @Test
    void novoFillsTheCodeOfANameInTheList() throws IOException {
        CliRun r = CliRun.run(cwd, "novo", "--pasta", "novo", "BA", "Santo Amaro");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.err());
        assertEquals("criado novo/ba-santo-amaro.yaml; preencha os campos marcados e confira com: gerar-oficios "
                + "validar novo/ba-santo-amaro.yaml\n", r.out());
        String yaml = created("ba-santo-amaro.yaml");
        assertTrue(yaml.contains("\n  nome: \"Santo Amaro\"\n"), yaml);
        assertTrue(yaml.contains("\n  codigo_ibge: \"2928604\"\n"), yaml);
    }

    @Test
    void novoWritesTheListsSpellingOfANameTypedWithoutAccents() throws IOException {
        CliRun r = CliRun.run(cwd, "novo", "--pasta", "novo", "SE", "itabaiana");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("criado novo/se-itabaiana.yaml (com o nome escrito como na lista do IBGE: "
                + "Itabaiana); "), r.out());
        String yaml = created("se-itabaiana.yaml");
        assertTrue(yaml.contains("\n  nome: \"Itabaiana\"\n") && yaml.contains("\n  codigo_ibge: \"2802908\"\n"), yaml);
    }

    @Test
    void novoWithAMisspeltNameSuggestsTheRightOneAndLeavesTheCodeToFill() throws IOException {
        CliRun r = CliRun.run(cwd, "novo", "--pasta", "novo", "BA", "Santo Amro");
        assertEquals(0, r.exit(), "um aviso não é erro: " + r);
        assertEquals("criado novo/ba-santo-amro.yaml; preencha os campos marcados e confira com: gerar-oficios "
                + "validar novo/ba-santo-amro.yaml\n", r.out());
        assertEquals("aviso: Santo Amro não está na lista de municípios do IBGE (de 2014) para a BA; você quis dizer "
                + "Santo Amaro? Se sim, apague o arquivo criado e crie-o de novo com o nome certo; se não, confira o "
                + "nome e preencha o codigo_ibge, que ficou PREENCHER (a lista não tem os municípios criados depois "
                + "de 2014, como Boa Esperança do Norte/MT)\n", r.err());
        assertTrue(created("ba-santo-amro.yaml").contains("\n  codigo_ibge: PREENCHER\n"));
    }

    @Test
    void novoWithANameTheListLacksLeavesTheCodeToFill() throws IOException {
        CliRun r = CliRun.run(cwd, "novo", "--pasta", "novo", "MT", "Boa Esperança do Norte");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("aviso: Boa Esperança do Norte não está na lista de municípios do IBGE (de 2014) para a MT: "
                + "confira o nome e preencha o codigo_ibge, que ficou PREENCHER (a lista não tem os municípios "
                + "criados depois de 2014, como Boa Esperança do Norte/MT)\n", r.err());
        assertTrue(created("mt-boa-esperanca-do-norte.yaml").contains("\n  codigo_ibge: PREENCHER\n"));
    }

    @Test
    void theExamplesMatchTheListAndGetNoWarningAboutIt() {
        CliRun r = CliRun.run(cwd, "validar");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.err().lines().noneMatch(l -> l.contains("municipio.")), r.err());
    }

    @Test
    void validarWarnsWhenTheCodeIsAnotherMunicipalitys() throws IOException {
        edit("\"2928604\"", "\"2910800\"");
        CliRun r = CliRun.run(cwd, "validar", FILE);
        assertEquals(0, r.exit(), "um aviso não é erro: " + r);
        assertEquals(List.of(FILE + ":9:16: municipio.codigo_ibge: aviso: o código 2910800 é de Feira de Santana/BA, "
                + "não de Santo Amaro, na lista de municípios do IBGE (de 2014); o de Santo Amaro/BA é 2928604: "
                + "confira o código"), ibgeLines(r));
        assertTrue(r.out().contains(FILE + ": válido ("), r.out());

        // gerar prints the warnings of the file too.
        CliRun g = CliRun.run(cwd, "-f", "md", FILE);
        assertEquals(0, g.exit(), g.toString());
        assertEquals(ibgeLines(r), ibgeLines(g));
    }

    @Test
    void validarSuggestsTheNameTheCodeBelongsToWhenTheNameIsMisspelt() throws IOException {
        edit("\n  nome: Santo Amaro\n", "\n  nome: Santo Amro\n");
        CliRun r = CliRun.run(cwd, "validar", FILE);
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of(FILE + ":7:9: municipio.nome: aviso: Santo Amro não está na lista de municípios do IBGE "
                + "(de 2014) para a BA; o código 2928604 é de Santo Amaro: você quis dizer Santo Amaro? Confira o nome "
                + "(se o município mudou de nome depois de 2014, ignore este aviso)"), ibgeLines(r));
    }

    @Test
    void aMunicipalityTheListLacksWithACodeItLacksGetsNoWarning() throws IOException {
        // Created after the list (like Boa Esperança do Norte/MT), or invented by a test: nothing to say.
        edit("\"2928604\"", "\"" + SyntheticIbge.code(29, 7) + "\"");
        edit("\n  nome: Santo Amaro\n", "\n  nome: Vila Nova do Recôncavo\n");
        CliRun r = CliRun.run(cwd, "validar", FILE);
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of(), ibgeLines(r));
    }

    @Test
    void validarSaysWhenTheCodeIsAnotherMunicipalitysAndTheNameIsNotInTheList() throws IOException {
        edit("\"2928604\"", "\"2910800\"");
        edit("\n  nome: Santo Amaro\n", "\n  nome: Vila Nova do Recôncavo\n");
        CliRun r = CliRun.run(cwd, "validar", FILE);
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of(FILE + ":9:16: municipio.codigo_ibge: aviso: o código 2910800 é de Feira de Santana/BA, "
                + "não de Vila Nova do Recôncavo, na lista de municípios do IBGE (de 2014), e Vila Nova do Recôncavo "
                + "não está nela: confira o nome e o código (se o município mudou de nome depois de 2014, ignore este "
                + "aviso)"), ibgeLines(r));
    }

    @Test
    void validarWarnsWhenTheNameIsInTheListButTheCodeIsNobodys() throws IOException {
        String code = SyntheticIbge.code(29, 7);
        edit("\"2928604\"", "\"" + code + "\"");
        CliRun r = CliRun.run(cwd, "validar", FILE);
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of(FILE + ":9:16: municipio.codigo_ibge: aviso: o código " + code + " não é de nenhum "
                + "município na lista de municípios do IBGE (de 2014); o de Santo Amaro/BA é 2928604: confira o "
                + "código"), ibgeLines(r));
    }

    @Test
    void aNameWithOtherAccentsOrCaseIsTheSameMunicipality() throws IOException {
        edit("\n  nome: Santo Amaro\n", "\n  nome: SANTO  amaro\n");
        CliRun r = CliRun.run(cwd, "validar", FILE);
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of(), ibgeLines(r));
    }

    private void edit(String from, String to) throws IOException {
        Path f = cwd.resolve(FILE);
        String yaml = Files.readString(f);
        assertTrue(yaml.contains(from), from);
        Files.writeString(f, yaml.replace(from, to));
    }

    /** The lines about {@code municipio:} on stderr. */
    private static List<String> ibgeLines(CliRun r) {
        return r.err().lines().filter(l -> l.contains(": municipio.")).toList();
    }
}
