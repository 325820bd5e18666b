package br.esus.oficios.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Usage errors in one Portuguese line, with the way to the help; exit code 2. */
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
            if (m.getMissing().stream().anyMatch(a -> a instanceof CommandLine.Model.OptionSpec)) {
                String opt = m.getMissing().stream().filter(a -> a instanceof CommandLine.Model.OptionSpec)
                        .map(a -> ((CommandLine.Model.OptionSpec) a).longestName()).findFirst().orElse("");
                return "falta o valor da opção " + opt;
            }
            String names = m.getMissing().stream().map(a -> a.paramLabel()).reduce((a, b) -> a + ", " + b).orElse("");
            return "falta informar " + names;
        }
        if (ex instanceof OverwrittenOptionException o) {
            return "opção repetida: " + (o.getOverwritten() instanceof CommandLine.Model.OptionSpec spec
                    ? spec.longestName() : o.getOverwritten().paramLabel());
        }
        String msg = ex.getMessage() == null ? "" : ex.getMessage();
        java.util.regex.Matcher m;
        if ((m = INVALID_VALUE.matcher(msg)).find()) {
            String type = switch (m.group(3)) {
                case "int", "Integer", "long", "Long" -> "um número inteiro";
                default -> "um valor aceito";
            };
            return "valor inválido para " + m.group(1) + ": '" + m.group(2) + "' não é " + type;
        }
        if ((m = MISSING_OPTION_VALUE.matcher(msg)).find()) {
            return "falta o valor da opção " + m.group(1);
        }
        if ((m = EXPECTED_VALUE.matcher(msg)).find()) {
            return "falta o valor da opção " + m.group(1) + " (veio '" + m.group(2) + "')";
        }
        if (msg.startsWith("Missing required")) {
            return "falta um argumento obrigatório; veja a ajuda";
        }
        return msg;
    }

    private static final java.util.regex.Pattern INVALID_VALUE =
            java.util.regex.Pattern.compile("Invalid value for (?:option|positional parameter) '?([^':]+)'?: '(.*)' is not an? ([A-Za-z]+)");
    private static final java.util.regex.Pattern MISSING_OPTION_VALUE =
            java.util.regex.Pattern.compile("Missing required parameter for option '([^']+)'");
    private static final java.util.regex.Pattern EXPECTED_VALUE =
            java.util.regex.Pattern.compile("Expected parameter for option '([^']+)' but found '([^']*)'");
}
