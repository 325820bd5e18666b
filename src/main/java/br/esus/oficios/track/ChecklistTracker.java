package br.esus.oficios.track;

import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.output.AtomicFiles;
import br.esus.oficios.output.IoMessages;
import br.esus.oficios.read.DuplicateMunicipios;
import br.esus.oficios.read.ReadResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code gerar-oficios checklist}: every municipality's deployment at a glance. The CLI reads the files, then calls
 * {@link #run}; this class prints the problems, builds the {@link ChecklistMatrix}, renders it and says what it did.
 */
public final class ChecklistTracker {
    /** Exit code: every file valid and the view written. */
    public static final int OK = 0;
    /** Exit code: some file invalid (the others are still shown) or the output could not be written. */
    public static final int INVALID = 1;
    /** Exit code: bad combination of options (xlsx without {@code --saida}). */
    public static final int USAGE = 2;

    private ChecklistTracker() {
    }

    /**
     * Runs the command.
     *
     * @param results every file read, valid or not, in any order
     * @param catalog the checklist catalog ({@code templates/checklist.yaml})
     * @param outputDir the output folder ({@code -o/--saida} of the batch, default {@code output}); sends logs are read
     *        from {@code <outputDir>/<uf>-<slug>/envios.jsonl}
     * @param out where the view goes when {@code options.saida()} is null, and the one-line confirmation otherwise
     * @param err problems, one per line: every error and warning of {@code results} (the CLI must not print them
     *        again; on a terminal, only the warnings, since the view lists the invalid files' errors), unreadable
     *        lines of the sends logs, and failures
     * @return {@link #OK}, {@link #INVALID} or {@link #USAGE}
     */
    public static int run(List<ReadResult> results, ChecklistCatalog catalog, Path outputDir, TrackOptions options,
            PrintStream out, PrintStream err) {
        return run(results, catalog, outputDir, options, LocalDate.now(), out, err);
    }

    /**
     * {@link #run(List, ChecklistCatalog, Path, TrackOptions, PrintStream, PrintStream)} on the day {@code hoje}: a
     * task that must be redone (the restore drill) is flagged when its date is older than its validity.
     */
    public static int run(List<ReadResult> results, ChecklistCatalog catalog, Path outputDir, TrackOptions options,
            LocalDate hoje, PrintStream out, PrintStream err) {
        if (options.formato().binary() && options.saida() == null) {
            err.println("gerar-oficios checklist: o formato " + options.formato().id()
                    + " precisa de --saida ARQ (ex.: --saida checklist." + options.formato().id() + ")");
            return USAGE;
        }
        List<ReadResult> checked = DuplicateMunicipios.applyAll(results);
        for (ReadResult r : checked) {
            (options.viewOnScreen() ? r.warnings() : r.problems()).forEach(p -> err.println(p.format()));
        }
        ChecklistMatrix matrix = ChecklistMatrix.ofChecked(checked, catalog, outputDir, hoje);
        matrix.avisos().forEach(p -> err.println(p.format()));
        MatrixRenderer renderer = MatrixRenderer.of(options);
        try {
            if (options.saida() == null) {
                renderer.render(matrix, out);
                out.flush();
            } else {
                AtomicFiles.write(options.saida(), o -> renderer.render(matrix, o), false);
                out.println("Checklist gravado em " + options.saida() + ": " + municipios(matrix.municipios().size())
                        + ", " + matrix.percentualGeral() + "% concluído.");
            }
        } catch (AtomicFiles.IsDirectoryException e) {
            String ext = options.formato() == TrackFormat.TABELA ? "txt" : options.formato().id();
            err.println("gerar-oficios checklist: não foi possível gravar " + onde(options) + ": é uma pasta; dê em"
                    + " --saida o nome de um arquivo (ex.: --saida " + options.saida().resolve("checklist." + ext)
                    + ")");
            return INVALID;
        } catch (IOException e) {
            err.println("gerar-oficios checklist: não foi possível gravar " + onde(options) + ": "
                    + IoMessages.reason(e, options.saida() == null ? "grave num arquivo com --saida"
                            : "escolha outro arquivo com --saida"));
            return INVALID;
        } catch (RuntimeException e) {
            err.println("gerar-oficios checklist: não foi possível gravar " + onde(options) + ": erro inesperado ao"
                    + " montar o " + options.formato().id() + "; tente outro --formato e relate o problema");
            return INVALID;
        }
        if (!matrix.invalidos().isEmpty()) {
            int n = matrix.invalidos().size();
            err.println(n + (n == 1 ? " arquivo inválido ficou" : " arquivos inválidos ficaram")
                    + " fora do checklist; corrija os erros " + (options.viewOnScreen() ? "listados." : "acima."));
            return INVALID;
        }
        return OK;
    }

    /** {@link #run(List, ChecklistCatalog, Path, TrackOptions, PrintStream, PrintStream)} with problems on stderr. */
    public static int run(List<ReadResult> results, ChecklistCatalog catalog, Path outputDir, TrackOptions options,
            PrintStream out) {
        return run(results, catalog, outputDir, options, out, System.err);
    }

    /** Only builds the matrix, for callers that render it themselves. */
    public static ChecklistMatrix matrix(List<ReadResult> results, ChecklistCatalog catalog, Path outputDir) {
        return ChecklistMatrix.build(results, catalog, outputDir);
    }

    private static String municipios(int n) {
        return n + (n == 1 ? " município" : " municípios");
    }

    private static String onde(TrackOptions options) {
        return options.saida() == null ? "a saída" : options.saida().toString();
    }
}
