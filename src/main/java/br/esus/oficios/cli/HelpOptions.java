package br.esus.oficios.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} and {@code -V/--version} with Portuguese descriptions. */
final class HelpOptions {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Mostra esta ajuda e sai.")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Mostra a versão e sai.")
    boolean version;
}
