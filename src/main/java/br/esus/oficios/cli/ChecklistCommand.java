package br.esus.oficios.cli;

import br.esus.oficios.output.IoMessages;
import br.esus.oficios.read.MunicipioReader;
import br.esus.oficios.read.ReadResult;
import br.esus.oficios.track.ChecklistTracker;
import br.esus.oficios.track.TrackFormat;
import br.esus.oficios.track.TrackOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code checklist}: every municipality's deployment status at once. */
final class ChecklistCommand implements CommandModel.Modelled {
    private static final String PREFIX = "gerar-oficios checklist: ";

    private final CliContext ctx;

    CommandSpec spec;

    List<Path> inputs = new ArrayList<>();

    String format;

    Path outputFile;

    boolean details;

    Path sentLogsFolder;

    CommonOptions common = new CommonOptions();

    ChecklistCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public CommandSpec model() {
        spec = CommandModel.command(this, "checklist",
                "Mostra o checklist de implantação de todos os municípios de uma vez.",
                "Mostra a situação do checklist de implantação de todos os municípios de uma vez: uma linha por "
                        + "município, os mais urgentes primeiro. Também grava em Markdown, CSV (Excel), XLSX ou HTML.");
        spec.addPositional(CommandModel.municipioFiles(() -> inputs, v -> inputs = v));
        spec.addOption(CommandModel.option(String.class, () -> format, v -> format = v, "--formato")
                .paramLabel("FORMATO")
                .defaultValue("tabela")
                .description("tabela (no terminal), md, csv, xlsx ou html (padrão: ${DEFAULT-VALUE}).")
                .build());
        spec.addOption(CommandModel.option(Path.class, () -> outputFile, v -> outputFile = v, "--saida")
                .paramLabel("ARQ")
                .description("Grava neste arquivo em vez de mostrar no terminal.")
                .build());
        spec.addOption(CommandModel.flag(() -> details, v -> details = v, "--detalhes")
                .description("Acrescenta a matriz itens × municípios com as marcas ✅ ⏸️ 🚩 ➖ (na tabela e no md; csv, "
                        + "xlsx e html já trazem todos os itens).")
                .build());
        spec.addOption(CommandModel.option(Path.class, () -> sentLogsFolder, v -> sentLogsFolder = v, "--envios")
                .paramLabel("PASTA")
                .defaultValue(CommandModel.OUTPUT)
                .description("Pasta de saída onde 'enviar' registrou os envios e 'conferir' as conferências (padrão: "
                        + "${DEFAULT-VALUE}).")
                .build());
        common.addTo(spec);
        HelpOptions.addTo(spec);
        return spec;
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
        MunicipioReader reader = new MunicipioReader(in.catalog(), ctx.today());
        List<ReadResult> results = in.files().stream().map(f -> reader.read(f.path(), f.shown())).toList();
        if (fmt.binary() && outputFile == null) {
            ctx.err().println(PREFIX + "o formato " + fmt.id() + " precisa de --saida ARQ (ex.: --saida checklist."
                    + fmt.extension() + ")");
            return ExitCodes.USAGE;
        }
        TrackOptions options = new TrackOptions(fmt, outputFile == null ? null : ctx.resolve(outputFile), details,
                coloursFor(ctx.interactive(), ctx.env()));
        // On a terminal, the view lists the invalid files' errors: stderr, on the same screen, only adds the warnings.
        boolean viewOnScreen = ctx.interactive() && options.outputFile() == null && fmt.readOnScreen();
        ChecklistTracker.Findings found = ChecklistTracker.track(results, in.catalog(), in.versoes(), ctx.resolve(sentLogsFolder),
                ctx.today());
        found.fileProblems().stream().filter(p -> !viewOnScreen || p.warning())
                .forEach(p -> ctx.err().println(p.format()));
        found.matrix().warnings().forEach(p -> ctx.err().println(p.format()));
        String failure = failure(ChecklistTracker.write(found.matrix(), options, ctx.out()), options);
        if (failure != null) {
            ctx.err().println(PREFIX + failure);
            return ExitCodes.INVALID;
        }
        if (options.outputFile() != null) {
            ctx.out().println("Checklist gravado em " + options.outputFile() + ": "
                    + municipios(found.matrix().municipios().size()) + ", " + found.matrix().overallPercent()
                    + "% concluído.");
        }
        int invalid = found.matrix().invalidFiles().size();
        if (invalid > 0) {
            ctx.err().println(invalid + (invalid == 1 ? " arquivo inválido ficou" : " arquivos inválidos ficaram")
                    + " fora do checklist; corrija os erros " + (viewOnScreen ? "listados." : "acima."));
        }
        return invalid > 0 || in.hadProblems() ? ExitCodes.INVALID : ExitCodes.OK;
    }

    private static String municipios(int n) {
        return n + (n == 1 ? " município" : " municípios");
    }

    /** Why the view could not be written, after "não foi possível gravar ..."; null when it was. */
    private static String failure(ChecklistTracker.WriteOutcome outcome, TrackOptions options) {
        String where = "não foi possível gravar " + (options.outputFile() == null ? "a saída"
                : options.outputFile().toString()) + ": ";
        if (outcome instanceof ChecklistTracker.WriteOutcome.IsAFolder f) {
            return where + "é uma pasta; dê em --saida o nome de um arquivo (ex.: --saida "
                    + f.file().resolve("checklist." + options.format().extension()) + ")";
        }
        if (outcome instanceof ChecklistTracker.WriteOutcome.Failed f) {
            return where + IoMessages.reason(f.cause(), options.outputFile() == null ? "grave num arquivo com --saida"
                    : "escolha outro arquivo com --saida");
        }
        if (outcome instanceof ChecklistTracker.WriteOutcome.RenderFailed) {
            return where + "erro inesperado ao montar o " + options.format().id()
                    + "; tente outro --formato e relate o problema";
        }
        return null;
    }

    /**
     * Whether the terminal table may use colours: only when the output is a terminal and {@code NO_COLOR} is unset or
     * empty (no-color.org).
     */
    static boolean coloursFor(boolean terminal, Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        return terminal && (noColor == null || noColor.isEmpty());
    }
}
