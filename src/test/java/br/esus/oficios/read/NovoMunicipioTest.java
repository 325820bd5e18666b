package br.esus.oficios.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.Problem;
import br.esus.oficios.model.Uf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NovoMunicipioTest {
    private static final ChecklistCatalog CATALOG = Fixtures.catalog();

    @TempDir
    Path dir;

    @Test
    void scaffoldFailsOnlyOnTheFieldsToFill() throws Exception {
        Path file = new NovoMunicipio(CATALOG).create(dir.resolve("municipios"), Uf.BA, "São Félix").file();
        assertEquals(dir.resolve("municipios/ba-sao-felix.yaml"), file);
        ReadResult r = new MunicipioReader(CATALOG, Fixtures.HOJE).read(file);
        assertNull(r.municipio());
        Set<String> campos = new TreeSet<>();
        for (Problem p : r.errors()) {
            assertTrue(p.message().startsWith("ainda não preenchido; troque PREENCHER pelo valor (ex.: "),
                    p::format);
            campos.add(p.field());
        }
        // Optional keys are commented out, so validar does not ask for them; the prefeitura's sigla is asked for.
        // The code comes from the IBGE list.
        assertEquals(new TreeSet<>(List.of(
                "prefeitura.cnpj", "prefeitura.endereco", "prefeitura.cep", "prefeitura.sigla",
                "signatario.nome", "signatario.cargo",
                "contato.nome", "contato.email", "contato.telefone",
                "instalacao.url", "instalacao.dominio", "instalacao.ipv4", "instalacao.sistema_operacional",
                "instalacao.versao_pec", "instalacao.certificado_digital_integrado",
                "orgao_dominio.nome", "orgao_dominio.sigla", "orgao_dominio.email", "orgao_dominio.endereco",
                "orgao_dominio.destinatario.nome", "orgao_dominio.destinatario.cargo",
                "orgao_dominio.destinatario.tratamento",
                "oficios.oficio_dominio.numero", "oficios.oficio_dominio.data")), campos);
        assertTrue(Files.readString(file).contains("\n  codigo_ibge: \"2929008\"\n"));
        assertTrue(r.errors().stream().filter(p -> p.field().equals("prefeitura.sigla")).allMatch(p -> p.message()
                .endsWith("(ex.: PMSA), ou apague a linha se não for usar este campo, que é opcional")), r::toString);
        assertEquals(List.of("orgao_dominio"), r.warnings().stream().map(Problem::field).toList(),
                "só o aviso da cidade do órgão, que está comentada: " + r.warnings());
    }

    @Test
    void optionalKeysComeCommentedOutAndTheFileEndsWithALineBreak() throws Exception {
        Path file = new NovoMunicipio(CATALOG).create(dir, Uf.BA, "Cachoeira").file();
        String text = Files.readString(file);
        for (String line : List.of("  # telefone: PREENCHER", "  # email: PREENCHER", "  # cep: PREENCHER",
                "  # cidade: PREENCHER", "  sigla: PREENCHER", "  # brasao: brasoes/santo-amaro.png")) {
            assertTrue(text.contains("\n" + line + "\n"), line);
        }
        assertTrue(text.endsWith("\n") && !text.endsWith("\n\n"), "uma quebra de linha no fim, só uma");
        assertFalse(text.contains("\r"), "quebras de linha LF em todo sistema");
        // Uncommented and left as is, an optional key says it may go.
        Files.writeString(file, text.replace("  # telefone: PREENCHER", "  telefone: PREENCHER"));
        ReadResult r = new MunicipioReader(CATALOG, Fixtures.HOJE).read(file);
        assertTrue(r.errors().stream().anyMatch(p -> p.field().equals("secretaria.telefone")
                && p.message().endsWith(", ou apague a linha se não for usar este campo, que é opcional")),
                r.problems()::toString);
    }

    @Test
    void scaffoldHasEveryKeyWithACommentAndEveryChecklistItem() throws Exception {
        Path file = new NovoMunicipio(CATALOG).create(dir, Uf.SE, "Itabaiana").file();
        String text = Files.readString(file);
        for (Field c : MunicipioFields.CATALOG.fields()) {
            String indent = "  ".repeat(c.level());
            assertTrue(text.contains("\n" + indent + c.key() + ":") || text.contains("\n" + indent + "# "
                    + c.key() + ":"), c.path());
            assertTrue(text.contains(c.help().substring(0, Math.min(20, c.help().length()))), c.path());
        }
        for (String id : CATALOG.ids()) {
            assertTrue(text.contains("\n  # " + id + ": pendente-"), id);
        }
        for (String line : List.of("  nome: \"Itabaiana\"", "  uf: SE", "  nome: \"Prefeitura Municipal de Itabaiana\"",
                "  nome: Secretaria Municipal de Saúde", "  sigla: SMS", "    porta: 5433", "    nome: esus",
                "    usuario: postgres", "    hierarquia: igual", "  client_secret_env: GOVBR_CLIENT_SECRET",
                "  # client_id: esus-santoamaro-ba", "    # genero: feminino", "  ipv4: PREENCHER")) {
            assertTrue(text.contains("\n" + line + "\n"), line);
        }
        assertTrue(text.lines().filter(l -> !l.contains(file.toString())).allMatch(l -> l.length() <= 100),
                "linhas curtas");
        String typed = file.getParent().getFileName() + "/" + file.getFileName();
        assertTrue(text.contains("`gerar-oficios validar " + typed + "`"), "diz como validar, com o caminho curto");
        assertFalse(text.contains(file.toAbsolutePath().toString()), "sem o caminho absoluto da máquina");
    }

    @Test
    void nameWithQuotesRoundTripsAndSlashesAreRefused() throws Exception {
        NovoMunicipioException e = assertThrows(NovoMunicipioException.class,
                () -> new NovoMunicipio(CATALOG).create(dir, Uf.PI, "../Piauí"));
        assertEquals("o nome do município \"../Piauí\" não leva / nem \\ (vai no ofício como nome da cidade); escreva "
                + "só o nome, por exemplo Santo Amaro", e.getMessage());
        // A name the IBGE list lacks (created after it, say) is written as given, quotes and all.
        NovoMunicipio.Created created = new NovoMunicipio(CATALOG).create(dir, Uf.PI, "Olho d'Água \"do\" Norte");
        Path file = created.file();
        assertEquals("pi-olho-d-agua-do-norte.yaml", file.getFileName().toString());
        assertEquals(dir, file.getParent());
        assertTrue(created.warning().isPresent());
        String filled = Files.readString(file).replace("codigo_ibge: PREENCHER", "codigo_ibge: \""
                + SyntheticIbge.code(Uf.PI.codigoIbge(), 1) + "\"");
        ReadResult r = new MunicipioReader(CATALOG, Fixtures.HOJE).read(Files.writeString(file, filled));
        assertTrue(r.problems().stream().noneMatch(p -> p.field().startsWith("municipio.")), r.problems()::toString);
        assertTrue(filled.contains("\n  nome: \"Olho d'Água \\\"do\\\" Norte\"\n"), filled);
    }

    @Test
    void aNameInTheIbgeListGetsItsCodeAndTheListsSpelling() throws Exception {
        NovoMunicipio.Created c = new NovoMunicipio(CATALOG).create(dir, Uf.BA, "sao goncalo dos  CAMPOS");
        assertEquals("São Gonçalo dos Campos", c.nome());
        assertEquals(Optional.empty(), c.warning());
        assertEquals("ba-sao-goncalo-dos-campos.yaml", c.file().getFileName().toString());
        String text = Files.readString(c.file());
        assertTrue(text.contains("\n  nome: \"São Gonçalo dos Campos\"\n"), text);
        assertTrue(text.contains("\n  codigo_ibge: \"2929305\"\n"), text);
        assertTrue(text.contains("  nome: \"Prefeitura Municipal de São Gonçalo dos Campos\"\n"));
    }

    @Test
    void aNameNotInTheIbgeListKeepsPreencherWithAWarning() throws Exception {
        NovoMunicipio.Created c = new NovoMunicipio(CATALOG).create(dir, Uf.BA, "Santo Amro");
        assertEquals("Santo Amro", c.nome());
        assertEquals("Santo Amro não está na lista de municípios do IBGE (de 2014) para a BA; você quis dizer Santo "
                + "Amaro? Se sim, apague o arquivo criado e crie-o de novo com o nome certo; se não, confira o nome e "
                + "preencha o codigo_ibge, que ficou PREENCHER (a lista não tem os municípios criados depois de 2014, "
                + "como Boa Esperança do Norte/MT)", c.warning().orElseThrow());
        ReadResult r = new MunicipioReader(CATALOG, Fixtures.HOJE).read(c.file());
        Problem first = r.problems().get(0);
        assertEquals("municipio.codigo_ibge: ainda não preenchido; troque PREENCHER pelo valor (ex.: \"2928604\")",
                first.format().substring(first.format().indexOf("municipio.")));
        assertEquals("Xique-Xique não está na lista de municípios do IBGE (de 2014) para a SE: confira o nome e "
                + "preencha o codigo_ibge, que ficou PREENCHER (a lista não tem os municípios criados depois de 2014, "
                + "como Boa Esperança do Norte/MT)", new NovoMunicipio(CATALOG).create(dir, Uf.SE, "Xique-Xique")
                        .warning().orElseThrow());
    }

    @Test
    void refusesToOverwrite() throws Exception {
        NovoMunicipio novo = new NovoMunicipio(CATALOG);
        Path file = novo.create(dir, Uf.BA, "Santo Amaro").file();
        Files.writeString(file, "editado");
        NovoMunicipioException e = assertThrows(NovoMunicipioException.class,
                () -> novo.create(dir, Uf.BA, "Santo  Amaro"));
        assertEquals("o arquivo " + file + " já existe; edite-o, ou apague-o antes de criar outro", e.getMessage());
        assertEquals("editado", Files.readString(file));
    }

    @Test
    void refusesEmptyOrControlNames() {
        NovoMunicipio novo = new NovoMunicipio(CATALOG);
        assertEquals("o nome do município está vazio; use gerar-oficios novo UF \"Nome do município\"",
                assertThrows(NovoMunicipioException.class, () -> novo.create(dir, Uf.BA, "  ")).getMessage());
        assertEquals("o nome do município \"Santo\\nAmaro\" tem caracteres de controle; escreva só o nome",
                assertThrows(NovoMunicipioException.class, () -> novo.create(dir, Uf.BA, "Santo\nAmaro"))
                        .getMessage());
    }

    @Test
    void firstLinePointsToTheSchemaWrittenBesideTheFolderWhenMissingOrStale() throws Exception {
        Path municipios = dir.resolve("municipios");
        Path schema = dir.resolve("schema/municipio.schema.json");
        Path file = new NovoMunicipio(CATALOG).create(municipios, Uf.BA, "Santo Amaro").file();
        String first = Files.readString(file).lines().findFirst().orElseThrow();
        assertEquals("# yaml-language-server: $schema=../schema/municipio.schema.json", first);
        assertEquals(schema, file.getParent().resolve(first.substring(first.indexOf('=') + 1)).normalize());
        assertEquals(JsonSchema.municipio(CATALOG), Files.readString(schema), "o schema deste catálogo");

        Files.writeString(schema, "{}"); // from another version of the program
        new NovoMunicipio(CATALOG).create(municipios, Uf.SE, "Itabaiana");
        assertEquals(JsonSchema.municipio(CATALOG), Files.readString(schema), "renovado");
    }
}
