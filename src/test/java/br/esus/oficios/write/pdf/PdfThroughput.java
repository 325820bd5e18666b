package br.esus.oficios.write.pdf;

import br.esus.oficios.write.OficioFixture;
import br.esus.oficios.doc.Doc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A by-hand measurement (not a test): PDFs per second for the one-page ofício after warm-up, with 1 and 2 threads.
 * Run: {@code java -cp target/classes:target/test-classes:$(cat cp.txt) br.esus.oficios.write.pdf.PdfThroughput}
 */
public final class PdfThroughput {

    private PdfThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long t0 = System.nanoTime();
        PdfWriter writer = new PdfWriter((Path) null);
        Doc doc = OficioFixture.oficio(OficioFixture.brasao(Path.of("target", "pdf-amostras")));
        writer.write(doc);
        System.out.printf("primeiro PDF (frio, com fontes): %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        for (int threads : new int[] {1, 2, 1, 2}) {
            run(writer, doc, threads, seconds);
        }
    }

    private static void run(PdfWriter writer, Doc doc, int threads, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<long[]>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
                long cpu0 = mx.getCurrentThreadCpuTime();
                long n = 0;
                while (System.nanoTime() < end) {
                    writer.write(doc);
                    n++;
                }
                return new long[] {n, mx.getCurrentThreadCpuTime() - cpu0};
            }));
        }
        long total = 0;
        long cpu = 0;
        for (Future<long[]> f : results) {
            total += f.get()[0];
            cpu += f.get()[1];
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("%d thread(s): %d PDFs em %.1f s = %.1f PDFs/s (relógio); %.2f ms de CPU por PDF%n",
                threads, total, elapsed, total / elapsed, cpu / 1e6 / total);
    }
}
