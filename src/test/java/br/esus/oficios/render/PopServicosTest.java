package br.esus.oficios.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.read.TemplateFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Step 5.11 of the POP: the installer's access, kept apart from credenciais.txt, and one row per PEC service. */
class PopServicosTest {

    @Test
    void eachServiceHasWhereWhatItNeedsAndTheChecklistItemItCloses() throws Exception {
        String md;
        TemplateEngine engine = new TemplateEngine(TemplateFiles.packed());
        md = engine.render(DocumentId.POP, TestMunicipios.modelo(TestMunicipios.santoAmaro())).text();
        String step = md.substring(md.indexOf("### 5.11 "), md.indexOf("### 5.12 "));
        assertTrue(step.contains("perfil de **administrador da instalação**, e não com o `credenciais.txt`"), step);
        assertTrue(step.contains("nunca por e-mail"), step);
        assertTrue(step.contains("a secretaria troca a senha do administrador da instalação"), step);
        List<String> rows = step.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Serviço")).toList();
        assertEquals(List.of("CADSUS", "Agenda Online (Meu SUS Digital)", "Teleinterconsulta", "Prescrição digital",
                "Hórus"), rows.stream().map(r -> r.split(" \\| ")[0].substring(2)).toList());
        // The item's title and situation come from the catalog and the municipality file.
        assertTrue(rows.get(4).endsWith("| Integração com o Hórus | não se aplica |"), rows.get(4));
        assertTrue(rows.get(0).contains("login GOV.BR (item 5.10)"), rows.get(0));
        String antes = md.substring(md.indexOf("### 5.2 "), md.indexOf("### 5.3 "));
        assertTrue(antes.contains("usuário e a senha do perfil de administrador da instalação"), antes);
        assertFalse(antes.contains("senha do perfil de administrador da instalação do PEC: "), "nenhuma senha no POP");
    }
}
