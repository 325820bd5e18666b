package br.esus.oficios.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * The command line with only the subcommands a run can need: a subcommand's model ({@link CommandModel}) is built
 * when it is added, and a run uses one at most. {@link #note} only notes the subcommand; {@link #addNeeded()}, called
 * after the last one, adds to picocli: when the first argument names a subcommand, only that one (picocli looks for
 * the others only at the first argument); for {@code --version} alone, none (the version needs no command); otherwise
 * (the help, {@code gerar} without a command name, a usage error that suggests a command) all of them, so the help
 * and the messages are the same as with every subcommand added.
 */
final class NeededSubcommands extends CommandLine {
    private final String[] args;
    private final Map<String, CommandModel.Modelled> noted = new LinkedHashMap<>();

    NeededSubcommands(CommandModel.Modelled root, String... args) {
        super(root.model());
        this.args = args.clone();
    }

    /** Notes a subcommand, to be added by {@link #addNeeded()} if this run can need it. */
    void note(String name, CommandModel.Modelled command) {
        noted.put(name, command);
    }

    /** Adds the subcommands noted that this run can need, in the order they were noted. */
    void addNeeded() {
        boolean versionOnly = args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
        boolean named = args.length > 0 && noted.containsKey(args[0]);
        for (Map.Entry<String, CommandModel.Modelled> e : noted.entrySet()) {
            if (!versionOnly && (!named || e.getKey().equals(args[0]))) {
                super.addSubcommand(e.getKey(), e.getValue().model());
            }
        }
        noted.clear();
    }
}
