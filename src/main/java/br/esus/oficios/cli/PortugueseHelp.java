package br.esus.oficios.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/** Portuguese headings for every command's help. */
final class PortugueseHelp {
    private PortugueseHelp() {
    }

    static void apply(CommandLine cl) {
        UsageMessageSpec u = cl.getCommandSpec().usageMessage();
        u.synopsisHeading("Uso: ");
        u.descriptionHeading("%n");
        u.parameterListHeading("%nArgumentos:%n");
        u.optionListHeading("%nOpções:%n");
        u.commandListHeading("%nComandos:%n");
        u.synopsisSubcommandLabel("[COMANDO]");
        cl.getCommandSpec().parser().abbreviatedOptionsAllowed(false);
        for (CommandLine sub : cl.getSubcommands().values()) {
            apply(sub);
        }
    }
}
