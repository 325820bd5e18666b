package br.esus.oficios.cli;

import br.esus.oficios.read.MunicipioReader;
import br.esus.oficios.read.ReadResult;
import br.esus.oficios.track.ChecklistTracker;
import br.esus.oficios.track.TrackFormat;
import br.esus.oficios.track.TrackOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code checklist}: every municipality's deployment status at once. */
@Command(name = "checklist", sortOptions = false,
        header = "Mostra o checklist de implantação de todos os municípios de uma vez.",
        description = "Mostra a situação do checklist de implantação de todos os municípios de uma vez: uma linha por "
                + "município, os mais urgentes primeiro. Também grava em Markdown, CSV (Excel), XLSX ou HTML.")
final class ChecklistCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ARQ|PASTA", arity = "0..*",
            description = "Arquivos .yaml de municípios ou pastas com eles (padrão: municipios/).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--formato", paramLabel = "FORMATO", defaultValue = "tabela",
            description = "tabela (no terminal), md, csv, xlsx ou html (padrão: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--saida", paramLabel = "ARQ", description = "Grava neste arquivo em vez de mostrar no terminal.")
    Path file;

    @Option(names = "--detalhes", description = "Acrescenta a matriz itens × municípios com as marcas ✅ ⏸️ 🚩 ➖ (na tabela e no md; csv, xlsx e "
                    + "html já trazem todos os itens).")
    boolean details;

    @Option(names = "--envios", paramLabel = "PASTA", defaultValue = "output",
            description = "Pasta de saída onde 'enviar' registrou os envios (padrão: ${DEFAULT-VALUE}).")
    Path output;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Mixin
    HelpOptions help = new HelpOptions();

    ChecklistCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        TrackFormat fmt = TrackFormat.parse(format);
        if (fmt == null) {
            throw new ParameterException(spec.commandLine(), "formato desconhecido '" + format
                    + "' em --formato; use um de: " + String.join(", ", TrackFormat.ids()));
        }
        InputSet in = InputSet.load(ctx, spec.commandLine(), inputs, common.modelos);
        Integer stop = in.unusable();
        if (stop != null) {
            return stop;
        }
        MunicipioReader reader = new MunicipioReader(in.catalog());
        List<ReadResult> results = in.files().stream().map(f -> reader.read(f.path(), f.shown())).toList();
        TrackOptions options = new TrackOptions(fmt, file == null ? null : ctx.resolve(file), details,
                TrackOptions.coloursFor(ctx.interactive(), ctx.env()), ctx.interactive());
        int code = ChecklistTracker.run(results, in.catalog(), ctx.resolve(output), options, ctx.today(),
                ctx.out(), ctx.err());
        return code == ChecklistTracker.OK && in.hadProblems() ? ExitCodes.INVALID : code;
    }
}
