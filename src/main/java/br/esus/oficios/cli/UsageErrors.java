package br.esus.oficios.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Usage errors in one Portuguese line, with the way to the help; exit code 2. What went wrong is read from the type
 * of picocli's exception and its typed fields (the option, the value), never from its English message; the
 * commands' own usage errors are {@link ParameterException}s whose message is already Portuguese.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("gerar-oficios: " + translate(ex));
        String name = cl.getCommandSpec().qualifiedName();
        err.println("Veja '" + name + " --help'.");
        err.flush();
        return ExitCodes.USAGE;
    }

    static String translate(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException u) {
            String what = String.join(" ", u.getUnmatched());
            String suggestion = u.getSuggestions().isEmpty() ? "" : " (você quis dizer " + u.getSuggestions().get(0) + "?)";
            return (what.startsWith("-") ? "opção desconhecida: " : "argumento inesperado: ") + what + suggestion;
        }
        if (ex instanceof MissingParameterException m) {
            // A missing option value, or missing positional parameters.
            String option = m.getMissing().stream().filter(a -> a instanceof OptionSpec)
                    .map(a -> ((OptionSpec) a).longestName()).findFirst().orElse(null);
            if (option != null) {
                return "falta o valor da opção " + option;
            }
            String names = m.getMissing().stream().map(ArgSpec::paramLabel).reduce((a, b) -> a + ", " + b).orElse("");
            return "falta informar " + names;
        }
        if (ex instanceof OverwrittenOptionException o) {
            return "opção repetida: " + name(o.getOverwritten());
        }
        if (ex.getCause() instanceof TypeConversionException && ex.getArgSpec() != null) {
            return "valor inválido para " + name(ex.getArgSpec()) + ": '" + ex.getValue() + "' não é "
                    + (integer(ex.getArgSpec().type()) ? "um número inteiro" : "um valor aceito");
        }
        // The commands' own checks (an unknown format, a folder that does not exist...): already Portuguese.
        return ex.getMessage() == null ? "" : ex.getMessage();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec spec ? spec.longestName() : arg.paramLabel();
    }

    private static boolean integer(Class<?> type) {
        return type == int.class || type == Integer.class || type == long.class || type == Long.class;
    }
}
