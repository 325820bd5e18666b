package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import br.esus.oficios.model.DocumentProblem;
import br.esus.oficios.model.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The one line of each kind of diagnostic, as the user reads it on stderr. */
class DiagnosticLinesTest {
    static final Path FILE = Path.of("municipios", "ba-santo-amaro.yaml");

    @Test
    void aProblemSaysWhereInTheFile() {
        assertEquals("municipios/ba-santo-amaro.yaml:7:3: contato.email: aviso: confira",
                DiagnosticLines.line(Problem.warning(FILE, 7, 3, "contato.email", "confira")));
        assertEquals("municipios/ba-santo-amaro.yaml:1:1: arquivo vazio",
                DiagnosticLines.line(Problem.error(FILE, 0, 0, "", "arquivo vazio")), "o arquivo todo: 1:1, sem campo");
    }

    @Test
    void aDocumentProblemSaysWhichDocumentOrNone() {
        assertEquals("municipios/ba-santo-amaro.yaml: pop: falhou",
                DiagnosticLines.line(DocumentProblem.error(FILE, "pop", "falhou")));
        assertEquals("municipios/ba-santo-amaro.yaml: checklist: aviso: caracteres trocados",
                DiagnosticLines.line(DocumentProblem.warning(FILE, "checklist", "caracteres trocados")));
        assertEquals("municipios/ba-santo-amaro.yaml: não foi possível gravar em output",
                DiagnosticLines.line(DocumentProblem.error(FILE, null, "não foi possível gravar em output")),
                "o município todo: sem documento");
    }
}
