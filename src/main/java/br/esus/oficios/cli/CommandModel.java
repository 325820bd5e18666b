package br.esus.oficios.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Range;

/**
 * picocli's model of a command, built in code: its name, help texts, options and parameters, each bound to a field of
 * the command. picocli can also read the model from annotations ({@code @Command}, {@code @Option}...), but that
 * reading (reflection, and a {@code Proxy} class that the JDK generates at every start for each annotation type) was
 * most of the start-up of a short command (README, "Desempenho"). The options come in the help in the order they are
 * added.
 */
final class CommandModel {
    private CommandModel() {
    }

    /** A command that builds its own model; picocli runs it ({@link #call()}). */
    interface Modelled extends Callable<Integer> {
        /**
         * The command's model, bound to this object's fields, whose values now are the values of the options not
         * given. Built once per object: a second call would replace the first.
         */
        CommandSpec model();
    }

    /**
     * The model of {@code command}: its name, the line the list of commands shows ({@code header}, or null) and the
     * paragraphs of its help.
     */
    static CommandSpec command(Object command, String name, String header, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name(name);
        spec.usageMessage().sortOptions(false).description(description);
        if (header != null) {
            spec.usageMessage().header(header);
        }
        return spec;
    }

    /** {@code [ARQ|PASTA...]}: the municipality files, or folders of them ({@code municipios/} when none). */
    static PositionalParamSpec municipioFiles(Supplier<List<Path>> get, Consumer<List<Path>> set) {
        return parameters(Path.class, "0..*", get, set)
                .paramLabel("ARQ|PASTA")
                .description("Arquivos .yaml de municípios ou pastas com eles (padrão: municipios/).")
                .build();
    }

    /** The output folder when none is given: {@code output/} in the current folder. */
    static final String OUTPUT = "output";

    /** {@code -o/--saida PASTA} of the commands that write documents ({@value #OUTPUT} when not given). */
    static OptionSpec outputFolder(Supplier<Path> get, Consumer<Path> set) {
        return option(Path.class, get, set, "-o", "--saida")
                .paramLabel("PASTA")
                .defaultValue(OUTPUT)
                .description("Pasta de saída (padrão: ${DEFAULT-VALUE}).")
                .build();
    }

    /** An option of one value, read from and written to a field. */
    static <T> OptionSpec.Builder option(Class<T> type, Supplier<T> get, Consumer<T> set, String... names) {
        return bind(OptionSpec.builder(names).type(type), get, set);
    }

    /** An option given once or more, each time with one or more values ({@code splitRegex}), into a list field. */
    static <T> OptionSpec.Builder listOption(Class<T> element, Supplier<List<T>> get, Consumer<List<T>> set,
            String... names) {
        return bind(OptionSpec.builder(names).type(List.class).auxiliaryTypes(element), get, set);
    }

    /** An option without a value: there or not. */
    static OptionSpec.Builder flag(Supplier<Boolean> get, Consumer<Boolean> set, String... names) {
        return bind(OptionSpec.builder(names).type(boolean.class), get, set);
    }

    /**
     * The parameters after the options, all into a list field: {@code arity} says how many ({@code "0..*"},
     * {@code "1..*"}); with at least one, they must be given.
     */
    static <T> PositionalParamSpec.Builder parameters(Class<T> element, String arity, Supplier<List<T>> get,
            Consumer<List<T>> set) {
        return bind(PositionalParamSpec.builder().type(List.class).auxiliaryTypes(element).arity(arity)
                .required(Range.valueOf(arity).min() > 0), get, set);
    }

    /** The parameter at {@code index} (0 for the first), which must be given, into a field. */
    static <T> PositionalParamSpec.Builder parameter(int index, Class<T> type, Supplier<T> get, Consumer<T> set) {
        return bind(PositionalParamSpec.builder().index(String.valueOf(index)).type(type).required(true), get, set);
    }

    /**
     * The field's value when the model is built is the value the option has when it is not given (picocli puts it
     * back before parsing).
     */
    private static <T> OptionSpec.Builder bind(OptionSpec.Builder builder, Supplier<T> get, Consumer<T> set) {
        return builder.getter(getter(get)).setter(setter(get, set)).initialValue(get.get()).hasInitialValue(true);
    }

    /** The same for a parameter (picocli's common builder of the two is not public, hence two methods). */
    private static <T> PositionalParamSpec.Builder bind(PositionalParamSpec.Builder builder, Supplier<T> get,
            Consumer<T> set) {
        return builder.getter(getter(get)).setter(setter(get, set)).initialValue(get.get()).hasInitialValue(true);
    }

    /** How picocli reads the field. */
    private static <T> IGetter getter(Supplier<T> get) {
        return new IGetter() {
            @Override
            @SuppressWarnings("unchecked")
            public <V> V get() {
                return (V) get.get();
            }
        };
    }

    /** How picocli writes the field: it gets back the value before. */
    private static <T> ISetter setter(Supplier<T> get, Consumer<T> set) {
        return new ISetter() {
            @Override
            @SuppressWarnings("unchecked")
            public <V> V set(V value) {
                V old = (V) get.get();
                set.accept((T) value);
                return old;
            }
        };
    }
}
