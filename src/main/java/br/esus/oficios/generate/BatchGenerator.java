package br.esus.oficios.generate;

import br.esus.oficios.doc.Doc;
import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.output.AtomicFiles;
import br.esus.oficios.output.OutputLayout;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Renders every document of every municipality: one reader, one template engine, one set of writers for the whole
 * batch; municipalities in parallel. Each municipality is rendered completely in memory first and only then written,
 * file by file and atomically, so a failure never leaves a half-written file, and one municipality's failure never
 * stops the others.
 */
public final class BatchGenerator {
    private final ChecklistCatalog catalog;
    private final MunicipioReader reader;
    private final TemplateEngine engine;
    private final MarkdownToDoc markdown;
    private final Map<String, DocWriter> writers;
    private final OutputLayout layout;
    private final int threads;
    private final boolean debug;

    /**
     * @param writers the writers for the requested formats, by {@link DocWriter#format()}, in output order
     */
    public BatchGenerator(ChecklistCatalog catalog, TemplateEngine engine, List<DocWriter> writers,
            OutputLayout layout, int threads, boolean debug) {
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
        this.threads = Math.max(1, threads);
        this.debug = debug;
    }

    /**
     * Generates, calling {@code onOutcome} for each file in the order of {@code request.files()} as soon as it and
     * those before it are done.
     */
    public BatchSummary run(GenerateRequest request, Consumer<MunicipioOutcome> onOutcome)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, request.files().size())),
                r -> {
                    Thread t = new Thread(r, "gerar-oficios");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<Future<MunicipioOutcome>> futures = new ArrayList<>();
            for (InputFile file : request.files()) {
                futures.add(pool.submit(() -> generate(file, request).outcome()));
            }
            BatchSummary summary = new BatchSummary(0, 0, 0, 0);
            for (int i = 0; i < futures.size(); i++) {
                MunicipioOutcome o;
                try {
                    o = futures.get(i).get();
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    Path shown = request.files().get(i).shown();
                    o = new MunicipioOutcome(shown, null, List.of(), List.of(),
                            List.of(shown + ": erro inesperado: " + c), List.of());
                }
                futures.set(i, null);
                onOutcome.accept(o);
                summary = summary.plus(o);
            }
            return summary;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Reads, renders and writes one municipality. The documents' trees come back too (the e-mail body is the
     * document itself).
     */
    public Generated generate(InputFile input, GenerateRequest request) {
        Path file = input.shown();
        ReadResult read = reader.read(input.path(), file);
        if (!read.ok()) {
            return new Generated(new MunicipioOutcome(file, null, List.of(), read.problems(), List.of(), List.of()),
                    null, Map.of());
        }
        Municipio m = read.municipio();
        List<String> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Object> model = TemplateModel.of(m, catalog, request.env(), request.today());
        Map<String, FileOut> files = new LinkedHashMap<>();
        Map<DocumentId, Doc> docs = new EnumMap<>(DocumentId.class);
        for (DocumentId id : DocumentId.values()) {
            if (!request.documents().contains(id)) {
                continue;
            }
            try {
                files.putAll(render(id, m, model, request, file, warnings, docs));
            } catch (RenderException | MarkdownException | WriteException | RuntimeException e) {
                failures.add(file + ": " + id.id() + ": " + message(e));
            }
        }
        Path folder;
        List<Path> written = new ArrayList<>();
        try {
            folder = layout.folder(m);
            for (Map.Entry<String, FileOut> f : files.entrySet()) {
                Path target = folder.resolve(f.getKey());
                AtomicFiles.write(target, f.getValue().bytes(), f.getValue().secret());
                written.add(target);
            }
        } catch (IOException e) {
            failures.add(file + ": não foi possível gravar em " + layout.root() + ": " + e.getMessage());
            folder = layout.root();
        }
        return new Generated(new MunicipioOutcome(file, folder, written, read.problems(), failures, warnings), m, docs);
    }

    private Map<String, FileOut> render(DocumentId id, Municipio m, Map<String, Object> model, GenerateRequest request,
            Path shown, List<String> warnings, Map<DocumentId, Doc> docs) throws RenderException, MarkdownException, WriteException {
        RenderedText text = engine.render(id, model);
        for (String w : text.warnings()) {
            warnings.add(shown + ": " + id.id() + ": aviso: " + w);
        }
        Map<String, FileOut> out = new LinkedHashMap<>();
        if (!id.markdown()) {
            out.put(id.fileName(""), new FileOut(text.text().getBytes(StandardCharsets.UTF_8), true));
            return out;
        }
        Doc doc = markdown.parse(text.text(), DocMetaFactory.of(id, m, request.today()));
        docs.put(id, doc);
        for (String format : request.formats()) {
            DocWriter w = writers.get(format);
            if (w != null) {
                out.put(id.fileName(format), new FileOut(w.write(doc), false));
            }
        }
        return out;
    }

    private String message(Exception e) {
        String msg = e.getMessage();
        if (!(e instanceof RuntimeException)) {
            return msg;
        }
        if (debug) {
            java.io.StringWriter sw = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(sw));
            return "erro inesperado:\n" + sw;
        }
        return "erro inesperado (" + e.getClass().getSimpleName() + (msg == null ? "" : ": " + msg)
                + "); rode de novo com --debug e relate o problema";
    }

    private record FileOut(byte[] bytes, boolean secret) {
    }
}
