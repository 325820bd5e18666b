package br.esus.oficios.cli;

import br.esus.oficios.render.DocumentId;
import br.esus.oficios.output.IoMessages;
import br.esus.oficios.watch.WatchLoop;
import br.esus.oficios.watch.WatchStopped;
import br.esus.oficios.watch.WatchPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vigiar}: generates, then generates again each municipality whose file is saved, until Ctrl-C. */
final class VigiarCommand implements CommandModel.Modelled {
    private final CliContext ctx;

    CommandSpec spec;

    List<Path> inputs = new ArrayList<>();

    GerarOptions options = new GerarOptions();

    CommonOptions common = new CommonOptions();

    VigiarCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public CommandSpec model() {
        spec = CommandModel.command(this, "vigiar", "Gera tudo e continua: cada YAML salvo é gerado de novo.",
                "Gera os documentos como 'gerar' e continua rodando: cada vez que o arquivo de um município é salvo "
                        + "(ou criado), gera de novo só os documentos dele e mostra o que o 'validar' diria dele; "
                        + "quando um modelo (templates/ ou --modelos), a fonte (--fonte) ou um brasão ao lado dos YAML "
                        + "muda, gera todos de novo. Um arquivo apagado só é avisado: os documentos dele ficam. Logo "
                        + "depois da primeira geração, ensaia por alguns segundos os documentos do primeiro município, "
                        + "para que as gravações seguintes saiam mais rápido. Ctrl-C termina.");
        spec.addPositional(CommandModel.municipioFiles(() -> inputs, v -> inputs = v));
        options.addTo(spec);
        common.addTo(spec);
        HelpOptions.addTo(spec);
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        List<String> formats = Choices.formats(cl, options.formats);
        Set<DocumentId> documents = Choices.documents(cl, options.documents);
        List<Path> given = inputs.isEmpty() ? List.of(InputSet.DEFAULT_FOLDER) : inputs;
        List<Path> folders = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path p : given) {
            Path abs = ctx.resolve(p).toAbsolutePath().normalize();
            if (Files.isDirectory(abs)) {
                folders.add(abs);
            } else if (Files.isRegularFile(abs)) {
                files.add(abs);
            } else {
                throw new CommandLine.ParameterException(cl, "o arquivo ou pasta " + p + " não existe; confira o "
                        + "caminho (o vigiar precisa de uma pasta que exista, mesmo que ainda vazia)");
            }
        }
        Path font = options.font == null ? null : ctx.resolve(options.font).toAbsolutePath().normalize();
        List<Path> templateFolders = InputSet.templates(ctx, common.modelos).dirs().stream()
                .map(d -> d.toAbsolutePath().normalize()).toList();
        WatchPlan plan = new WatchPlan(folders, files, templateFolders, font);
        CtrlC ctrlC = CtrlC.interrupts(Thread.currentThread());
        try (VigiarSession session = new VigiarSession(ctx, cl, inputs, options, common, formats, documents)) {
            if (!session.load()) {
                return ExitCodes.INVALID;
            }
            new WatchLoop(plan).run(session);
        } catch (WatchStopped e) {
            ctx.err().println("vigiar: parou de vigiar: " + e.getMessage() + "; rode o vigiar de novo");
            if (common.debug) {
                e.printStackTrace(ctx.err());
            }
            return ExitCodes.INVALID;
        } catch (IOException e) {
            // The system refused to watch (inotify's limit of watches reached, a folder without permission...).
            ctx.err().println("vigiar: não foi possível vigiar as pastas: " + IoMessages.readReason(e)
                    + "; no Linux, o limite de pastas vigiadas sobe com"
                    + " 'sudo sysctl fs.inotify.max_user_watches=524288'");
            if (common.debug) {
                e.printStackTrace(ctx.err());
            }
            return ExitCodes.INVALID;
        } finally {
            ctrlC.close();
        }
        Thread.interrupted(); // Ctrl-C was said; the flag has done its work.
        ctx.out().println("vigiar: terminado.");
        ctx.out().flush();
        return ExitCodes.OK;
    }
}
