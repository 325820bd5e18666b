package br.esus.oficios.cli;

import br.esus.oficios.model.Uf;
import br.esus.oficios.read.NovoMunicipio;
import br.esus.oficios.read.NovoMunicipioException;
import br.esus.oficios.model.ChecklistCatalog;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code novo UF "Nome"}: writes a new municipality file with every key commented. */
final class NovoCommand implements CommandModel.Modelled {
    private final CliContext ctx;

    CommandSpec spec;

    String uf;

    String nome;

    Path folder;

    NovoCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public CommandSpec model() {
        spec = CommandModel.command(this, "novo",
                "Cria o arquivo de um município novo, com todas as chaves comentadas.",
                "Cria municipios/<uf>-<municipio>.yaml com todas as chaves e um comentário em cada uma, pronto para "
                        + "preencher, e o código IBGE quando o nome está na lista de municípios do IBGE. Depois "
                        + "confira com: gerar-oficios validar");
        spec.addPositional(CommandModel.parameter(0, String.class, () -> uf, v -> uf = v)
                .paramLabel("UF")
                .description("Sigla da UF, por exemplo BA.")
                .build());
        spec.addPositional(CommandModel.parameter(1, String.class, () -> nome, v -> nome = v)
                .paramLabel("NOME")
                .description("Nome do município, entre aspas se tiver espaços.")
                .build());
        spec.addOption(CommandModel.option(Path.class, () -> folder, v -> folder = v, "--pasta")
                .paramLabel("PASTA")
                .defaultValue("municipios")
                .description("Pasta onde criar o arquivo (padrão: ${DEFAULT-VALUE}).")
                .build());
        HelpOptions.addTo(spec);
        return spec;
    }

    @Override
    public Integer call() {
        Uf parsed = Uf.parse(uf);
        if (parsed == null) {
            throw new ParameterException(spec.commandLine(), "UF desconhecida '" + uf + "'; use a sigla de uma das 27, por exemplo BA");
        }
        String problema = NovoMunicipio.problemaNome(nome);
        if (problema != null) {
            throw new ParameterException(spec.commandLine(), problema);
        }
        try {
            ChecklistCatalog catalog = InputSet.catalog(ctx, null);
            if (catalog == null) {
                return ExitCodes.INVALID;
            }
            NovoMunicipio.Created created = new NovoMunicipio(catalog).create(ctx.resolve(folder), parsed,
                    nome.strip());
            String shown = ctx.show(created.file());
            ctx.out().println("criado " + shown + (created.nome().equals(nome.strip()) ? ""
                    : " (com o nome escrito como na lista do IBGE: " + created.nome() + ")")
                    + "; preencha os campos marcados e confira com: gerar-oficios validar " + shown);
            ctx.out().flush();
            created.warning().ifPresent(w -> {
                ctx.err().println("aviso: " + w);
                ctx.err().flush();
            });
            return ExitCodes.OK;
        } catch (NovoMunicipioException e) {
            ctx.err().println("gerar-oficios: " + e.getMessage());
            ctx.err().flush();
            return ExitCodes.INVALID;
        }
    }
}
