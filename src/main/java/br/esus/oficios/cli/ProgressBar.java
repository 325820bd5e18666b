package br.esus.oficios.cli;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * The progress of a batch on the terminal, one line on stderr that rewrites itself:
 * {@code [########------------] 1.234/5.570  41/s  faltam 1 min 46 s}. It is drawn with a carriage return only, no
 * escape codes, so it works in the Windows console as in any other, and kept under 80 columns. Whatever the batch
 * prints meanwhile goes above it: {@link #clear()} before printing, {@link #step()} after.
 *
 * <p>Only on a terminal and for more than a few municipalities ({@link #forBatch}); otherwise every method does
 * nothing.
 */
final class ProgressBar {
    /** Fewer municipalities than this go too fast for a bar to help. */
    static final int MIN_FILES = 6;
    private static final int BAR_WIDTH = 24;

    private final PrintStream err;
    private final int total;
    private final LongSupplier nanos;
    private final long start;
    private final boolean on;
    private int done;
    private int drawn;

    ProgressBar(PrintStream err, int total, LongSupplier nanos, boolean on) {
        this.err = err;
        this.total = total;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
        this.on = on;
    }

    /** A bar for a batch of {@code total} municipalities: drawn only when stdout and stderr are a terminal. */
    static ProgressBar forBatch(CliContext ctx, int total) {
        boolean on = ctx.interactive() && total >= MIN_FILES && StderrTerminal.check();
        ProgressBar bar = new ProgressBar(ctx.err(), total, System::nanoTime, on);
        bar.draw();
        return bar;
    }

    /** Erases the bar, so that a line can be printed where it was. */
    void clear() {
        if (on && drawn > 0) {
            err.print("\r" + " ".repeat(drawn) + "\r");
            err.flush();
            drawn = 0;
        }
    }

    /** One more municipality done: draws the bar again (below what was printed since {@link #clear()}). */
    void step() {
        done++;
        draw();
    }

    private void draw() {
        if (!on) {
            return;
        }
        String line = line(done, total, nanos.getAsLong() - start);
        err.print("\r" + line);
        err.flush();
        drawn = line.length();
    }

    /** The bar's text after {@code elapsedNanos}, with {@code done} of {@code total} done. */
    static String line(int done, int total, long elapsedNanos) {
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
        StringBuilder sb = new StringBuilder("[").append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled))
                .append("] ").append(Thousands.of(done)).append('/').append(Thousands.of(total));
        double seconds = elapsedNanos / 1e9;
        if (done > 0 && seconds > 0) {
            double rate = done / seconds;
            sb.append("  ").append(rate >= 10 ? String.valueOf(Math.round(rate))
                    : String.format(java.util.Locale.forLanguageTag("pt-BR"), "%.1f", rate)).append("/s");
            if (done < total) {
                sb.append("  faltam ").append(duration(Math.round((total - done) / rate)));
            }
        }
        return sb.toString();
    }

    private static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
    }

}
