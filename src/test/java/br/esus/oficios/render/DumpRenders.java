package br.esus.oficios.render;

import br.esus.oficios.read.TemplateFiles;
import br.esus.oficios.model.SistemaOperacional;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class DumpRenders {
    @org.junit.jupiter.api.Test
    void dump() throws Exception {
        try (TemplateEngine e = new TemplateEngine(new TemplateFiles(List.of(Path.of("templates"))))) {
            for (SistemaOperacional so : SistemaOperacional.values()) {
                var model = TestMunicipios.modelo(TestMunicipios.santoAmaro(so));
                for (DocumentId id : DocumentId.values()) {
                    RenderedText t = e.render(id, model);
                    Files.writeString(Path.of("/tmp/render-out/" + so.yaml() + "-" + id.fileName("md")), t.text());
                    System.out.println(id + " " + t.warnings());
                }
            }
        }
    }
}
