package br.esus.oficios.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.Problem;
import br.esus.oficios.model.Uf;
import br.esus.oficios.read.MunicipioReader;
import br.esus.oficios.read.ReadResult;
import br.esus.oficios.send.MailConfigException;
import br.esus.oficios.send.MailOverrides;
import br.esus.oficios.send.MailSettingsFields;
import br.esus.oficios.send.MailSettingsReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed schemas ({@code schema/}) against the examples and against the reader: every structural error
 * (unknown key, wrong type, value outside an enum, missing required key), at several depths, is refused by both the
 * schema and {@code validar}; what only code can check (check digits, public IPv4, the URL's host against
 * {@code dominio}) passes the schema and is refused by the reader alone. That is the division of work: the schema
 * helps while typing, {@code validar} has the last word.
 */
class SchemaValidationTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path EXEMPLO = Path.of("municipios/ba-santo-amaro.yaml");

    private static Schema municipio;
    private static Schema gerarOficios;
    private static ChecklistCatalog catalog;

    @TempDir
    Path dir;

    @BeforeAll
    static void schemas() throws Exception {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
        municipio = registry.getSchema(Files.readString(SchemaFilesTest.DIR.resolve("municipio.schema.json")),
                InputFormat.JSON);
        gerarOficios = registry.getSchema(Files.readString(SchemaFilesTest.DIR.resolve(MailSettingsFields.SCHEMA)),
                InputFormat.JSON);
        catalog = SchemaFilesTest.catalog();
    }

    /** What the schema says of a YAML text, as the editor would (YAML read into JSON by Jackson). */
    private static List<Error> validate(Schema schema, String yaml) throws Exception {
        return schema.validate(YAML.readTree(yaml).toString(), InputFormat.JSON);
    }

    @Test
    void theExamplesAreValid() throws Exception {
        for (Path p : List.of(EXEMPLO, Path.of("municipios/se-itabaiana.yaml"))) {
            assertEquals(List.of(), validate(municipio, Files.readString(p)), p.toString());
        }
        assertEquals(List.of(), validate(gerarOficios, Files.readString(Path.of("gerar-oficios.exemplo.yaml"))));
    }

    @Test
    void theSchemaAcceptsWhatTheReaderAcceptsWithoutTheOptionalKeys() throws Exception {
        String minimo = exemplo().replaceAll("(?s)\ngovbr:.*", "\n")
                .replace("  banco: {porta: 5433, nome: esus, usuario: postgres}\n", "")
                .replace("    hierarquia: igual\n", "")
                .replace("  sigla: PMSA\n", "")
                .replace("  codigo_ibge: \"2928604\"", "  codigo_ibge: 2928604"); // a number, not quoted
        assertTrue(errors(minimo).isEmpty(), () -> errors(minimo).toString());
        assertEquals(List.of(), validate(municipio, minimo));
    }

    @Test
    void excelenciaWithGeneroIsAcceptedByBoth() throws Exception {
        String yaml = changed(new Change("excelencia com genero", "    tratamento: senhor\n",
                "    tratamento: excelencia\n    genero: masculino\n"));
        assertEquals(List.of(), errors(yaml));
        assertEquals(List.of(), validate(municipio, yaml));
    }

    static Stream<Arguments> anyCase() {
        return Stream.of(
                new Change("UF do município em minúsculas", "  uf: BA\n  codigo", "  uf: ba\n  codigo"),
                new Change("UF do município com maiúscula e minúscula", "  uf: BA\n  codigo", "  uf: Ba\n  codigo"),
                new Change("UF do órgão em minúsculas", "  uf: BA\n  destinatario", "  uf: ba\n  destinatario"),
                new Change("UF do órgão com minúscula e maiúscula", "  uf: BA\n  destinatario",
                        "  uf: bA\n  destinatario"),
                new Change("UF entre aspas com espaços, que a leitura tira", "  uf: BA\n  codigo",
                        "  uf: \" ba \"\n  codigo"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("anyCase")
    void aUfInAnyCaseIsAcceptedByTheSchemaAsByTheReader(Change c) throws Exception {
        String yaml = changed(c);
        assertEquals(List.of(), errors(yaml));
        assertEquals(List.of(), validate(municipio, yaml));
    }

    /**
     * The schema's spellings of a UF are exactly those {@code Uf.parse} takes, over every pair of characters that
     * could be near a UF (the letters in both cases and the ones {@code equalsIgnoreCase} takes for a Latin letter:
     * dotless i, dotted capital I, long s, Kelvin sign), and a few that are not.
     */
    @Test
    void theUfPatternTakesWhatUfParseTakes() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(SchemaFilesTest.DIR.resolve("municipio.schema.json").toFile());
        for (String path : List.of("/properties/municipio/properties/uf", "/properties/orgao_dominio/properties/uf")) {
            java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(
                    schema.at(path + "/anyOf/1/pattern").asText());
            String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\u0131\u0130\u017f\u212aÉéÇç1 -";
            for (char a : alphabet.toCharArray()) {
                for (char b : alphabet.toCharArray()) {
                    String uf = "" + a + b;
                    assertEquals(Uf.parse(uf) != null, pattern.matcher(uf).matches(), path + ": " + uf);
                }
            }
            assertTrue(pattern.matcher("p\u0131").matches(), "i sem ponto, que equalsIgnoreCase toma por I");
        }
    }

    /** A change to the example: the text replaced (it must be there) and its replacement. */
    record Change(String description, String from, String to) {
        @Override
        public String toString() {
            return description;
        }
    }

    static Stream<Arguments> structuralErrors() {
        return Stream.of(
                // unknown keys
                new Change("chave desconhecida no começo da linha", "\noficios:", "\noficio:"),
                new Change("chave desconhecida em prefeitura", "  sigla: PMSA\n", "  sigla: PMSA\n  site: x.gov.br\n"),
                new Change("chave desconhecida em instalacao.banco", "usuario: postgres}", "usuario: postgres, "
                        + "senha: x}"),
                new Change("chave desconhecida em orgao_dominio.destinatario", "    hierarquia: igual\n",
                        "    hierarquia: igual\n    apelido: Marcelo\n"),
                new Change("item de checklist desconhecido", "  agenda_online: nao-se-aplica",
                        "  agenda_on_line: nao-se-aplica"),
                new Change("chave desconhecida num item do checklist", "instalacao: {status: concluido, "
                        + "data: 2026-10-30}", "instalacao: {status: concluido, quando: 2026-10-30}"),
                new Change("chave desconhecida numa linha do histórico", "descricao: Criação do documento}",
                        "descricao: Criação do documento, autor: Rafael}"),
                new Change("client_secret no YAML", "  client_secret_env: GOVBR_CLIENT_SECRET",
                        "  client_secret: abc123"),
                // wrong types
                new Change("valor no lugar de um bloco", "prefeitura:\n  nome: Prefeitura Municipal de Santo Amaro\n"
                        + "  cnpj: \"98.765.432/0001-98\"\n  endereco: Praça da Purificação, s/n, Centro\n"
                        + "  cep: \"44200-000\"\n  sigla: PMSA\n", "prefeitura: Prefeitura Municipal de Santo Amaro\n"),
                new Change("texto no lugar de true/false", "certificado_digital_integrado: true",
                        "certificado_digital_integrado: sim"),
                new Change("lista no lugar de um número", "{numero: 12,", "{numero: [12],"),
                new Change("texto no lugar de um número", "porta: 5433,", "porta: cinco,"),
                new Change("bloco no lugar de um texto", "  nome: Santo Amaro\n", "  nome: {oficial: Santo Amaro}\n"),
                new Change("texto no lugar de uma lista", "  revisado_por:", "  distribuicao: Secretaria\n"
                        + "  revisado_por:"),
                new Change("texto no lugar de uma data", "data: 2026-11-23}\n\ngovbr", "data: amanhã}\n\ngovbr"),
                new Change("número fora da faixa", "porta: 5433,", "porta: 70000,"),
                // values outside an enum
                new Change("UF que não existe", "  uf: BA\n  codigo", "  uf: XX\n  codigo"),
                new Change("sistema operacional fora da lista", "sistema_operacional: linux",
                        "sistema_operacional: macos"),
                new Change("tratamento fora da lista", "tratamento: senhor", "tratamento: doutor"),
                new Change("situação do POP fora da lista", "  versao: \"1.1\"\n", "  versao: \"1.1\"\n"
                        + "  situacao: ativo\n"),
                new Change("status do checklist fora da lista", "perfil_instalador: concluido",
                        "perfil_instalador: feito"),
                new Change("status fora da lista num bloco do checklist", "{status: pendente-alta, observacao: "
                        + "\"aguardando resposta", "{status: urgente, observacao: \"aguardando resposta"),
                // missing required keys
                new Change("bloco obrigatório ausente", "\noficios:\n  oficio_dominio: {numero: 12, "
                        + "data: 2026-11-23}\n", "\n"),
                new Change("campo obrigatório ausente", "  codigo_ibge: \"2928604\"\n", ""),
                new Change("campo obrigatório ausente no destinatário", "    cargo: Diretor-Presidente\n", ""),
                new Change("campo obrigatório vazio", "  sigla: SMS\n", "  sigla:\n"),
                new Change("tratamento excelencia sem genero", "    tratamento: senhor\n",
                        "    tratamento: excelencia\n"),
                new Change("tratamento excelencia com genero vazio", "    tratamento: senhor\n",
                        "    tratamento: excelencia\n    genero:\n"),
                new Change("linha do histórico sem descricao", ", descricao: Criação do documento}", "}"),
                new Change("item do checklist sem status", "{status: concluido, data: 2026-11-05}",
                        "{data: 2026-11-05}"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structuralErrors")
    void structuralErrorsAreRefusedByTheSchemaAndByValidar(Change c) throws Exception {
        String yaml = changed(c);
        assertFalse(validate(municipio, yaml).isEmpty(), "o schema aceitou: " + c);
        assertFalse(errors(yaml).isEmpty(), "o validar aceitou: " + c);
    }

    static Stream<Arguments> readerOnlyErrors() {
        return Stream.of(
                new Change("dígito verificador do IBGE", "\"2928604\"", "\"2928605\""),
                new Change("dígito verificador do CNPJ", "\"98.765.432/0001-98\"", "\"98.765.432/0001-99\""),
                new Change("IPv4 de rede interna", "ipv4: 200.10.20.30", "ipv4: 192.168.0.10"),
                new Change("domínio da URL diferente de dominio", "url: https://esus.santoamaro.ba.gov.br",
                        "url: https://pec.santoamaro.ba.gov.br"),
                new Change("código IBGE de outra UF", "\"2928604\"", "\"2800308\""),
                new Change("gênero que contradiz o tratamento", "    tratamento: senhor\n",
                        "    tratamento: senhor\n    genero: feminino\n"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readerOnlyErrors")
    void whatOnlyCodeChecksPassesTheSchemaAndIsRefusedByValidar(Change c) throws Exception {
        String yaml = changed(c);
        assertEquals(List.of(), validate(municipio, yaml), "o schema não alcança: " + c);
        assertFalse(errors(yaml).isEmpty(), "o validar aceitou: " + c);
    }

    static Stream<Arguments> mailErrors() {
        return Stream.of(
                new Change("chave desconhecida em smtp", "  porta: 587", "  portta: 587"),
                new Change("seção desconhecida", "smtp:\n", "smpt:\n"),
                new Change("chave desconhecida em remetente", "    nome: Coordenação", "    apelido: Coordenação"),
                new Change("segurança fora da lista", "seguranca: starttls ", "seguranca: tls "),
                new Change("texto no lugar de true/false", "confirmacao_leitura: true", "confirmacao_leitura: sim"),
                new Change("texto no lugar de uma lista", "  copias:                          # recebem cópia de "
                        + "todas as mensagens (opcional)\n    - arquivo", "  copias: arquivo"),
                new Change("tempo fora da faixa", "tempo_limite_segundos: 30 ", "tempo_limite_segundos: 900 "))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mailErrors")
    void gerarOficiosYamlErrorsAreRefusedByTheSchemaAndByTheReader(Change c) throws Exception {
        String yaml = replace(Files.readString(Path.of("gerar-oficios.exemplo.yaml")), c);
        assertFalse(validate(gerarOficios, yaml).isEmpty(), "o schema aceitou: " + c);
        Path file = dir.resolve("gerar-oficios.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        assertThrows(MailConfigException.class, () -> MailSettingsReader.read(file, MailOverrides.none()),
                "o leitor aceitou: " + c);
    }

    @Test
    void theExampleItselfReadsWithoutErrors() throws Exception {
        assertEquals(List.of(), errors(exemplo()));
        Path file = dir.resolve("gerar-oficios.yaml");
        Files.copy(Path.of("gerar-oficios.exemplo.yaml"), file);
        assertNull(MailSettingsReader.read(file, MailOverrides.none()).confianca());
    }

    private static String exemplo() throws Exception {
        return Files.readString(EXEMPLO, StandardCharsets.UTF_8);
    }

    private static String changed(Change c) throws Exception {
        return replace(exemplo(), c);
    }

    private static String replace(String text, Change c) {
        assertTrue(text.contains(c.from()), "o exemplo mudou; ajuste o caso: " + c);
        return text.replace(c.from(), c.to());
    }

    /** The errors {@code validar} finds in {@code yaml}. */
    private List<Problem> errors(String yaml) {
        try {
            Path file = dir.resolve("ba-x.yaml");
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            ReadResult r = new MunicipioReader(catalog, java.time.LocalDate.of(2026, 12, 1)).read(file);
            return r.errors();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
