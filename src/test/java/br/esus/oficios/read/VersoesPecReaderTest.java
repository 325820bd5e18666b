package br.esus.oficios.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.Problem;
import br.esus.oficios.model.TabelaVersoesPec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code versoes-pec.yaml}: the copy in the program, one in {@code --modelos}, and the errors of a broken one. */
class VersoesPecReaderTest {
    @TempDir
    Path dir;

    private TabelaVersoesPec load(String yaml) throws Exception {
        Files.writeString(dir.resolve(VersoesPecReader.ARQUIVO), yaml);
        return new VersoesPecReader().load(TemplateFiles.of(dir, dir));
    }

    private List<String> errors(String yaml) throws Exception {
        Files.writeString(dir.resolve(VersoesPecReader.ARQUIVO), yaml);
        VersoesPecException e = assertThrows(VersoesPecException.class,
                () -> new VersoesPecReader().load(TemplateFiles.of(dir, dir)));
        return e.problems().stream().map(Problem::format).map(l -> l.substring(dir.toString().length() + 1)).toList();
    }

    @Test
    void theCopyInTheProgramReadsAndHasTheNewestDatedVersion() throws Exception {
        TabelaVersoesPec t = new VersoesPecReader().load(TemplateFiles.packed());
        assertEquals("5.5.26", t.newest().orElseThrow().versao().texto());
        assertEquals(LocalDate.of(2026, 8, 13), t.newest().orElseThrow().publicada());
        assertTrue(t.versoes().size() >= 40, "about forty dated versions");
        assertTrue(t.find(br.esus.oficios.model.VersaoPec.parse("5.3.21")).isEmpty(),
                "the examples' version has no established date and stays out");
    }

    @Test
    void aTableInModelosReplacesTheProgramsWithItsNotes() throws Exception {
        TabelaVersoesPec t = load("versoes:\n  - {versao: \"7.1.2\", publicada: 2027-02-03, nota: \"Exige Java 21\"}\n"
                + "  - versao: \"7.0.9\"\n    publicada: 2026-12-01\n");
        assertEquals(2, t.versoes().size());
        assertEquals("Exige Java 21", t.newest().orElseThrow().nota());
        assertEquals(null, t.versoes().get(1).nota());
    }

    @Test
    void everyErrorIsOneLineWithFileLineColumnAndField() throws Exception {
        List<String> e = errors("""
                versoes:
                  - {versao: "7.1.0", publicada: 2027-02-30}
                  - {versao: "7.1.0", publicada: 2027-01-01, notas: "x"}
                  - {versao: "sete", publicada: 2027-01-01}
                  - {publicada: 2027-01-01}
                """);
        assertEquals(List.of(
                "versoes-pec.yaml:2:34: versoes[0].publicada: a data \"2027-02-30\" não existe no calendário; confira o "
                        + "dia e o mês (formato ano-mês-dia)",
                "versoes-pec.yaml:3:14: versoes[1].versao: versão repetida \"7.1.0\" (já está na linha 2); cada versão "
                        + "aparece uma vez",
                "versoes-pec.yaml:3:46: versoes[1].notas: chave desconhecida `notas`; você quis dizer `nota`?",
                "versoes-pec.yaml:4:14: versoes[2].versao: versão inválida \"sete\"; escreva-a entre aspas, com pontos "
                        + "(ex.: \"5.4.29\")",
                "versoes-pec.yaml:5:5: versoes[3].versao: campo obrigatório ausente; acrescente em `versoes[3]:` a linha "
                        + "`versao: ...` (ex.: \"5.4.29\")"), e);
    }

    @Test
    void anEmptyListIsAnError() throws Exception {
        List<String> e = errors("versoes: []\n");
        assertEquals(1, e.size());
        assertTrue(e.get(0).startsWith("versoes-pec.yaml:1:10: versoes: `versoes` deve ser uma lista não vazia"),
                e.get(0));
    }
}
