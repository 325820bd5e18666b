package br.esus.oficios.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import br.esus.oficios.doc.BrasiliaTime;
import br.esus.oficios.write.QuietLibraries;
import picocli.CommandLine;

/** Entry point: parses the command line and delegates. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        QuietLibraries.properties();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        CliContext ctx = new CliContext(out, err, System.getenv(), Path.of("").toAbsolutePath(),
                BrasiliaTime.today(), System.console() != null);
        int code = run(ctx, args);
        out.flush();
        err.flush();
        if (ShortCommands.includes(args)) {
            // System.exit first asks for the System.Logger of java.lang.Runtime, and finding a logging back end looks
            // through every jar of the class path, which in the package means reading the whole index of the
            // libraries' jar (README, "Desempenho"). A short command leaves nothing for the shutdown to do.
            Runtime.getRuntime().halt(code);
        }
        System.exit(code);
    }

    /** Runs the CLI in-process and returns the exit code. */
    public static int run(CliContext ctx, String... args) {
        CommandLine cl = commandLine(ctx, args);
        return cl.execute(args);
    }

    static CommandLine commandLine(CliContext ctx, String... args) {
        NeededSubcommands cl = new NeededSubcommands(new GerarOficiosCommand(ctx), args);
        cl.note("gerar", new GerarCommand(ctx));
        cl.note("validar", new ValidarCommand(ctx));
        cl.note("checklist", new ChecklistCommand(ctx));
        cl.note("enviar", new EnviarCommand(ctx));
        cl.note("assinar", new AssinarCommand(ctx));
        cl.note("novo", new NovoCommand(ctx));
        cl.note("verificar", new VerificarCommand(ctx));
        cl.note("vigiar", new VigiarCommand(ctx));
        cl.note("conferir", new ConferirCommand(ctx));
        cl.addNeeded();
        cl.setOut(new PrintWriter(new OutputStreamWriter(ctx.out(), StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(ctx.err(), StandardCharsets.UTF_8), true));
        // "gerar-oficios -d checklist": the value of -d, not the checklist subcommand.
        cl.setAllowSubcommandsAsOptionParameters(true);
        cl.setParameterExceptionHandler(new UsageErrors());
        cl.setExecutionExceptionHandler(new UnexpectedErrors());
        PortugueseHelp.apply(cl);
        return cl;
    }
}
