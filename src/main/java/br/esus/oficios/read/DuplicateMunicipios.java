package br.esus.oficios.read;

import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the files of a run that are another file's copy of the same municipality: the same output folder
 * ({@code <uf>-<slug>}) or the same IBGE code. Of each such group one file is used: the one named as
 * {@code gerar-oficios novo} names it ({@code <uf>-<slug>.yaml}), else the first in the run's order; every other
 * one gets an error naming the file that is used, so that the user deletes the right one. {@code validar},
 * {@code gerar} and {@code checklist} all decide the same way.
 */
public final class DuplicateMunicipios {

    /** What identifies a valid file's municipality; small, so a whole state's keys fit in memory. */
    public record Key(Path file, String folder, String codigoIbge, String nome, String uf, boolean canonicalName) {
    }

    private DuplicateMunicipios() {
    }

    /** The key of a valid file; empty for an invalid one (its errors already keep it out). */
    public static Optional<Key> key(ReadResult r) {
        if (!r.ok()) {
            return Optional.empty();
        }
        Municipio m = r.municipio();
        String folder = m.outputFolderName();
        Path name = r.file() == null ? null : r.file().getFileName();
        boolean canonical = name != null
                && (name.toString().equals(folder + ".yaml") || name.toString().equals(folder + ".yml"));
        return Optional.of(new Key(r.file(), folder, m.municipio().codigoIbge(), m.municipio().nome(),
                m.municipio().uf().name(), canonical));
    }

    /** The keys of the valid results, in order. */
    public static List<Key> keys(List<ReadResult> results) {
        List<Key> keys = new ArrayList<>();
        for (ReadResult r : results) {
            key(r).ifPresent(keys::add);
        }
        return keys;
    }

    /**
     * @param keys the valid files, in the run's order
     * @return the error of each file that is not used, by its path, in the run's order
     */
    public static Map<Path, Problem> find(List<Key> keys) {
        List<Key> byPreference = new ArrayList<>(keys);
        byPreference.sort(Comparator.comparing(k -> k.canonicalName() ? 0 : 1)); // stable: then the run's order
        Map<String, Key> folders = new HashMap<>();
        Map<String, Key> codes = new HashMap<>();
        Map<Path, Problem> found = new HashMap<>();
        for (Key k : byPreference) {
            Key used = folders.get(k.folder());
            if (used != null) {
                found.put(k.file(), Problem.error(k.file(), 0, 0, "municipio", "é o mesmo município ("
                        + k.nome() + "/" + k.uf() + ") de " + used.file() + ", que é o arquivo usado: os dois "
                        + "gravariam em " + k.folder() + "/; apague esta cópia ou corrija o nome e a UF"));
                continue;
            }
            used = codes.get(k.codigoIbge());
            if (used != null) {
                found.put(k.file(), Problem.error(k.file(), 0, 0, "municipio.codigo_ibge", "o código "
                        + k.codigoIbge() + " já é de " + used.file() + " (" + used.nome() + "/" + used.uf()
                        + "), que é o arquivo usado: um município não pode estar em dois arquivos; apague esta "
                        + "cópia ou corrija o código"));
                continue;
            }
            folders.put(k.folder(), k);
            codes.put(k.codigoIbge(), k);
        }
        Map<Path, Problem> inOrder = new LinkedHashMap<>();
        for (Key k : keys) {
            Problem p = found.get(k.file());
            if (p != null) {
                inOrder.put(k.file(), p);
            }
        }
        return inOrder;
    }

    /** Every result, each copy of another file's municipality turned into an invalid result with its error. */
    public static List<ReadResult> applyAll(List<ReadResult> results) {
        Map<Path, Problem> duplicates = find(keys(results));
        if (duplicates.isEmpty()) {
            return results;
        }
        return results.stream().map(r -> apply(r, duplicates)).toList();
    }

    /** The result with its duplicate error added (and no municipality), or the result itself. */
    public static ReadResult apply(ReadResult r, Map<Path, Problem> duplicates) {
        Problem p = duplicates.get(r.file());
        if (p == null) {
            return r;
        }
        List<Problem> problems = new ArrayList<>(r.problems());
        problems.add(p);
        return new ReadResult(r.file(), null, problems);
    }
}
