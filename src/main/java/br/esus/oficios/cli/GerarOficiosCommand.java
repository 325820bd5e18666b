package br.esus.oficios.cli;

import br.esus.oficios.read.Suggest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The top-level command. Without a subcommand it runs {@code gerar} over {@code municipios/}. */
final class GerarOficiosCommand implements CommandModel.Modelled {

    CommandSpec spec;

    private final CliContext ctx;

    List<Path> inputs = new ArrayList<>();

    GerarOptions options = new GerarOptions();

    CommonOptions common = new CommonOptions();

    GerarOficiosCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public CommandSpec model() {
        spec = CommandModel.command(this, "gerar-oficios", null,
                "Gera, a partir de um arquivo YAML por município, os documentos da implantação do e-SUS APS PEC: o "
                        + "ofício do subdomínio gov.br, o ticket da prescrição digital, o application.properties do "
                        + "login GOV.BR, o POP de instalação e transferência e o checklist, em PDF, DOCX e Markdown.",
                "",
                "Sem comando, faz 'gerar' (com as opções abaixo) com todos os arquivos de municipios/.");
        spec.versionProvider(new VersionProvider());
        spec.usageMessage().footerHeading("%nExemplos:%n").footer(
                "  gerar-oficios                          gera tudo para municipios/*.yaml",
                "  gerar-oficios gerar -f pdf -d oficio-dominio municipios/ba-santo-amaro.yaml",
                "  gerar-oficios validar                  confere os arquivos sem gerar nada",
                "  gerar-oficios novo BA \"Santo Amaro\"    cria municipios/ba-santo-amaro.yaml",
                "",
                "Códigos de saída: 0 tudo certo; 1 entrada inválida ou documento com falha (os demais são gerados); 2 "
                        + "erro de uso; 3 falha no envio de e-mail.");
        spec.addPositional(CommandModel.parameters(Path.class, "0..*", () -> inputs, v -> inputs = v)
                .paramLabel("ARQ|PASTA")
                .description("Arquivos .yaml de municípios ou pastas com eles, para 'gerar' (padrão: municipios/).")
                .build());
        options.addTo(spec);
        common.addTo(spec);
        HelpOptions.addTo(spec);
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        for (Path p : inputs) {
            String name = p.toString();
            if (!Files.exists(ctx.resolve(p)) && name.matches("[a-z]+")) {
                String close = Suggest.closest(name, spec.commandLine().getSubcommands().keySet()).orElse(null);
                throw new CommandLine.ParameterException(spec.commandLine(), "comando desconhecido '" + name + "'"
                        + (close == null ? "" : " (você quis dizer " + close + "?)"));
            }
        }
        return GerarCommand.generate(ctx, spec.commandLine(), inputs, options, common);
    }
}
