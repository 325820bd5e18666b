package br.esus.oficios.generate;

import br.esus.oficios.doc.Doc;
import br.esus.oficios.generate.DocResult.FileOut;
import br.esus.oficios.model.DocumentProblem;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.output.FileSink;
import br.esus.oficios.output.IoMessages;
import br.esus.oficios.output.OutputLayout;
import br.esus.oficios.read.ReadResult;
import br.esus.oficios.render.DocumentId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Saves a municipality's files once all of its documents are done, file by file and atomically (the
 * {@link FileSink}): a failure never leaves a half-written file. One file that cannot be written (a folder in its
 * place, say) does not stop the others, and all that could not be written are said in one line. A full or
 * read-only disk stops this municipality and the batch ({@link DiskStop}).
 */
final class FolderWriter {
    private final OutputLayout layout;
    private final FileSink sink;

    FolderWriter(OutputLayout layout, FileSink sink) {
        this.layout = layout;
        this.sink = sink;
    }

    Generated write(Path file, ReadResult read, List<DocResult> docs, DiskStop diskStop) {
        Municipio m = read.municipio();
        List<DocumentProblem> failures = new ArrayList<>();
        List<DocumentProblem> warnings = new ArrayList<>();
        Map<String, FileOut> files = new LinkedHashMap<>();
        Map<DocumentId, Doc> trees = new EnumMap<>(DocumentId.class);
        for (DocResult r : docs) {
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
        if (diskStop.stopped()) {
            return stopped(file, read);
        }
        Path folder;
        List<Path> written = new ArrayList<>();
        try {
            folder = layout.folder(m);
        } catch (IOException e) {
            failures.add(DocumentProblem.error(file, null, "não foi possível gravar em " + layout.root() + ": "
                    + IoMessages.of(e)));
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
            DiskStop.Finding found = diskStop.found(e);
            if (found == DiskStop.Finding.AGAIN) {
                return stopped(file, read);
            }
            failures.add(DocumentProblem.error(file, null, "não foi possível criar a pasta " + folder + ": "
                    + IoMessages.reason(e)));
            return new Generated(new MunicipioOutcome(file, folder, written, read.problems(), failures, warnings,
                    found == DiskStop.Finding.FIRST), m, trees);
        }
        // Each reason, with the files it stopped, in order.
        Map<String, List<String>> unwritten = new LinkedHashMap<>();
        boolean stop = false;
        for (Map.Entry<String, FileOut> f : files.entrySet()) {
            if (diskStop.stopped()) {
                stop = true;
                break;
            }
            Path target = folder.resolve(f.getKey());
            try {
                sink.write(target, f.getValue().bytes(), f.getValue().secret());
                written.add(target);
            } catch (IOException e) {
                DiskStop.Finding found = diskStop.found(e);
                stop = found != DiskStop.Finding.NONE;
                if (found == DiskStop.Finding.AGAIN) {
                    break;
                }
                unwritten.computeIfAbsent(IoMessages.reason(e), k -> new ArrayList<>()).add(f.getKey());
                if (stop) {
                    break;
                }
            }
        }
        if (!unwritten.isEmpty()) {
            failures.add(DocumentProblem.error(file, null, unwritten(folder, files.size(),
                    files.size() - written.size(), unwritten, stop)));
        } else if (stop) {
            // Another municipality found the disk full while this one was being written: said once, by it.
            return new Generated(new MunicipioOutcome(file, folder, written, List.of(), List.of(), List.of(), true),
                    m, trees);
        }
        return new Generated(new MunicipioOutcome(file, folder, written, read.problems(), failures, warnings, stop),
                m, trees);
    }

    /** A municipality not written because the disk had been found full: nothing to say, the batch counts it. */
    Generated stopped(Path file, ReadResult read) {
        return new Generated(new MunicipioOutcome(file, layout.root(), List.of(), List.of(), List.of(), List.of(),
                true), read.municipio(), Map.of());
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
}
