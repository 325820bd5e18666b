package br.esus.oficios.read;

import br.esus.oficios.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Turns the command line's files and folders into the list of municipality files to read. */
public final class MunicipioFiles {

    /** The files to read, in order and without repetitions, and a problem for each path that gave nothing. */
    public record Expansion(List<Path> files, List<Problem> problems) {
        public Expansion {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    private MunicipioFiles() {
    }

    /**
     * Files are kept as given (whatever their extension); a folder gives its {@code *.yaml} and {@code *.yml}
     * files (not its subfolders, not hidden files), sorted by name. A path that does not exist, or a folder
     * without YAML files, is reported as an error.
     */
    public static Expansion expand(List<Path> argsOrFolders) {
        List<Path> files = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (Path arg : argsOrFolders) {
            if (Files.isDirectory(arg)) {
                List<Path> inFolder = yamlFiles(arg, problems);
                if (inFolder != null && inFolder.isEmpty()) {
                    problems.add(Problem.error(arg, 0, 0, "", "a pasta não tem arquivos .yaml; crie um com "
                            + "`gerar-oficios novo UF \"Nome do município\"`"));
                }
                if (inFolder != null) {
                    inFolder.forEach(f -> add(f, files, seen));
                }
            } else if (Files.exists(arg)) {
                add(arg, files, seen);
            } else {
                problems.add(Problem.error(arg, 0, 0, "", "arquivo ou pasta não encontrado; confira o caminho"));
            }
        }
        return new Expansion(files, problems);
    }

    private static void add(Path file, List<Path> files, Set<Path> seen) {
        if (seen.add(file.toAbsolutePath().normalize())) {
            files.add(file);
        }
    }

    private static List<Path> yamlFiles(Path folder, List<Problem> problems) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(MunicipioFiles::isMunicipioFile)
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            problems.add(Problem.error(folder, 0, 0, "", "não foi possível listar a pasta (" + e.getMessage()
                    + "); confira as permissões"));
            return null;
        }
    }

    /** A file a folder gives: {@code *.yaml} or {@code *.yml}, not hidden. */
    public static boolean isMunicipioFile(Path p) {
        String name = p.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (lower.endsWith(".yaml") || lower.endsWith(".yml"));
    }
}
