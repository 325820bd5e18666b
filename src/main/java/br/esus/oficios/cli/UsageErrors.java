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
            String names = m.getMissing().stream().map(a -> a.paramLabel()).reduce((a, b) -> a + ", " + b).orElse("");
            return "falta informar " + names;
        }
        if (ex instanceof OverwrittenOptionException o) {
            return "opção repetida: " + (o.getOverwritten() instanceof CommandLine.Model.OptionSpec spec
                    ? spec.longestName() : o.getOverwritten().paramLabel());
        }
        String msg = ex.getMessage();
        if (msg != null && msg.startsWith("Missing required parameter")) {
            return "falta um argumento obrigatório";
        }
        if (msg != null && msg.contains("Invalid value for option")) {
            return "valor inválido: " + msg.replaceFirst("^Invalid value for option ", "");
        }
        if (msg != null && msg.startsWith("Missing required")) {
            return "falta uma opção obrigatória: " + msg.replaceFirst("^Missing required [a-z ]*: ", "");
        }
        return msg;
    }
}
