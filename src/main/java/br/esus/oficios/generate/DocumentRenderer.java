package br.esus.oficios.generate;

import br.esus.oficios.doc.Doc;
import br.esus.oficios.generate.DocResult.FileOut;
import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.DocumentProblem;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.TabelaVersoesPec;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * Renders one municipality's documents, finely split so that every core helps even for one municipality: each
 * document's text and tree in a task of its own, then each of its formats in a task of its own. A document that
 * fails in one format has no file in any.
 */
final class DocumentRenderer {
    private final ChecklistCatalog catalog;
    private final TabelaVersoesPec versoes;
    private final TemplateEngine engine;
    private final MarkdownToDoc markdown = new MarkdownToDoc();
    private final Map<String, DocWriter> writers;
    private final Failures failures;

    /** @param writers the writers of the run, by {@link DocWriter#format()} */
    DocumentRenderer(ChecklistCatalog catalog, TabelaVersoesPec versoes, TemplateEngine engine,
            Map<String, DocWriter> writers, Failures failures) {
        this.catalog = catalog;
        this.versoes = versoes;
        this.engine = engine;
        this.writers = writers;
        this.failures = failures;
    }

    /** The requested documents of {@code m}, in {@link DocumentId} order, each as it completes. */
    List<CompletableFuture<DocResult>> render(Municipio m, GenerateRequest request, Path shown, Executor pool) {
        Map<String, Object> model = TemplateModel.of(m, catalog, versoes, request.env(), request.today());
        List<CompletableFuture<DocResult>> docs = new ArrayList<>();
        for (DocumentId id : DocumentId.values()) {
            if (request.documents().contains(id)) {
                docs.add(document(id, m, model, request, shown, pool));
            }
        }
        return docs;
    }

    /**
     * Renders {@code m}'s documents again, in every requested format, on the calling thread, one step (a document's
     * text, one of its formats) at a time while {@code keepGoing} says yes, and drops what it made: a rehearsal, so
     * that the JIT compiler has compiled what a real run runs before someone waits for it ({@link Warmup}). Writers
     * with a memory of earlier documents write anyway ({@link DocWriter#withoutMemory()}); a failure is left to the
     * real run to report.
     *
     * @return whether every step ran
     */
    boolean rehearse(Municipio m, GenerateRequest request, Path shown, BooleanSupplier keepGoing) {
        Map<String, Object> model = TemplateModel.of(m, catalog, versoes, request.env(), request.today());
        for (DocumentId id : DocumentId.values()) {
            if (!request.documents().contains(id)) {
                continue;
            }
            if (!keepGoing.getAsBoolean()) {
                return false;
            }
            Doc doc = text(id, m, model, request, shown).doc();
            for (String format : doc == null ? List.<String>of() : request.formats()) {
                DocWriter w = writers.get(format);
                if (w != null) {
                    if (!keepGoing.getAsBoolean()) {
                        return false;
                    }
                    attempt(w.withoutMemory(), doc);
                }
            }
        }
        return true;
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
                List<DocumentProblem> warnings = new ArrayList<>(text.warnings());
                for (int i = 0; i < outputs.size(); i++) {
                    Attempt a = outputs.get(i).join();
                    if (a.error() != null) {
                        // The first format that failed, like writing them one after the other would report.
                        return new DocResult(id, text.warnings(), Map.of(), text.doc(),
                                DocumentProblem.error(shown, id.id(), failures.message(a.error())));
                    }
                    files.put(id.fileName(formats.get(i)), new FileOut(a.written().bytes(), false));
                    for (String w : a.written().warnings()) {
                        warnings.add(DocumentProblem.warning(shown, id.id(), w));
                    }
                }
                return new DocResult(id, warnings, files, text.doc(), null);
            });
        });
    }

    private DocResult text(DocumentId id, Municipio m, Map<String, Object> model, GenerateRequest request,
            Path shown) {
        List<DocumentProblem> warnings = new ArrayList<>();
        try {
            if (!id.markdown()) {
                Map<String, FileOut> files = new LinkedHashMap<>();
                for (DocumentId.PlainFile f : id.plainFiles(m.instalacao().sistemaOperacional())) {
                    RenderedText text = engine.render(id, f, model);
                    text.warnings().forEach(w -> warnings.add(DocumentProblem.warning(shown, id.id(), w)));
                    files.put(f.fileName(), new FileOut(PlainText.bytes(text.text(), f.crlfBom()), f.secret()));
                }
                return new DocResult(id, warnings, files, null, null);
            }
            RenderedText text = engine.render(id, model);
            text.warnings().forEach(w -> warnings.add(DocumentProblem.warning(shown, id.id(), w)));
            Doc doc = markdown.parse(text.text(), DocMetaFactory.of(id, m, request.today()));
            return new DocResult(id, warnings, Map.of(), doc, null);
        } catch (RenderException | MarkdownException | RuntimeException e) {
            return new DocResult(id, warnings, Map.of(), null,
                    DocumentProblem.error(shown, id.id(), failures.message(e)));
        }
    }

    private static Attempt attempt(DocWriter w, Doc doc) {
        try {
            return new Attempt(w.writeWithWarnings(doc), null);
        } catch (WriteException | RuntimeException e) {
            return new Attempt(null, e);
        }
    }

    /** A writer's output (with its warnings), or what went wrong. */
    private record Attempt(DocWriter.Written written, Exception error) {
    }
}
