package br.esus.oficios.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.ChecklistItem;
import br.esus.oficios.model.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistCatalogReaderTest {
    @TempDir
    Path dir;

    @Test
    void theProjectCatalogHasTheAgreedItems() throws ChecklistCatalogException {
        ChecklistCatalog c = new ChecklistCatalogReader().load(TemplateFiles.of(null, Path.of("")));
        List<String> ids = c.ids();
        assertTrue(ids.size() >= 15 && ids.size() <= 25, ids::toString);
        assertTrue(ids.containsAll(List.of("cenario", "ambiente", "instalacao", "contra_chave", "importacao_cnes",
                "backup", "credenciais_instalador", "https", "dns_govbr", "perfil_instalador", "smtp",
                "certificado_municipal", "prescricao_digital", "login_govbr", "acesso_instalador", "backup_agendado",
                "teste_restauracao", "teleinterconsulta", "horus")), ids::toString);
        assertEquals(35, c.itens().get(ids.indexOf("teste_restauracao")).validadeDias(), "o ensaio vale 35 dias");
        for (ChecklistItem i : c.itens()) {
            assertTrue(ChecklistCatalogReader.GRUPOS.contains(i.grupo()), i::toString);
            assertTrue(Set.of(Status.PENDENTE_ALTA, Status.PENDENTE_BAIXA).contains(i.prioridade()), i::toString);
        }
        assertEquals("PEC_02 §2.4.4", c.item("contra_chave").orElseThrow().referencia());
        assertEquals(Status.PENDENTE_ALTA, c.item("contra_chave").orElseThrow().prioridade());
    }

    @Test
    void theCopyInsideTheJarIsTheSame() throws ChecklistCatalogException {
        assertEquals(new ChecklistCatalogReader().load(TemplateFiles.of(null, Path.of(""))),
                new ChecklistCatalogReader().load(TemplateFiles.packed()));
    }

    @Test
    void theFolderGivenWithModelosComesFirst() throws Exception {
        write("itens:\n  - {id: um, titulo: Um, descricao: D, referencia: R, grupo: migração, prioridade: baixa}\n");
        ChecklistCatalog c = new ChecklistCatalogReader().load(TemplateFiles.of(dir, Path.of("")));
        assertEquals(List.of("um"), c.ids());
        assertEquals(Status.PENDENTE_BAIXA, c.item("um").orElseThrow().prioridade());
    }

    @Test
    void brokenCatalogGivesOneLineWithTheFirstProblemAndKeepsAll() throws IOException {
        Path file = write("itens:\n"
                + "  - {id: um, titulo: Um, descricao: D, referencia: R, grupo: migracao, prioridade: alta}\n"
                + "  - {id: um, titulo: Dois, descricao: D, referencia: R, grupo: migração, prioridade: media}\n"
                + "  - {id: Tres, descricao: D, referencia: R, grupo: migração, prioridade: alta, cor: azul}\n");
        ChecklistCatalogException e = assertThrows(ChecklistCatalogException.class,
                () -> new ChecklistCatalogReader().load(TemplateFiles.of(dir, Path.of(""))));
        assertEquals(file + ":2:62: itens[0].grupo: grupo inválido \"migracao\"; você quis dizer `migração`? use um "
                + "destes: implantação, migração, integrações, segurança e backup", e.getMessage());
        List<String> all = e.problems().stream().map(p -> p.format().substring(file.toString().length() + 1))
                .toList();
        assertEquals(List.of(
                "2:62: itens[0].grupo: grupo inválido \"migracao\"; você quis dizer `migração`? use um destes: "
                        + "implantação, migração, integrações, segurança e backup",
                "3:10: itens[1].id: id repetido \"um\" (já usado na linha 2); cada item precisa de um id próprio",
                "3:86: itens[1].prioridade: valor inválido \"media\"; use um destes: alta, baixa",
                "4:5: itens[2].titulo: campo obrigatório ausente; acrescente em `itens[2]:` a linha `titulo: ...` "
                        + "(ex.: Contra-chave)",
                "4:10: itens[2].id: id inválido \"Tres\"; use só letras minúsculas sem acento, números e _ (ex.: "
                        + "contra_chave)",
                "4:80: itens[2].cor: chave desconhecida `cor`; as chaves aceitas em `itens[2]:` são: id, titulo, "
                        + "descricao, referencia, grupo, prioridade, validade_dias"), all);
    }

    @Test
    void catalogWithoutItems() throws IOException {
        Path file = write("itns: []\n");
        ChecklistCatalogException e = assertThrows(ChecklistCatalogException.class,
                () -> new ChecklistCatalogReader().load(TemplateFiles.of(dir, Path.of(""))));
        assertEquals(file + ":1:1: itens: bloco obrigatório ausente; acrescente `itens:` no começo de uma linha, sem "
                + "espaços antes, com as suas chaves nas linhas de baixo (veja o checklist.yaml que vem com o "
                + "programa)",
                e.getMessage());
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve(ChecklistCatalogReader.ARQUIVO), yaml);
    }
}
