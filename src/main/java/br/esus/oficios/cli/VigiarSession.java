package br.esus.oficios.cli;

import br.esus.oficios.doc.BrasiliaTime;
import br.esus.oficios.generate.BatchGenerator;
import br.esus.oficios.generate.GenerateRequest;
import br.esus.oficios.generate.Generated;
import br.esus.oficios.generate.InputFile;
import br.esus.oficios.generate.MunicipioOutcome;
import br.esus.oficios.generate.Precheck;
import br.esus.oficios.generate.Warmup;
import br.esus.oficios.model.Problem;
import br.esus.oficios.output.OutputLayout;
import br.esus.oficios.read.DuplicateMunicipios;
import br.esus.oficios.read.MunicipioReader;
import br.esus.oficios.read.ReadResult;
import br.esus.oficios.read.VersaoPecAvisos;
import br.esus.oficios.render.DocumentId;
import br.esus.oficios.render.TemplateEngine;
import br.esus.oficios.watch.WatchLoop;
import br.esus.oficios.write.DocWriter;
import br.esus.oficios.write.RememberingWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * What {@code vigiar} does and prints between two Ctrl-C: the first run (as {@code gerar}), then, for each change the
 * {@link WatchLoop} reports (from the start of the first run on), that municipality again (or all of them), with what {@code validar} says about it. The
 * generator, its threads and its writers (fonts, templates) stay loaded between changes, so a save is handled in a
 * warm JVM; a change of templates, font or brasão builds them again.
 */
final class VigiarSession implements WatchLoop.Listener, AutoCloseable {
    private final CliContext ctx;
    private final CommandLine cl;
    private final List<Path> inputs;
    private final GerarOptions options;
    private final CommonOptions common;
    private final List<String> formats;
    private final Set<DocumentId> documents;
    private final VersaoPecAvisos versao = new VersaoPecAvisos();
    /** The key of every municipality file seen, to refuse a copy of another file's municipality as gerar does. */
    private final Map<Path, DuplicateMunicipios.Key> keys = new LinkedHashMap<>();
    /** The day by the system's clock when the session started: {@link #today()} moves on from ctx's day with it. */
    private final LocalDate startedOn = BrasiliaTime.today();
    /** Rehearses the first municipality in the background after the first run, so that saves find C2's code. */
    private final Warmup warmup = new Warmup();
    private InputSet in;
    private BatchGenerator generator;

    VigiarSession(CliContext ctx, CommandLine cl, List<Path> inputs, GerarOptions options, CommonOptions common,
            List<String> formats, Set<DocumentId> documents) {
        this.ctx = ctx;
        this.cl = cl;
        this.inputs = inputs;
        this.options = options;
        this.common = common;
        this.formats = formats;
        this.documents = documents;
    }

    /**
     * The date of the documents and of the version warnings: the command's day, moved on by the days the session has
     * been running, so that a watch left on past midnight dates the next ofício with the new day.
     */
    private LocalDate today() {
        return ctx.today().plusDays(ChronoUnit.DAYS.between(startedOn, BrasiliaTime.today()));
    }

    /**
     * (Re)loads the files, catalog, versions table, templates and writers.
     *
     * @return false when the checklist catalog or the versions table cannot be read (said already)
     */
    boolean load() {
        InputSet loaded = InputSet.load(ctx, cl, inputs, common.modelos);
        if (loaded.catalog() == null || loaded.versoes() == null) {
            return false;
        }
        List<DocWriter> writers = Choices.writers(cl, ctx, formats, options.font).stream()
                .<DocWriter>map(RememberingWriter::new).toList();
        BatchGenerator fresh = new BatchGenerator(loaded.catalog(), loaded.versoes(),
                new TemplateEngine(InputSet.templates(ctx, common.modelos)), writers,
                new OutputLayout(ctx.resolve(options.output)), Runtime.getRuntime().availableProcessors(),
                common.debug);
        close();
        in = loaded;
        generator = fresh;
        return true;
    }

    private void generateAll() throws InterruptedException {
        if (!in.files().isEmpty()) {
            GerarCommand.generateAll(ctx, in, generator, request(in.files()));
        }
        keys.clear();
        MunicipioReader reader = new MunicipioReader(in.catalog(), today());
        // Read again for their keys only (the batch keeps none, so its memory stays flat), on every core.
        in.files().parallelStream()
                .map(f -> DuplicateMunicipios.key(reader.read(f.path(), f.shown())).map(k -> Map.entry(f.path(), k)))
                .flatMap(java.util.Optional::stream).toList()
                .forEach(e -> keys.put(e.getKey(), e.getValue()));
    }

    /** Generates every municipality, as {@code gerar}, then says what is watched. */
    @Override
    public void watching(List<Path> folders) throws InterruptedException {
        generateAll();
        ctx.out().println("vigiando " + folders.stream().map(f -> ctx.show(f) + "/").collect(Collectors.joining(", "))
                + ": cada arquivo salvo é gerado de novo; Ctrl-C termina.");
        ctx.out().flush();
        in.files().stream().filter(f -> keys.containsKey(f.path())).findFirst()
                .ifPresent(f -> warmup.start(generator, f, request(List.of(f))));
    }

    @Override
    public void saved(List<Path> files) {
        warmup.pause();
        try {
            for (Path f : files) {
                regenerate(new InputFile(f, Path.of(ctx.show(f))));
            }
        } finally {
            warmup.resume();
        }
    }

    /** One municipality again: what validar says about it, then its documents, or why they were not made. */
    private void regenerate(InputFile f) {
        long start = System.nanoTime();
        MunicipioReader reader = new MunicipioReader(in.catalog(), today());
        ReadResult read = reader.read(f.path(), f.shown());
        keys.remove(f.path());
        DuplicateMunicipios.key(read).ifPresent(k -> keys.put(f.path(), k));
        Map<Path, Problem> duplicates = DuplicateMunicipios.find(List.copyOf(keys.values()));
        ReadResult checked = DuplicateMunicipios.apply(read, duplicates);
        List<Problem> problems = ValidarCommand.problems(checked, f.path(), versao, in.versoes(), today());
        DiagnosticLines.print(ctx.err(), problems);
        ctx.err().flush();
        if (!checked.ok()) {
            ctx.out().println(ValidarCommand.verdict(checked, 0) + "; os documentos não foram gerados de novo (os "
                    + "anteriores ficaram como estavam)");
            ctx.out().flush();
            return;
        }
        Generated g;
        try {
            g = generator.generate(f, request(List.of(f)), duplicates, Precheck.NONE);
        } catch (IllegalStateException e) {
            if (Thread.currentThread().isInterrupted()) {
                return; // Ctrl-C while generating: the loop ends; the files are written whole or not at all.
            }
            throw e;
        }
        MunicipioOutcome o = g.outcome();
        DiagnosticLines.print(ctx.err(), o.failures());
        DiagnosticLines.print(ctx.err(), o.warnings());
        ctx.err().flush();
        long w = problems.stream().filter(Problem::warning).count();
        String seconds = String.format(Locale.forLanguageTag("pt-BR"), "%.2f s", (System.nanoTime() - start) / 1e9);
        ctx.out().println(ValidarCommand.verdict(checked, (int) w) + "; " + (o.written().isEmpty()
                ? "nada gravado" : GerarCommand.written(ctx, o)) + " (" + seconds + ")");
        ctx.out().flush();
    }

    @Override
    public void deleted(List<Path> files) {
        for (Path f : files) {
            keys.remove(f);
            ctx.out().println(ctx.show(f) + ": apagado; os documentos gerados dele ficam onde estão");
        }
        ctx.out().flush();
    }

    @Override
    public void everything(List<Path> why) throws InterruptedException {
        warmup.pause();
        try {
            everythingAgain(why);
        } finally {
            warmup.resume();
        }
    }

    private void everythingAgain(List<Path> why) throws InterruptedException {
        ctx.out().println((why.isEmpty() ? "arquivos mudaram" : why.stream().map(ctx::show)
                .collect(Collectors.joining(", ")) + (why.size() == 1 ? " mudou" : " mudaram"))
                + ": gerando todos de novo");
        ctx.out().flush();
        try {
            if (!load()) {
                ctx.out().println("vigiar: os documentos não foram gerados de novo; corrija o que está acima e salve");
                ctx.out().flush();
                return;
            }
        } catch (CommandLine.ParameterException e) {
            ctx.err().println("gerar-oficios: " + e.getMessage());
            ctx.err().flush();
            return;
        }
        generateAll();
    }

    private GenerateRequest request(List<InputFile> files) {
        return new GenerateRequest(files, documents, formats, ctx.env(), today());
    }

    @Override
    public void close() {
        warmup.close();
        if (generator != null) {
            generator.close();
        }
    }
}
