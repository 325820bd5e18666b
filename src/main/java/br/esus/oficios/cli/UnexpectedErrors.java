package br.esus.oficios.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** An unexpected error: one Portuguese line; the stack trace only with {@code --debug}. */
final class UnexpectedErrors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        String msg = ex.getMessage() == null ? "sem mais detalhes" : ex.getMessage();
        err.println("gerar-oficios: erro inesperado: " + msg.lines().findFirst().orElse(msg)
                + (debug(parsed) ? "" : " (rode de novo com --debug para ver os detalhes)"));
        if (debug(parsed)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INVALID;
    }

    private static boolean debug(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
