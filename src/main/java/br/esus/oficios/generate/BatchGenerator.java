package br.esus.oficios.generate;

import br.esus.oficios.doc.Doc;
import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.Problem;
import br.esus.oficios.output.FileSink;
import br.esus.oficios.output.IoMessages;
import br.esus.oficios.output.OutputLayout;
import br.esus.oficios.read.DuplicateMunicipios;
import br.esus.oficios.read.MunicipioReader;
import br.esus.oficios.read.ReadResult;
import br.esus.oficios.render.DocMetaFactory;
import br.esus.oficios.render.DocumentId;
import br.esus.oficios.render.MarkdownException;
import br.esus.oficios.render.MarkdownToDoc;
import br.esus.oficios.render.RenderException;
import br.esus.oficios.render.RenderedText;
import br.esus.oficios.render.TemplateEngine;
import br.esus.oficios.render.TemplateModel;
import br.esus.oficios.write.DocWriter;
import br.esus.oficios.write.WriteException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Renders every document of every municipality: one reader, one template engine, one set of writers for the whole
 * batch. The work is split finely so that both cores help even for one municipality: each document is rendered
 * (template, Markdown) in its own task and each of its formats is written in its own task. A municipality's files
 * are written only after all of its documents rendered, file by file and atomically, so a failure never leaves a
 * half-written file, a document that fails in one format is written in none, and one municipality's failure never
 * stops the others. Only a few municipalities are in flight at a time, so memory does not grow with the batch.
 *
 * <p>Files that cannot be written are reported in one line per municipality. A full (or read-only) disk stops the
 * batch: nothing else would fit, so no other municipality is tried, and only the first one that found it says so.
 */
public final class BatchGenerator {
    /** Municipalities in flight per rendering thread: enough to keep the threads busy, few enough for memory. */
    private static final int IN_FLIGHT_PER_THREAD = 3;
    /** Threads that write (and sync) files, so the rendering threads never wait for the disk. */
    private static final int IO_THREADS = 2;

    private final ChecklistCatalog catalog;
    private final MunicipioReader reader;
    private final TemplateEngine engine;
    private final MarkdownToDoc markdown;
    private final Map<String, DocWriter> writers;
    private final OutputLayout layout;
    private final FileSink sink;
    private final int threads;
    private final boolean debug;

    /**
     * @param writers the writers for the requested formats, by {@link DocWriter#format()}, in output order
     */
    public BatchGenerator(ChecklistCatalog catalog, TemplateEngine engine, List<DocWriter> writers,
            OutputLayout layout, int threads, boolean debug) {
        this(catalog, engine, writers, layout, FileSink.ATOMIC, threads, debug);
    }

    /** With another place to write the files to (a disk that fills up, in a test). */
    BatchGenerator(ChecklistCatalog catalog, TemplateEngine engine, List<DocWriter> writers, OutputLayout layout,
            FileSink sink, int threads, boolean debug) {
        this.catalog = catalog;
        this.reader = new MunicipioReader(catalog);
        this.engine = engine;
        this.markdown = new MarkdownToDoc();
        Map<String, DocWriter> byFormat = new LinkedHashMap<>();
        for (DocWriter w : writers) {
            byFormat.put(w.format(), w);
        }
        this.writers = byFormat;
        this.layout = layout;
        this.sink = sink;
        this.threads = Math.max(1, threads);
        this.debug = debug;
    }

    /**
     * Generates, calling {@code onOutcome} (on the calling thread) for each file in the order of
     * {@code request.files()} as soon as it and those before it are done.
     */
    public BatchSummary run(GenerateRequest request, Consumer<MunicipioOutcome> onOutcome)
            throws InterruptedException {
        ExecutorService pool = pool("gerar-oficios", threads);
        ExecutorService io = pool("gerar-oficios-gravacao", IO_THREADS);
        AtomicBoolean diskStop = new AtomicBoolean();
        try {
            prepareWriters(request, pool);
            List<InputFile> files = request.files();
            Map<Path, Problem> duplicates = duplicates(files, pool);
            int window = threads * IN_FLIGHT_PER_THREAD;
            Deque<CompletableFuture<Generated>> inFlight = new ArrayDeque<>();
            int submitted = 0;
            boolean stopReported = false;
            BatchSummary summary = new BatchSummary(0, 0, 0, 0);
            for (int next = 0; next < submitted || submitted < files.size() && !diskStop.get(); next++) {
                while (submitted < files.size() && submitted - next < window && !diskStop.get()) {
                    inFlight.addLast(start(files.get(submitted), request, pool, io, duplicates, diskStop));
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
                            List.of(shown + ": " + unexpected(e.getCause())), List.of());
                }
                if (o.diskStop() && (stopReported || o.failures().isEmpty())) {
                    // The disk was found full by another municipality: said once, counted here.
                    summary = summary.plusStopped(1, o.written().size());
                    continue;
                }
                stopReported |= o.diskStop();
                onOutcome.accept(o);
                summary = summary.plus(o);
            }
            return summary.plusStopped(files.size() - submitted, 0);
        } finally {
            pool.shutdownNow();
            io.shutdownNow();
        }
    }

    /**
     * Reads, renders and writes one municipality. The documents' trees come back too (the e-mail body is the
     * document itself).
     */
    public Generated generate(InputFile input, GenerateRequest request) {
        return generate(input, request, Map.of());
    }

    /**
     * {@link #generate(InputFile, GenerateRequest)} for one file of several: a file in {@code duplicates} (see
     * {@link #duplicates(List)}) is refused with its error, as {@link #run} refuses it.
     */
    public Generated generate(InputFile input, GenerateRequest request, Map<Path, Problem> duplicates) {
        ExecutorService pool = pool("gerar-oficios", threads);
        try {
            return await(start(input, request, pool, pool, duplicates, new AtomicBoolean()));
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
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The expensive first-use work of the writers (library classes, the fonts of a rendering thread, the DOCX
     * styles), started while the first municipality file is still being read.
     */
    private void prepareWriters(GenerateRequest request, ExecutorService pool) {
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
     * The files of a run that are a copy of another file's municipality (see {@link DuplicateMunicipios}), with the
     * error that says so, for callers that generate the files one by one ({@code enviar}).
     */
    public Map<Path, Problem> duplicates(List<InputFile> files) throws InterruptedException {
        ExecutorService pool = pool("gerar-oficios", threads);
        try {
            return duplicates(files, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The files of the run that are a copy of another file's municipality (see {@link DuplicateMunicipios}): they
     * are refused instead of mixing their documents with the other file's. This is a first, parallel reading of
     * every file that keeps only its key (the batch reads each file again when it renders it), so memory does not
     * grow with the batch; one file can have no copy.
     */
    private Map<Path, Problem> duplicates(List<InputFile> files, Executor pool) throws InterruptedException {
        if (files.size() < 2) {
            return Map.of();
        }
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
     * @param diskStop set when the output disk is full or read-only: the municipalities not yet written are not
     *        rendered nor written
     */
    private CompletableFuture<Generated> start(InputFile input, GenerateRequest request, Executor pool, Executor io,
            Map<Path, Problem> duplicates, AtomicBoolean diskStop) {
        return CompletableFuture.supplyAsync(() -> reader.read(input.path(), input.shown()), pool)
                .thenCompose(read -> {
                    if (diskStop.get() && read.ok()) {
                        return CompletableFuture.completedFuture(stopped(input.shown(), read));
                    }
                    if (!read.ok()) {
                        return CompletableFuture.completedFuture(new Generated(new MunicipioOutcome(input.shown(),
                                null, List.of(), read.problems(), List.of(), List.of()), null, Map.of()));
                    }
                    if (duplicates.containsKey(input.shown())) {
                        return CompletableFuture.completedFuture(new Generated(new MunicipioOutcome(input.shown(),
                                null, List.of(), DuplicateMunicipios.apply(read, duplicates).problems(), List.of(),
                                List.of()), null, Map.of()));
                    }
                    Municipio m = read.municipio();
                    Map<String, Object> model = TemplateModel.of(m, catalog, request.env(), request.today());
                    List<CompletableFuture<DocResult>> docs = new ArrayList<>();
                    for (DocumentId id : DocumentId.values()) {
                        if (request.documents().contains(id)) {
                            docs.add(document(id, m, model, request, input.shown(), pool));
                        }
                    }
                    return CompletableFuture.allOf(docs.toArray(CompletableFuture[]::new))
                            .thenApplyAsync(v -> write(input.shown(), read, docs, diskStop), io);
                });
    }

    /** One document: its text and tree in one task, then each format in a task of its own. */
    private CompletableFuture<DocResult> document(DocumentId id, Municipio m, Map<String, Object> model,
            GenerateRequest request, Path shown, Executor pool) {
        return CompletableFuture.supplyAsync(() -> text(id, m, model, request, shown), pool).thenCompose(text -> {
            if (text.failure() != null || text.doc() == null) {
                return CompletableFuture.completedFuture(text);
            }
            List<String> formats = new ArrayList<>();
            List<CompletableFuture<Attempt>> outputs = new ArrayList<>();
            for (String format : request.formats()) {
                DocWriter w = writers.get(format);
                if (w != null) {
                    formats.add(format);
                    outputs.add(CompletableFuture.supplyAsync(() -> attempt(w, text.doc()), pool));
                }
            }
            return CompletableFuture.allOf(outputs.toArray(CompletableFuture[]::new)).thenApply(v -> {
                Map<String, FileOut> files = new LinkedHashMap<>();
                List<String> warnings = new ArrayList<>(text.warnings());
                for (int i = 0; i < outputs.size(); i++) {
                    Attempt a = outputs.get(i).join();
                    if (a.error() != null) {
                        // The first format that failed, like writing them one after the other would report.
                        return new DocResult(id, text.warnings(), Map.of(), text.doc(),
                                shown + ": " + id.id() + ": " + message(a.error()));
                    }
                    files.put(id.fileName(formats.get(i)), new FileOut(a.written().bytes(), false));
                    for (String w : a.written().warnings()) {
                        warnings.add(shown + ": " + id.id() + ": aviso: " + w);
                    }
                }
                return new DocResult(id, warnings, files, text.doc(), null);
            });
        });
    }

    private DocResult text(DocumentId id, Municipio m, Map<String, Object> model, GenerateRequest request,
            Path shown) {
        List<String> warnings = new ArrayList<>();
        try {
            if (!id.markdown()) {
                Map<String, FileOut> files = new LinkedHashMap<>();
                for (DocumentId.PlainFile f : id.plainFiles(m.instalacao().sistemaOperacional())) {
                    RenderedText text = engine.render(id, f, model);
                    for (String w : text.warnings()) {
                        warnings.add(shown + ": " + id.id() + ": aviso: " + w);
                    }
                    files.put(f.fileName(), new FileOut(PlainText.bytes(text.text(), f.crlfBom()), f.secret()));
                }
                return new DocResult(id, warnings, files, null, null);
            }
            RenderedText text = engine.render(id, model);
            for (String w : text.warnings()) {
                warnings.add(shown + ": " + id.id() + ": aviso: " + w);
            }
            Doc doc = markdown.parse(text.text(), DocMetaFactory.of(id, m, request.today()));
            return new DocResult(id, warnings, Map.of(), doc, null);
        } catch (RenderException | MarkdownException | RuntimeException e) {
            return new DocResult(id, warnings, Map.of(), null, shown + ": " + id.id() + ": " + message(e));
        }
    }

    private static Attempt attempt(DocWriter w, Doc doc) {
        try {
            return new Attempt(w.writeWithWarnings(doc), null);
        } catch (WriteException | RuntimeException e) {
            return new Attempt(null, e);
        }
    }

    /**
     * Writes a municipality's files once all of its documents are done. Each file on its own: one that cannot be
     * written (a folder in its place, say) does not stop the others, and all that could not be written are said in
     * one line. A full or read-only disk stops this municipality and sets {@code diskStop}, which stops the batch.
     */
    private Generated write(Path file, ReadResult read, List<CompletableFuture<DocResult>> docs,
            AtomicBoolean diskStop) {
        Municipio m = read.municipio();
        List<String> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, FileOut> files = new LinkedHashMap<>();
        Map<DocumentId, Doc> trees = new EnumMap<>(DocumentId.class);
        for (CompletableFuture<DocResult> f : docs) {
            DocResult r = f.join();
            warnings.addAll(r.warnings());
            if (r.failure() != null) {
                failures.add(r.failure());
            } else {
                files.putAll(r.files());
            }
            if (r.doc() != null) {
                trees.put(r.id(), r.doc());
            }
        }
        if (diskStop.get()) {
            return stopped(file, read);
        }
        Path folder;
        List<Path> written = new ArrayList<>();
        try {
            folder = layout.folder(m);
        } catch (IOException e) {
            failures.add(file + ": não foi possível gravar em " + layout.root() + ": " + IoMessages.of(e));
            return new Generated(new MunicipioOutcome(file, layout.root(), written, read.problems(), failures,
                    warnings), m, trees);
        }
        if (files.isEmpty()) {
            return new Generated(new MunicipioOutcome(file, folder, written, read.problems(), failures, warnings), m,
                    trees);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            boolean stop = stopsTheBatch(e);
            if (stop && !diskStop.compareAndSet(false, true)) {
                return stopped(file, read);
            }
            failures.add(file + ": não foi possível criar a pasta " + folder + ": " + IoMessages.reason(e));
            return new Generated(new MunicipioOutcome(file, folder, written, read.problems(), failures, warnings,
                    stop), m, trees);
        }
        // Each reason, with the files it stopped, in order.
        Map<String, List<String>> unwritten = new LinkedHashMap<>();
        boolean stop = false;
        for (Map.Entry<String, FileOut> f : files.entrySet()) {
            if (diskStop.get()) {
                stop = true;
                break;
            }
            Path target = folder.resolve(f.getKey());
            try {
                sink.write(target, f.getValue().bytes(), f.getValue().secret());
                written.add(target);
            } catch (IOException e) {
                if (stopsTheBatch(e)) {
                    stop = true;
                    if (!diskStop.compareAndSet(false, true)) {
                        break;
                    }
                }
                unwritten.computeIfAbsent(IoMessages.reason(e), k -> new ArrayList<>()).add(f.getKey());
                if (stop) {
                    break;
                }
            }
        }
        if (!unwritten.isEmpty()) {
            failures.add(file + ": " + unwritten(folder, files.size(), files.size() - written.size(), unwritten,
                    stop));
        } else if (stop) {
            // Another municipality found the disk full while this one was being written: said once, by it.
            return new Generated(new MunicipioOutcome(file, folder, written, List.of(), List.of(), List.of(), true),
                    m, trees);
        }
        return new Generated(new MunicipioOutcome(file, folder, written, read.problems(), failures, warnings, stop),
                m, trees);
    }

    /** A municipality not written because the disk had been found full: nothing to say, the batch counts it. */
    private Generated stopped(Path file, ReadResult read) {
        return new Generated(new MunicipioOutcome(file, layout.root(), List.of(), List.of(), List.of(), List.of(),
                true), read.municipio(), Map.of());
    }

    /** A full or read-only disk: no other file of the batch can be written. */
    private static boolean stopsTheBatch(IOException e) {
        return IoMessages.diskFull(e) || IoMessages.readOnlyDisk(e);
    }

    /**
     * The one line for the files of a municipality that could not be written.
     *
     * @param total the files the municipality has
     * @param missing the files not written (those that failed and, after a full disk, those not tried)
     * @param reasons each reason, with the files it stopped
     * @param stop the disk is full and the batch stops: the line counts the files left unwritten in the folder, however
     *        many, since the ones after are not tried (the same line whichever file the disk filled on)
     */
    static String unwritten(Path folder, int total, int missing, Map<String, List<String>> reasons, boolean stop) {
        if (!stop && missing == 1 && reasons.size() == 1) {
            Map.Entry<String, List<String>> only = reasons.entrySet().iterator().next();
            return "não foi possível gravar " + folder.resolve(only.getValue().get(0)) + ": " + only.getKey();
        }
        String which = missing == total ? "nenhum dos " + total + " arquivos"
                : missing + " de " + total + " arquivos";
        StringBuilder sb = new StringBuilder("não foi possível gravar ").append(which).append(" em ").append(folder)
                .append(": ");
        if (reasons.size() == 1) {
            return sb.append(reasons.keySet().iterator().next()).toString();
        }
        boolean first = true;
        for (Map.Entry<String, List<String>> r : reasons.entrySet()) {
            sb.append(first ? "" : "; ").append(String.join(", ", r.getValue())).append(": ").append(r.getKey());
            first = false;
        }
        return sb.toString();
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

    private String message(Exception e) {
        if (e instanceof RuntimeException) {
            return unexpected(e);
        }
        if (debug && e.getCause() != null) {
            return e.getMessage() + "\n" + stackTrace(e.getCause());
        }
        return e.getMessage();
    }

    private static String stackTrace(Throwable t) {
        java.io.StringWriter sw = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(sw));
        return sw.toString();
    }

    /** What failed unexpectedly (a bug, or the machine): Portuguese, with the Java details only with --debug. */
    private String unexpected(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return "memória insuficiente; gere menos municípios de cada vez ou dê mais memória ao Java"
                    + " (ex.: JAVA_TOOL_OPTIONS=-Xmx2g)";
        }
        if (debug) {
            return "erro inesperado:\n" + stackTrace(t);
        }
        return "erro inesperado; rode de novo com --debug para ver os detalhes e relate o problema";
    }

    private record FileOut(byte[] bytes, boolean secret) {
    }

    /** A writer's output (with its warnings), or what went wrong. */
    private record Attempt(DocWriter.Written written, Exception error) {
    }

    /**
     * One document of a municipality: its warnings, its files (by name, in format order), its tree (Markdown-based
     * documents) and, when it failed, the failure line (then no file).
     */
    private record DocResult(DocumentId id, List<String> warnings, Map<String, FileOut> files, Doc doc,
            String failure) {
    }
}
