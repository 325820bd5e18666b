package br.esus.oficios.track;

import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.Problem;
import br.esus.oficios.model.TabelaVersoesPec;
import br.esus.oficios.output.AtomicFiles;
import br.esus.oficios.read.DuplicateMunicipios;
import br.esus.oficios.read.ReadResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code gerar-oficios checklist}: every municipality's deployment at a glance. {@link #track} builds the
 * {@link ChecklistMatrix} from the files read and says which files had problems; {@link #write} renders it. Neither
 * prints a message nor knows an exit code: the CLI says what happened.
 */
public final class ChecklistTracker {

    /**
     * What the files and the sends logs gave.
     *
     * @param matrix the view's content; its {@link ChecklistMatrix#warnings()} are the sends logs' unreadable lines
     * @param fileProblems every error and warning of the files read, file by file, in the order given (a copy of
     *        another file's municipality has its error here too)
     */
    public record Findings(ChecklistMatrix matrix, List<Problem> fileProblems) {
        public Findings {
            fileProblems = List.copyOf(fileProblems);
        }
    }

    /** What came of writing the view. */
    public sealed interface WriteOutcome {
        /** Written to the file ({@link TrackOptions#outputFile()}), or to the stream when that is null. */
        record Written(Path file) implements WriteOutcome {
        }

        /** The output file is a folder. */
        record IsAFolder(Path file) implements WriteOutcome {
        }

        /** The output could not be written. */
        record Failed(IOException cause) implements WriteOutcome {
        }

        /** The renderer failed: a bug, not the user's doing. */
        record RenderFailed(RuntimeException cause) implements WriteOutcome {
        }
    }

    private ChecklistTracker() {
    }

    /**
     * Builds the matrix.
     *
     * @param results every file read, valid or not, in any order
     * @param catalog the checklist catalog ({@code templates/checklist.yaml})
     * @param versoes the PEC versions table ({@code templates/versoes-pec.yaml})
     * @param outputDir the output folder of the batch; sends logs are read from
     *        {@code <outputDir>/<uf>-<slug>/envios.jsonl}; null reads none
     * @param today the day a task that must be redone (the restore drill) is due by, and the day the PEC versions
     *        are judged on
     */
    public static Findings track(List<ReadResult> results, ChecklistCatalog catalog, TabelaVersoesPec versoes,
            Path outputDir, LocalDate today) {
        List<ReadResult> checked = DuplicateMunicipios.applyAll(results);
        List<Problem> problems = checked.stream().flatMap(r -> r.problems().stream()).toList();
        return new Findings(ChecklistMatrix.of(checked, catalog, versoes, outputDir, today), problems);
    }

    /**
     * Renders {@code matrix} in {@code options.format()}: to {@code options.outputFile()}, replaced atomically, or to
     * {@code out} when that is null.
     */
    public static WriteOutcome write(ChecklistMatrix matrix, TrackOptions options, OutputStream out) {
        MatrixRenderer renderer = MatrixRenderer.of(options);
        try {
            if (options.outputFile() == null) {
                renderer.render(matrix, out);
                out.flush();
            } else {
                AtomicFiles.write(options.outputFile(), o -> renderer.render(matrix, o), false);
            }
            return new WriteOutcome.Written(options.outputFile());
        } catch (AtomicFiles.IsDirectoryException e) {
            return new WriteOutcome.IsAFolder(options.outputFile());
        } catch (IOException e) {
            return new WriteOutcome.Failed(e);
        } catch (RuntimeException e) {
            return new WriteOutcome.RenderFailed(e);
        }
    }
}
