package br.esus.oficios.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** Options every command that reads municipality files shares. */
final class CommonOptions {
    /** {@code --modelos}. */
    Path modelos;

    /** {@code --debug}. */
    boolean debug;

    /** Adds {@code --modelos} and {@code --debug} to a command, bound to this object. */
    void addTo(CommandSpec spec) {
        spec.addOption(CommandModel.option(Path.class, () -> modelos, v -> modelos = v, "--modelos")
                .paramLabel("PASTA")
                .description("Pasta com modelos próprios (*.ftl, checklist.yaml, versoes-pec.yaml). Cada arquivo "
                        + "ausente nela vem da pasta templates/ do diretório atual e, por fim, da cópia embutida no "
                        + "programa.")
                .build());
        spec.addOption(CommandModel.flag(() -> debug, v -> debug = v, "--debug")
                .description("Mostra os detalhes técnicos (pilha de chamadas) de erros inesperados.")
                .build());
    }
}
