package br.esus.oficios.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code -h/--help} and {@code -V/--version} with Portuguese descriptions. */
final class HelpOptions {
    private HelpOptions() {
    }

    /**
     * Adds {@code -h/--help} and {@code -V/--version} to a command: picocli answers them itself (their values, bound
     * to no field, are read by no one).
     */
    static void addTo(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class)
                .description("Mostra esta ajuda e sai.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class)
                .description("Mostra a versão e sai.").build());
    }
}
