package br.esus.oficios.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every field has a maximum length, never below the standards (e-mail 254, domain 253 with labels of 63, URL 2,000,
 * names, cargos and addresses 200), and {@code validar} says the limit: a value at its maximum is valid, one
 * character more is an error at that field with the limit in the message.
 */
class TamanhoMaximoTest {

    @TempDir
    Path dir;

    static ChecklistCatalog catalog;

    @BeforeAll
    static void catalog() throws ChecklistCatalogException {
        catalog = new ChecklistCatalogReader().load(TemplateFiles.of(null, Path.of("")));
    }

    private ReadResult read(String yaml) throws IOException {
        Path file = dir.resolve("ba-maximo.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return new MunicipioReader(catalog, Fixtures.HOJE).read(file);
    }

    private static List<Problem> errors(ReadResult r) {
        return r.problems().stream().filter(p -> !p.warning()).toList();
    }

    @Test
    void theLimitsAreNeverBelowTheStandards() {
        assertEquals(254, MunicipioFields.CATALOG.maxLength("contato.email"));
        assertEquals(254, MunicipioFields.CATALOG.maxLength("orgao_dominio.email"));
        assertEquals(254, MunicipioFields.CATALOG.maxLength("secretaria.email"));
        assertEquals(253, MunicipioFields.CATALOG.maxLength("instalacao.dominio"));
        assertEquals(2000, MunicipioFields.CATALOG.maxLength("instalacao.url"));
        assertEquals(2000, MunicipioFields.CATALOG.maxLength("secretaria.site"));
        for (String p : List.of("municipio.nome", "prefeitura.nome", "prefeitura.endereco", "secretaria.nome",
                "secretaria.endereco", "signatario.nome", "signatario.cargo", "contato.nome", "contato.cargo",
                "orgao_dominio.nome", "orgao_dominio.endereco", "orgao_dominio.cidade",
                "orgao_dominio.destinatario.nome", "orgao_dominio.destinatario.cargo", "pop.elaborado_por",
                "pop.distribuicao[3]", "checklist.backup.responsavel")) {
            assertTrue(MunicipioFields.CATALOG.maxLength(p) >= 200, p + ": " + MunicipioFields.CATALOG.maxLength(p));
        }
    }

    @Test
    void everyFieldAtItsMaximumIsValid() throws IOException {
        for (boolean espacos : new boolean[] {false, true}) {
            MunicipioNoMaximo m = new MunicipioNoMaximo(espacos, FieldCatalog.MAX_DOMINIO, "2928604");
            String yaml = m.yaml();
            ReadResult r = read(yaml);
            assertEquals(List.of(), errors(r), yaml);
            assertNotNull(r.municipio());
            for (var e : m.valores().entrySet()) {
                int max = MunicipioFields.CATALOG.maxLength(e.getKey());
                if (max > 0 && !e.getKey().equals("instalacao.url")) {
                    assertEquals(max, e.getValue().length(), e.getKey() + " no máximo");
                }
            }
        }
    }

    @Test
    void oneCharacterMoreIsAnErrorAtThatFieldWithTheLimit() throws IOException {
        List<String> caminhos = MunicipioNoMaximo.caminhosComMaximo();
        assertTrue(caminhos.size() > 30, caminhos.toString());
        for (String path : caminhos) {
            int max = MunicipioFields.CATALOG.maxLength(path);
            MunicipioNoMaximo m = new MunicipioNoMaximo(false, FieldCatalog.MAX_DOMINIO, "2928604").com(path, max + 1);
            ReadResult r = read(m.yaml());
            assertEquals(max + 1, m.valores().get(path).length(), path);
            List<Problem> errors = errors(r);
            assertEquals(1, errors.size(), path + ": " + errors);
            assertEquals(path, errors.get(0).field());
            assertTrue(errors.get(0).message().contains("(" + (max + 1) + " caracteres; o máximo é " + max + ")"),
                    errors.get(0).format());
        }
    }

    @Test
    void theMessageSaysWhatAndHowToFix() throws IOException {
        String yaml = new MunicipioNoMaximo(false, FieldCatalog.MAX_DOMINIO, "2928604").com("prefeitura.endereco", 201)
                .com("contato.email", 255).com("instalacao.dominio", 254).yaml();
        List<String> shown = errors(read(yaml)).stream().map(p -> p.field() + ": " + p.message()).toList();
        assertEquals(List.of(
                "prefeitura.endereco: texto longo demais (201 caracteres; o máximo é 200); encurte-o, abreviando "
                        + "se preciso",
                "contato.email: e-mail longo demais (255 caracteres; o máximo é 254); encurte-o",
                "instalacao.dominio: domínio longo demais (254 caracteres; o máximo é 253); encurte-o"), shown);
    }

    /** The issue's case: an address of 960 KB passed {@code validar} and was cut in the footer. */
    @Test
    void anAddressOf960KilobytesIsRefused() throws IOException {
        int n = 960_000;
        String yaml = new MunicipioNoMaximo(true, FieldCatalog.MAX_DOMINIO, "2928604").com("secretaria.endereco", n)
                .yaml();
        assertTrue(yaml.getBytes(StandardCharsets.UTF_8).length < YamlTree.MAX_BYTES, "cabe no limite do arquivo");
        ReadResult r = read(yaml);
        List<Problem> errors = errors(r);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("secretaria.endereco", errors.get(0).field());
        assertTrue(errors.get(0).message().startsWith("texto longo demais (" + n + " caracteres; o máximo é 200)"),
                errors.get(0).message());
        assertTrue(errors.get(0).format().length() < 300, "a mensagem não repete o valor");
    }

    /** The README says the limits the reader holds. */
    @Test
    void theReadmeSaysTheLimits() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        for (String s : List.of("e-mail até " + FieldCatalog.MAX_EMAIL + " caracteres (" + FieldCatalog.MAX_EMAIL_LOCAL
                + " antes do @)", "domínio até " + FieldCatalog.MAX_DOMINIO, "até " + FieldCatalog.MAX_ROTULO,
                "site até " + String.format(java.util.Locale.GERMANY, "%,d", FieldCatalog.MAX_URL),
                "cidade até " + FieldCatalog.MAX_NOME, "até " + FieldCatalog.MAX_NOME_CARGO, "até " + FieldCatalog.MAX_TEXTO,
                "POP até " + FieldCatalog.MAX_SIGLA, "telefone até " + FieldCatalog.MAX_TELEFONE,
                "pasta do PEC até " + FieldCatalog.MAX_PASTA, "brasão até " + String.format(java.util.Locale.GERMANY, "%,d",
                        FieldCatalog.MAX_CAMINHO))) {
            assertTrue(readme.contains(s), "o README diz: " + s);
        }
    }

    /** The e-mail rule is shared with gerar-oficios.yaml: the same limits there. */
    @Test
    void theEmailRuleHasTheLimitsToo() {
        String local64 = "a".repeat(64);
        String dominio = MunicipioNoMaximo.dominio(254 - 65);
        assertEquals(null, Formatos.email(local64 + "@" + dominio));
        assertEquals("e-mail longo demais (255 caracteres; o máximo é 254)",
                Formatos.email(local64 + "@" + MunicipioNoMaximo.dominio(255 - 65)));
        assertTrue(Formatos.email("a".repeat(65) + "@santoamaro.ba.gov.br").contains("passa de 64 caracteres"));
    }
}
