package br.esus.oficios.read;

import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads and validates one municipality file ({@code municipios/x.yaml}) into a {@link Municipio}, reporting every
 * problem of the file at once as {@code arquivo:linha:coluna: campo: mensagem}. Thread-safe: one instance can read
 * many files in parallel.
 */
public final class MunicipioReader {
    /** The keys of the file. */
    private static final FieldCatalog FIELDS = MunicipioFields.CATALOG;

    /** The example file named in messages. */
    static final String EXEMPLO = "municipios/ba-santo-amaro.yaml";

    private final ChecklistCatalog catalog;
    private final LocalDate today;
    private final YamlTree tree = new YamlTree();

    /** @param today the day of the run: dates in the file that expire (the certificate's) are judged against it */
    public MunicipioReader(ChecklistCatalog catalog, LocalDate today) {
        this.catalog = catalog;
        this.today = today;
    }

    /**
     * Reads {@code file}. The problems name the file as given (a relative path stays relative).
     *
     * @return the municipality, or a null municipality and every problem when anything is wrong
     */
    public ReadResult read(Path file) {
        return read(file, file);
    }

    /**
     * Reads {@code file} but names it {@code shownAs} in the problems and the result (a path relative to the user's
     * working directory, say). The municipality's own paths (the brasão) still resolve against {@code file}.
     */
    public ReadResult read(Path file, Path shownAs) {
        ReadResult r = readAs(file);
        if (shownAs.equals(file)) {
            return r;
        }
        List<Problem> renamed = r.problems().stream().map(p -> p.inFile(shownAs)).toList();
        return new ReadResult(shownAs, r.municipio(), renamed);
    }

    private ReadResult readAs(Path file) {
        List<Problem> problems = new ArrayList<>();
        Municipio municipio = null;
        byte[] bytes = readBytes(file, problems);
        if (bytes != null) {
            YamlNode.Mapping root = tree.parse(file, bytes, problems, "municipio:, prefeitura:, ... (um modelo "
                    + "pronto sai de `gerar-oficios novo UF \"Nome\"`; veja " + EXEMPLO + ")");
            if (root != null) {
                municipio = new MunicipioBinding(new FieldReader(file, problems::add, FIELDS, EXEMPLO), root, catalog, today)
                        .municipio();
            }
        }
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        boolean errors = problems.stream().anyMatch(p -> !p.warning());
        return new ReadResult(file, errors ? null : municipio, problems);
    }

    /** The file's bytes, or null after reporting why they cannot be read. */
    static byte[] readBytes(Path file, List<Problem> problems) {
        try {
            if (Files.isDirectory(file)) {
                problems.add(Problem.error(file, 0, 0, "", "é uma pasta, não um arquivo YAML"));
                return null;
            }
            long size = Files.size(file);
            if (size > YamlTree.MAX_BYTES) {
                problems.add(Problem.error(file, 0, 0, "", String.format("arquivo grande demais (%d bytes; o limite "
                        + "é 1 MiB); confira se é mesmo um arquivo de município", size)));
                return null;
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes(YamlTree.MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            problems.add(Problem.error(file, 0, 0, "", "arquivo não encontrado; confira o nome e a pasta"));
        } catch (AccessDeniedException e) {
            problems.add(Problem.error(file, 0, 0, "", "sem permissão para ler o arquivo; confira as permissões"));
        } catch (IOException e) {
            problems.add(Problem.error(file, 0, 0, "", "não foi possível ler o arquivo ("
                    + br.esus.oficios.output.IoMessages.readReason(e) + ")"));
        }
        return null;
    }
}
