package br.esus.oficios.cli;

import br.esus.oficios.generate.InputFile;
import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.TabelaVersoesPec;
import br.esus.oficios.read.ChecklistCatalogException;
import br.esus.oficios.read.ChecklistCatalogReader;
import br.esus.oficios.read.MunicipioFiles;
import br.esus.oficios.read.TemplateFiles;
import br.esus.oficios.read.VersoesPecException;
import br.esus.oficios.read.VersoesPecReader;
import java.nio.file.Path;
import java.util.List;

/**
 * The municipality files a command works on, the checklist catalog they are checked against and the PEC versions
 * table ({@code versoes-pec.yaml}).
 */
record InputSet(CliContext ctx, List<InputFile> files, ChecklistCatalog catalog, TabelaVersoesPec versoes,
        boolean hadProblems, boolean defaultFolder) {

    static final Path DEFAULT_FOLDER = Path.of("municipios");

    /**
     * Expands files and folders (default {@code municipios/}), loads the catalog, prints what went wrong.
     *
     * @throws picocli.CommandLine.ParameterException when the {@code --modelos} folder does not exist
     */
    static InputSet load(CliContext ctx, picocli.CommandLine cl, List<Path> inputs, Path modelos) {
        Choices.modelos(cl, ctx, modelos);
        boolean dflt = inputs == null || inputs.isEmpty();
        List<Path> given = dflt ? List.of(DEFAULT_FOLDER) : inputs;
        List<Path> resolved = given.stream().map(p -> p.isAbsolute() ? p : ctx.cwd().resolve(p).normalize()).toList();
        MunicipioFiles.Expansion ex = MunicipioFiles.expand(resolved);
        List<InputFile> files = ex.files().stream().map(p -> new InputFile(p, relative(ctx, p))).toList();
        DiagnosticLines.print(ctx.err(),
                ex.problems().stream().map(p -> p.inFile(relative(ctx, p.file()))).toList());
        ChecklistCatalog catalog = catalog(ctx, modelos);
        TabelaVersoesPec versoes = versoes(ctx, modelos);
        return new InputSet(ctx, files, catalog, versoes, !ex.problems().isEmpty(), dflt);
    }

    /** The checklist catalog, or null after printing why it could not be read. */
    static ChecklistCatalog catalog(CliContext ctx, Path modelos) {
        try {
            return new ChecklistCatalogReader().load(templates(ctx, modelos));
        } catch (ChecklistCatalogException e) {
            DiagnosticLines.print(ctx.err(), e.problems());
            ctx.err().flush();
            return null;
        }
    }

    /** The PEC versions table, or null after printing why it could not be read. */
    static TabelaVersoesPec versoes(CliContext ctx, Path modelos) {
        try {
            return new VersoesPecReader().load(templates(ctx, modelos));
        } catch (VersoesPecException e) {
            DiagnosticLines.print(ctx.err(), e.problems());
            ctx.err().flush();
            return null;
        }
    }

    /** Where templates come from: {@code --modelos}, then ./templates, then the jar. */
    static TemplateFiles templates(CliContext ctx, Path modelos) {
        return TemplateFiles.of(modelos == null ? null : ctx.resolve(modelos), ctx.cwd());
    }

    /**
     * The exit code when the command cannot go on (no catalog, no versions table, no files), after saying why; null
     * when it can.
     */
    Integer unusable() {
        if (catalog == null || versoes == null) {
            return ExitCodes.INVALID;
        }
        return files.isEmpty() ? noFilesExit() : null;
    }

    /** What to say and return when there is nothing to read. */
    private int noFilesExit() {
        if (defaultFolder) {
            ctx.err().println("gerar-oficios: nenhum arquivo .yaml em municipios/; crie um com: gerar-oficios novo UF \"Nome do Município\"");
        } else {
            ctx.err().println("gerar-oficios: nenhum arquivo .yaml encontrado nos caminhos informados");
        }
        ctx.err().flush();
        return ExitCodes.INVALID;
    }

    /** Paths in messages stay as short as the user would write them. */
    private static Path relative(CliContext ctx, Path p) {
        Path base = ctx.cwd().toAbsolutePath().normalize();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs) : p;
    }
}
