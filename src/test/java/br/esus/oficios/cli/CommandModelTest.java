package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The options as the commands' fields receive them, from the models built in code ({@link CommandModel}). */
class CommandModelTest {
    private static <T> T parsed(Class<T> command, String... args) {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        CliContext ctx = new CliContext(quiet, quiet, Map.of(), Path.of(""), LocalDate.of(2026, 12, 7), false);
        CommandLine cl = Main.commandLine(ctx, args);
        List<CommandLine> chosen = cl.parseArgs(args).asCommandLineList();
        return command.cast(chosen.get(chosen.size() - 1).getCommand());
    }

    @Test
    void aListOptionTakesRepeatedAndCommaSeparatedValues() {
        assertEquals(List.of("pdf", "docx"),
                parsed(GerarCommand.class, "gerar", "-f", "pdf", "-f", "docx").options.formats);
        assertEquals(List.of("pdf", "docx"), parsed(GerarCommand.class, "gerar", "--formato=pdf,docx").options.formats);
    }

    @Test
    void optionsNotGivenKeepTheirDefaultsAndParametersTheirOrder() {
        GerarCommand g = parsed(GerarCommand.class, "gerar", "b.yaml", "a.yaml");
        assertNull(g.options.formats, "sem -f, todos os formatos");
        assertEquals(Path.of("output"), g.options.output);
        assertFalse(g.common.debug);
        assertEquals(List.of(Path.of("b.yaml"), Path.of("a.yaml")), g.inputs);
        assertTrue(parsed(ValidarCommand.class, "validar").inputs.isEmpty());
    }

    @Test
    void typedOptionsAndTheRootCommandsOwnOptions() {
        EnviarCommand e = parsed(EnviarCommand.class, "enviar", "--porta", "2525", "--simular", "x.yaml");
        assertEquals(2525, e.port);
        assertTrue(e.simulate);
        assertFalse(e.resend);
        ConferirCommand c = parsed(ConferirCommand.class, "conferir");
        assertEquals(80, c.httpPort);
        GerarOficiosCommand root = parsed(GerarOficiosCommand.class, "-o", "saida", "--debug", "x.yaml");
        assertEquals(Path.of("saida"), root.options.output);
        assertTrue(root.common.debug);
        NovoCommand n = parsed(NovoCommand.class, "novo", "BA", "Santo Amaro");
        assertEquals("BA", n.uf);
        assertEquals("Santo Amaro", n.nome);
        assertEquals(Path.of("municipios"), n.folder);
    }
}
