package br.esus.oficios.generate;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The Portuguese text of what failed while making a document; the Java details only with {@code --debug}. */
final class Failures {
    private final boolean debug;

    Failures(boolean debug) {
        this.debug = debug;
    }

    /** An expected failure (a template or Markdown error, a writer's) says its message; anything else is a bug. */
    String message(Exception e) {
        if (e instanceof RuntimeException) {
            return unexpected(e);
        }
        if (debug && e.getCause() != null) {
            return e.getMessage() + "\n" + stackTrace(e.getCause());
        }
        return e.getMessage();
    }

    /** What failed unexpectedly (a bug, or the machine): Portuguese, with the Java details only with --debug. */
    String unexpected(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return "memória insuficiente; gere menos municípios de cada vez ou dê mais memória ao Java"
                    + " (ex.: JAVA_TOOL_OPTIONS=-Xmx2g)";
        }
        if (debug) {
            return "erro inesperado:\n" + stackTrace(t);
        }
        return "erro inesperado; rode de novo com --debug para ver os detalhes e relate o problema";
    }

    private static String stackTrace(Throwable t) {
        StringWriter sw = new StringWriter();
        t.printStackTrace(new PrintWriter(sw));
        return sw.toString();
    }
}
