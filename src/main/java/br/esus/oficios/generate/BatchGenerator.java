package br.esus.oficios.generate;

import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.TabelaVersoesPec;
import br.esus.oficios.model.DocumentProblem;
import br.esus.oficios.model.Problem;
import br.esus.oficios.output.FileSink;
import br.esus.oficios.output.OutputLayout;
import br.esus.oficios.read.DuplicateMunicipios;
import br.esus.oficios.read.MunicipioReader;
import br.esus.oficios.read.ReadResult;
import br.esus.oficios.render.TemplateEngine;
import br.esus.oficios.write.DocWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Renders every document of every municipality: one template engine, one set of writers and one set of
 * threads for the whole life of the generator (the PDF writer keeps its fonts per thread). Each municipality is
 * read, rendered ({@link DocumentRenderer}) and, once all of its documents rendered, saved ({@link FolderWriter}):
 * one municipality's failure never stops the others. Only a few municipalities are in flight at a time, so memory
 * does not grow with the batch. A full (or read-only) disk stops the batch ({@link DiskStop}).
 *
 * <p>Close it when done: it stops its threads.
 */
public final class BatchGenerator implements AutoCloseable {
    /** Municipalities in flight per rendering thread: enough to keep the threads busy, few enough for memory. */
    private static final int IN_FLIGHT_PER_THREAD = 3;
    /** Threads that write (and sync) files, so the rendering threads never wait for the disk. */
    private static final int IO_THREADS = 2;

    private final ChecklistCatalog catalog;
    private final Map<String, DocWriter> writers;
    private final DocumentRenderer renderer;
    private final FolderWriter folders;
    private final Failures failures;
    private final int threads;
    private final ExecutorService pool;
    private final ExecutorService io;

    /**
     * @param writers the writers for the requested formats, by {@link DocWriter#format()}, in output order
     */
    public BatchGenerator(ChecklistCatalog catalog, TabelaVersoesPec versoes, TemplateEngine engine,
            List<DocWriter> writers, OutputLayout layout, int threads, boolean debug) {
        this(catalog, versoes, engine, writers, layout, FileSink.ATOMIC, threads, debug);
    }

    /** With another place to write the files to (a disk that fills up, in a test). */
    BatchGenerator(ChecklistCatalog catalog, TabelaVersoesPec versoes, TemplateEngine engine, List<DocWriter> writers,
            OutputLayout layout, FileSink sink, int threads, boolean debug) {
        this.catalog = catalog;
        Map<String, DocWriter> byFormat = new LinkedHashMap<>();
        for (DocWriter w : writers) {
            byFormat.put(w.format(), w);
        }
        this.writers = byFormat;
        this.failures = new Failures(debug);
        this.renderer = new DocumentRenderer(catalog, versoes, engine, byFormat, failures);
        this.folders = new FolderWriter(layout, sink);
        this.threads = Math.max(1, threads);
        this.pool = pool("gerar-oficios", this.threads);
        this.io = pool("gerar-oficios-gravacao", IO_THREADS);
    }

    /**
     * Generates, calling {@code onOutcome} (on the calling thread) for each file in the order of
     * {@code request.files()} as soon as it and those before it are done.
     */
    public BatchSummary run(GenerateRequest request, Consumer<MunicipioOutcome> onOutcome)
            throws InterruptedException {
        DiskStop diskStop = new DiskStop();
        prepareWriters(request);
        List<InputFile> files = request.files();
        Map<Path, Problem> duplicates = duplicates(request);
        int window = threads * IN_FLIGHT_PER_THREAD;
        Deque<CompletableFuture<Generated>> inFlight = new ArrayDeque<>();
        int submitted = 0;
        BatchSummary summary = new BatchSummary(0, 0, 0, 0);
        for (int next = 0; next < submitted || submitted < files.size() && !diskStop.stopped(); next++) {
            while (submitted < files.size() && submitted - next < window && !diskStop.stopped()) {
                inFlight.addLast(start(files.get(submitted), request, duplicates, Precheck.NONE, diskStop));
                submitted++;
            }
            if (next == submitted) {
                break;
            }
            MunicipioOutcome o;
            try {
                o = await(inFlight.removeFirst()).outcome();
            } catch (ExecutionException e) {
                Path shown = files.get(next).shown();
                o = new MunicipioOutcome(shown, null, List.of(), List.of(),
                        List.of(DocumentProblem.error(shown, null, failures.unexpected(e.getCause()))), List.of());
            }
            if (diskStop.silent(o)) {
                summary = summary.plusStopped(1, o.written().size());
                continue;
            }
            onOutcome.accept(o);
            summary = summary.plus(o);
        }
        return summary.plusStopped(files.size() - submitted, 0);
    }

    /**
     * Reads, renders and writes one municipality file of several, for callers that go file by file
     * ({@code enviar}). The documents' trees come back too (the e-mail body is the document itself).
     *
     * @param duplicates the files of the run that are a copy of another file's municipality (see
     *        {@link #duplicates(GenerateRequest)}): such a file is refused with its error, as {@link #run} refuses it
     * @param precheck what else refuses the file before anything is rendered
     */
    public Generated generate(InputFile input, GenerateRequest request, Map<Path, Problem> duplicates,
            Precheck precheck) {
        try {
            return await(start(input, request, duplicates, precheck, new DiskStop()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrompido", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    /**
     * Renders {@code input}'s documents again in memory, on the calling thread, while {@code keepGoing} says yes,
     * and writes nothing: see {@link Warmup}.
     *
     * @return whether the file was read whole and every step ran
     */
    boolean rehearse(InputFile input, GenerateRequest request, BooleanSupplier keepGoing) {
        ReadResult read = new MunicipioReader(catalog, request.today()).read(input.path(), input.shown());
        return read.ok() && renderer.rehearse(read.municipio(), request, input.shown(), keepGoing);
    }

    /**
     * The expensive first-use work of the writers (library classes, the fonts of a rendering thread, the DOCX
     * styles), started while the first municipality file is still being read.
     */
    private void prepareWriters(GenerateRequest request) {
        if (request.files().isEmpty()) {
            return;
        }
        for (String format : request.formats()) {
            DocWriter w = writers.get(format);
            if (w != null) {
                pool.execute(w::prepare);
            }
        }
    }

    /**
     * The files of the run that are a copy of another file's municipality (see {@link DuplicateMunicipios}), with
     * the error that says so: they are refused instead of mixing their documents with the other file's. This is a
     * first, parallel reading of every file that keeps only its key (each file is read again when it is rendered),
     * so memory does not grow with the batch; one file can have no copy.
     */
    public Map<Path, Problem> duplicates(GenerateRequest request) throws InterruptedException {
        List<InputFile> files = request.files();
        if (files.size() < 2) {
            return Map.of();
        }
        MunicipioReader reader = new MunicipioReader(catalog, request.today());
        List<CompletableFuture<Optional<DuplicateMunicipios.Key>>> keys = new ArrayList<>();
        for (InputFile f : files) {
            keys.add(CompletableFuture.supplyAsync(() -> DuplicateMunicipios.key(reader.read(f.path(), f.shown())),
                    pool));
        }
        List<DuplicateMunicipios.Key> found = new ArrayList<>();
        for (CompletableFuture<Optional<DuplicateMunicipios.Key>> k : keys) {
            try {
                await(k).ifPresent(found::add);
            } catch (ExecutionException e) {
                // Reading it again in the batch reports the failure with the file's name.
            }
        }
        return DuplicateMunicipios.find(found);
    }

    /**
     * @param duplicates the files that are a copy of another file's municipality, with the error that says so
     * @param diskStop the output disk of this batch: once found full or read-only, the municipalities not yet
     *        written are not rendered nor written
     */
    private CompletableFuture<Generated> start(InputFile input, GenerateRequest request,
            Map<Path, Problem> duplicates, Precheck precheck, DiskStop diskStop) {
        MunicipioReader reader = new MunicipioReader(catalog, request.today());
        return CompletableFuture.supplyAsync(() -> reader.read(input.path(), input.shown()), pool)
                .thenCompose(read -> {
                    if (diskStop.stopped() && read.ok()) {
                        return CompletableFuture.completedFuture(folders.stopped(input.shown(), read));
                    }
                    if (!read.ok()) {
                        return CompletableFuture.completedFuture(invalid(input, read.problems()));
                    }
                    if (duplicates.containsKey(input.shown())) {
                        return CompletableFuture.completedFuture(invalid(input,
                                DuplicateMunicipios.apply(read, duplicates).problems()));
                    }
                    List<Problem> refused = precheck.errors(input, read.municipio());
                    if (!refused.isEmpty()) {
                        List<Problem> problems = new ArrayList<>(read.problems());
                        problems.addAll(refused);
                        return CompletableFuture.completedFuture(invalid(input, problems));
                    }
                    List<CompletableFuture<DocResult>> docs = renderer.render(read.municipio(), request,
                            input.shown(), pool);
                    return CompletableFuture.allOf(docs.toArray(CompletableFuture[]::new)).thenApplyAsync(
                            v -> folders.write(input.shown(), read, docs.stream().map(CompletableFuture::join)
                                    .toList(), diskStop), io);
                });
    }

    /** A file refused before anything was rendered: its problems say why. */
    private static Generated invalid(InputFile input, List<Problem> problems) {
        return new Generated(new MunicipioOutcome(input.shown(), null, List.of(), problems, List.of(), List.of()),
                null, Map.of());
    }

    /** Stops the threads; a generator closed cannot generate. */
    @Override
    public void close() {
        pool.shutdownNow();
        io.shutdownNow();
    }

    private static <T> T await(CompletableFuture<T> f) throws InterruptedException, ExecutionException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            while (c instanceof CompletionException && c.getCause() != null) {
                c = c.getCause();
            }
            throw new ExecutionException(c);
        }
    }

    private static ExecutorService pool(String name, int size) {
        return Executors.newFixedThreadPool(size, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
