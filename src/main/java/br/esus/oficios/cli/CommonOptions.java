package br.esus.oficios.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that reads municipality files shares. */
final class CommonOptions {
    @Option(names = "--modelos", paramLabel = "PASTA",
            description = "Pasta com modelos próprios (*.ftl, checklist.yaml, versoes-pec.yaml). Cada arquivo ausente "
                    + "nela vem da pasta templates/ do diretório atual e, por fim, da cópia embutida no programa.")
    Path modelos;

    @Option(names = "--debug", description = "Mostra os detalhes técnicos (pilha de chamadas) de erros inesperados.")
    boolean debug;
}
