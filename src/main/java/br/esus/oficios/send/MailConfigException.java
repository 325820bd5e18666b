package br.esus.oficios.send;

import java.util.List;

/**
 * The SMTP settings cannot be used. {@link #lines()} holds one line per problem, already in the form the user
 * reads ({@code gerar-oficios.yaml:3:5: smtp.porta: ...}); print each on stderr.
 */
public final class MailConfigException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> lines;

    public MailConfigException(List<String> lines) {
        super(String.join(System.lineSeparator(), lines));
        this.lines = List.copyOf(lines);
    }

    public List<String> lines() {
        return lines;
    }
}
