package br.esus.oficios.cli;

import br.esus.oficios.generate.InputFile;
import br.esus.oficios.model.Problem;
import br.esus.oficios.model.TabelaVersoesPec;
import br.esus.oficios.read.DuplicateMunicipios;
import br.esus.oficios.read.MunicipioReader;
import br.esus.oficios.read.ReadResult;
import br.esus.oficios.read.VersaoPecAvisos;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validar}: checks municipality files without writing anything. */
final class ValidarCommand implements CommandModel.Modelled {
    private final CliContext ctx;

    CommandSpec spec;

    List<Path> inputs = new ArrayList<>();

    CommonOptions common = new CommonOptions();

    ValidarCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public CommandSpec model() {
        spec = CommandModel.command(this, "validar", "Confere os arquivos dos municípios sem gerar nada.",
                "Confere os arquivos dos municípios sem gerar nada: campos obrigatórios, UF, código IBGE, CNPJ, IPv4 "
                        + "público, domínio, e-mails, datas, status do checklist; avisa quando o código IBGE é de "
                        + "outro município na lista do IBGE e quando a versão do PEC está sem suporte, tem os dados "
                        + "rejeitados no SIAPS ou falta na tabela versoes-pec.yaml. Mostra todos os problemas de cada "
                        + "arquivo.");
        spec.addPositional(CommandModel.municipioFiles(() -> inputs, v -> inputs = v));
        common.addTo(spec);
        HelpOptions.addTo(spec);
        return spec;
    }

    @Override
    public Integer call() {
        InputSet in = InputSet.load(ctx, spec.commandLine(), inputs, common.modelos);
        Integer stop = in.unusable();
        if (stop != null) {
            return stop;
        }
        MunicipioReader reader = new MunicipioReader(in.catalog(), ctx.today());
        int invalid = 0;
        int warnings = 0;
        List<ReadResult> results = new ArrayList<>();
        Map<Path, Path> paths = new HashMap<>();
        for (InputFile f : in.files()) {
            results.add(reader.read(f.path(), f.shown()));
            paths.put(f.shown(), f.path());
        }
        VersaoPecAvisos versao = new VersaoPecAvisos();
        RepeatedWarnings repeated = new RepeatedWarnings();
        for (ReadResult r : DuplicateMunicipios.applyAll(results)) {
            List<Problem> problems = problems(r, paths.getOrDefault(r.file(), r.file()), versao, in.versoes(),
                    ctx.today());
            repeated.lines(problems).forEach(ctx.err()::println);
            int w = (int) problems.stream().filter(Problem::warning).count();
            warnings += w;
            if (!r.ok()) {
                invalid++;
            }
            ctx.out().println(verdict(r, w));
            ctx.err().flush();
            ctx.out().flush();
        }
        repeated.summary().forEach(ctx.err()::println);
        int n = in.files().size();
        ctx.out().println(invalid == 0
                ? n + (n == 1 ? " arquivo válido" : " arquivos válidos") + (warnings > 0 ? ", com " + warnings
                        + (warnings == 1 ? " aviso." : " avisos.") : ".")
                : invalid + " de " + n + (n == 1 ? " arquivo" : " arquivos") + " com erros.");
        ctx.out().flush();
        return invalid > 0 || in.hadProblems() ? ExitCodes.INVALID : ExitCodes.OK;
    }

    /**
     * What {@code validar} says about a file read: its problems, and the warnings about its PEC version when it is
     * valid.
     *
     * @param path where the file is (to find the line of {@code versao_pec})
     */
    static List<Problem> problems(ReadResult r, Path path, VersaoPecAvisos versao, TabelaVersoesPec versoes,
            LocalDate today) {
        List<Problem> problems = new ArrayList<>(r.problems());
        if (r.ok()) {
            problems.addAll(versao.of(path, r.file(), r.municipio(), versoes, today));
        }
        return problems;
    }

    /** The line about one file: {@code municipios/x.yaml: válido (1 aviso)} or {@code municipios/x.yaml: 2 erros}. */
    static String verdict(ReadResult r, int warnings) {
        if (r.ok()) {
            return r.file() + ": válido" + (warnings == 0 ? "" : " (" + warnings
                    + (warnings == 1 ? " aviso)" : " avisos)"));
        }
        return r.file() + ": " + r.errors().size() + (r.errors().size() == 1 ? " erro" : " erros");
    }
}
