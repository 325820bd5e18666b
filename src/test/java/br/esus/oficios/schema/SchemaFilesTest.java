package br.esus.oficios.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.read.ChecklistCatalogReader;
import br.esus.oficios.read.JsonSchema;
import br.esus.oficios.read.TemplateFiles;
import br.esus.oficios.send.MailSettingsFields;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schemas committed in {@code schema/} are what the declarations ({@code MunicipioFields},
 * {@code MailSettingsFields}) and {@code templates/checklist.yaml} make. After changing a field, regenerate them
 * with {@value #REGENERATE}.
 */
class SchemaFilesTest {
    static final String REGENERATE = "mvn -o -q test -Dtest=SchemaFilesTest -Dschema.atualizar=true";
    static final Path DIR = Path.of(JsonSchema.PASTA);

    static ChecklistCatalog catalog() throws Exception {
        return new ChecklistCatalogReader().load(new TemplateFiles(List.of(Path.of("templates"))));
    }

    @Test
    void municipio() throws Exception {
        check(JsonSchema.MUNICIPIO, JsonSchema.municipio(catalog()));
    }

    @Test
    void gerarOficios() throws Exception {
        check(MailSettingsFields.SCHEMA, MailSettingsFields.schema());
    }

    private static void check(String name, String generated) throws Exception {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("schema.atualizar")) {
            Files.createDirectories(DIR);
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        assertEquals(generated, committed, file + " não é o que as declarações geram; gere de novo com: "
                + REGENERATE);
    }
}
