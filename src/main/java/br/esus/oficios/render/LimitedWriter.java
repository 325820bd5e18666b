package br.esus.oficios.render;

import java.io.IOException;
import java.io.Writer;

/** Collects text up to a limit; past it, throws {@link LimitedWriter.TooLarge} so a runaway template stops. */
final class LimitedWriter extends Writer {

    /** Thrown when a template writes more than the limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(int limit) {
            super("saída maior que " + limit + " caracteres");
        }
    }

    private final StringBuilder sb = new StringBuilder(8192);
    private final int limit;

    LimitedWriter(int limit) {
        this.limit = limit;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        if (sb.length() + len > limit) {
            throw new TooLarge(limit);
        }
        sb.append(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        if (sb.length() + len > limit) {
            throw new TooLarge(limit);
        }
        sb.append(str, off, off + len);
    }

    @Override
    public void flush() {
        // nothing buffered elsewhere
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
