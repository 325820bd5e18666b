package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The progress bar: what it says, how it gets out of the way of other lines, and when it is not drawn. */
class ProgressBarTest {

    @Test
    void saysDoneOfTotalRateAndTimeLeft() {
        assertEquals("[------------------------] 0/5.570", ProgressBar.line(0, 5570, 0));
        assertEquals("[######------------------] 1.400/5.570  40/s  faltam 1 min 44 s",
                ProgressBar.line(1400, 5570, TimeUnit.SECONDS.toNanos(35)));
        assertEquals("[########################] 8/8  2,5/s", ProgressBar.line(8, 8, TimeUnit.MILLISECONDS.toNanos(3200)));
        assertEquals("[#########---------------] 3/8  0,5/s  faltam 10 s", ProgressBar.line(3, 8,
                TimeUnit.SECONDS.toNanos(6)));
    }

    @Test
    void isErasedBeforeALineAndDrawnAgainBelowIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        long[] now = {0};
        ProgressBar bar = new ProgressBar(err, 10, () -> now[0], true);
        now[0] = TimeUnit.SECONDS.toNanos(1);
        bar.step();
        String first = "[##----------------------] 1/10  1,0/s  faltam 9 s";
        assertEquals("\r" + first, bytes.toString(StandardCharsets.UTF_8));
        bytes.reset();
        bar.clear();
        err.println("municipios/x.yaml: aviso: algo");
        bar.step();
        String second = "[####--------------------] 2/10  2,0/s  faltam 4 s";
        assertEquals("\r" + " ".repeat(first.length()) + "\r" + "municipios/x.yaml: aviso: algo\n" + "\r" + second,
                bytes.toString(StandardCharsets.UTF_8));
        bytes.reset();
        bar.clear();
        bar.clear();
        assertEquals("\r" + " ".repeat(second.length()) + "\r", bytes.toString(StandardCharsets.UTF_8), "apagada uma vez só");
    }

    @Test
    void isNotDrawnWhenTheOutputIsNotATerminalNorForAFewMunicipalities() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        CliContext piped = new CliContext(err, err, Map.of(), Path.of("."), LocalDate.of(2026, 11, 23), false);
        ProgressBar bar = ProgressBar.forBatch(piped, 5570);
        bar.step();
        bar.clear();
        CliContext terminal = new CliContext(err, err, Map.of(), Path.of("."), LocalDate.of(2026, 11, 23), true);
        ProgressBar few = ProgressBar.forBatch(terminal, ProgressBar.MIN_FILES - 1);
        few.step();
        few.clear();
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    }
}
