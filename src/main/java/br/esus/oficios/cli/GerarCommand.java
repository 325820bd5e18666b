package br.esus.oficios.cli;

import br.esus.oficios.generate.BatchGenerator;
import br.esus.oficios.generate.BatchSummary;
import br.esus.oficios.generate.GenerateRequest;
import br.esus.oficios.generate.MunicipioOutcome;
import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.output.OutputLayout;
import br.esus.oficios.read.TemplateFiles;
import br.esus.oficios.render.DocumentId;
import br.esus.oficios.render.TemplateEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gerar}: writes every document of every municipality. */
final class GerarCommand implements CommandModel.Modelled {
    private final CliContext ctx;

    CommandSpec spec;

    List<Path> inputs = new ArrayList<>();

    GerarOptions options = new GerarOptions();

    CommonOptions common = new CommonOptions();

    GerarCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public CommandSpec model() {
        spec = CommandModel.command(this, "gerar", "Gera os documentos de cada município (o padrão).",
                "Gera os documentos de cada município: ofício do subdomínio gov.br, ticket da prescrição digital, "
                        + "application.properties do login GOV.BR, POP e checklist, em output/<uf>-<municipio>/.");
        spec.addPositional(CommandModel.municipioFiles(() -> inputs, v -> inputs = v));
        options.addTo(spec);
        common.addTo(spec);
        HelpOptions.addTo(spec);
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        return generate(ctx, spec.commandLine(), inputs, options, common);
    }

    /** Runs {@code gerar}; also what {@code gerar-oficios} without a subcommand does. */
    static int generate(CliContext ctx, CommandLine cl, List<Path> inputs, GerarOptions options, CommonOptions common)
            throws InterruptedException {
        List<String> fmts = Choices.formats(cl, options.formats);
        Set<DocumentId> docs = Choices.documents(cl, options.documents);
        Path font = options.font;
        Path output = options.output;
        InputSet in = InputSet.load(ctx, cl, inputs, common.modelos);
        Integer stop = in.unusable();
        if (stop != null) {
            return stop;
        }
        TemplateFiles templates = InputSet.templates(ctx, common.modelos);
        ChecklistCatalog catalog = in.catalog();
        GenerateRequest request = new GenerateRequest(in.files(), docs, fmts, ctx.env(), ctx.today());
        try (BatchGenerator generator = new BatchGenerator(catalog, in.versoes(), new TemplateEngine(templates),
                Choices.writers(cl, ctx, fmts, font), new OutputLayout(ctx.resolve(output)),
                Runtime.getRuntime().availableProcessors(), common.debug)) {
            return generateAll(ctx, in, generator, request);
        }
    }

    /**
     * Generates every file of {@code request}, printing as {@code gerar} does: each municipality's problems and
     * where its files went, a warning repeated in many files once with its count ({@link RepeatedWarnings}), a
     * progress bar on a terminal, then the summary line.
     *
     * @return the exit code
     */
    static int generateAll(CliContext ctx, InputSet in, BatchGenerator generator, GenerateRequest request)
            throws InterruptedException {
        RepeatedWarnings repeated = new RepeatedWarnings();
        ProgressBar bar = ProgressBar.forBatch(ctx, request.files().size());
        BatchSummary s;
        try {
            s = generator.run(request, o -> {
                bar.clear();
                report(ctx, o, repeated);
                bar.step();
            });
        } finally {
            bar.clear();
        }
        repeated.summary().forEach(ctx.err()::println);
        return summary(ctx, in, s);
    }

    /** Prints one municipality's problems and where its files went. */
    static void report(CliContext ctx, MunicipioOutcome o) {
        report(ctx, o, new RepeatedWarnings());
    }

    /** Prints one municipality's problems (a warning seen in many files only counted) and where its files went. */
    private static void report(CliContext ctx, MunicipioOutcome o, RepeatedWarnings repeated) {
        repeated.lines(o.problems()).forEach(ctx.err()::println);
        repeated.lines(o.failures()).forEach(ctx.err()::println);
        repeated.lines(o.warnings()).forEach(ctx.err()::println);
        if (!o.invalid() && !o.written().isEmpty()) {
            ctx.out().println(written(ctx, o));
        }
        ctx.out().flush();
        ctx.err().flush();
    }

    /** The line that says where a municipality's files went: {@code output/ba-santo-amaro/: 15 arquivos}. */
    static String written(CliContext ctx, MunicipioOutcome o) {
        return ctx.show(o.folder()) + "/: " + o.written().size() + " arquivo" + (o.written().size() == 1 ? "" : "s");
    }

    private static int summary(CliContext ctx, InputSet in, BatchSummary s) {
        int total = s.municipios();
        int files = s.files();
        StringBuilder sb = new StringBuilder();
        sb.append(total).append(total == 1 ? " município" : " municípios").append(": ")
                .append(files).append(files == 1 ? " arquivo gerado" : " arquivos gerados");
        if (s.invalid() > 0) {
            sb.append("; ").append(s.invalid()).append(s.invalid() == 1 ? " arquivo inválido" : " arquivos inválidos");
        }
        if (s.failed() > 0) {
            sb.append("; ").append(s.failed()).append(" com documentos que falharam");
        }
        if (s.stopped() > 0) {
            sb.append("; ").append(s.stopped()).append(s.stopped() == 1 ? " não gerado" : " não gerados")
                    .append(" (a geração parou no erro de gravação acima)");
        }
        sb.append('.');
        ctx.out().println(sb);
        ctx.out().flush();
        return s.invalid() + s.failed() + s.stopped() > 0 || in.hadProblems() ? ExitCodes.INVALID : ExitCodes.OK;
    }
}
