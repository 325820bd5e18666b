package br.esus.oficios.render;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one template on a worker thread and holds it to its limits, which a template that users edit needs (an endless
 * loop, a macro that calls itself, a text doubled in a loop):
 * <ul>
 * <li>time: past the limit the worker is interrupted (the templates carry FreeMarker's interruption checks);
 * <li>memory: what the worker allocates is read from the JVM's per-thread allocation counter
 * ({@code com.sun.management.ThreadMXBean}) every millisecond while the caller waits; past the limit the worker is
 * interrupted the same way. Allocation counts garbage too, so it bounds what the template can hold: a text doubled
 * in a loop stops within a doubling or two of the limit, long before the heap is in danger. A single allocation larger
 * than the heap fails in the worker itself with {@link OutOfMemoryError}, caught there;
 * <li>recursion: the workers have a fixed stack ({@link #STACK_BYTES}), and the {@link StackOverflowError} of a
 * macro or function that calls itself without end is caught in the worker.
 * </ul>
 * The caller waits for an interrupted worker to really stop (up to {@link #STOP_WAIT}) before it reports, so the memory
 * of a stopped template is garbage by the time the next one starts.
 */
final class TemplateWatch {
    /** The workers' stack: the same on every system, ample for templates that include others a few levels deep. */
    static final long STACK_BYTES = 2L * 1024 * 1024;
    /** How often the waiting caller looks at the worker's allocation and at the clock. */
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    /** How long the caller waits for an interrupted worker to reach an interruption check. */
    static final Duration STOP_WAIT = Duration.ofSeconds(2);

    /**
     * The JVM's per-thread allocation counter, looked up on a thread of its own: the lookup loads the management
     * classes (tens of milliseconds), which should not delay the first document.
     */
    private static final class Counter {
        static final FutureTask<com.sun.management.ThreadMXBean> LOOKUP = new FutureTask<>(
                TemplateWatch::allocationCounter);

        static {
            Thread t = new Thread(LOOKUP, "modelo-contador");
            t.setDaemon(true);
            t.start();
        }
    }

    /** A template's work, run on the worker. */
    interface Body {
        void run() throws Exception;
    }

    /** The template was stopped, or failed in a way only the worker can see; {@link #getMessage()} is not for users. */
    static final class Stopped extends Exception {
        private static final long serialVersionUID = 1L;

        enum Why {
            /** past the time limit */
            TIME,
            /** past the allocation limit, or out of memory */
            MEMORY,
            /** a {@link StackOverflowError}: endless recursion */
            RECURSION
        }

        private final Why why;

        Stopped(Why why, Throwable cause) {
            super(why.name(), cause);
            this.why = why;
        }

        Why why() {
            return why;
        }
    }

    private TemplateWatch() {
    }

    /** Starts looking up the allocation counter, so that it is ready when the first template runs. */
    static void prepare() {
        counter(false);
    }

    /** The allocation counter, or null when this JVM has none (or, with {@code wait} false, not yet). */
    private static com.sun.management.ThreadMXBean counter(boolean wait) {
        FutureTask<com.sun.management.ThreadMXBean> lookup = Counter.LOOKUP;
        if (!wait && !lookup.isDone()) {
            return null;
        }
        try {
            return lookup.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }

    /** Daemon threads named {@code modelo-N}, each with a stack of {@link #STACK_BYTES}. */
    static ThreadFactory threads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(null, r, "modelo-" + n.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Runs {@code body} on one of {@code workers} (made by {@link #threads()}) and waits for it.
     *
     * @param maxBytes most bytes the worker may allocate while running {@code body}; 0 for no limit
     * @throws ExecutionException what {@code body} threw
     * @throws Stopped past a limit, out of memory, or endless recursion
     */
    static void run(ExecutorService workers, Body body, Duration timeLimit, long maxBytes)
            throws ExecutionException, InterruptedException, Stopped {
        Watched watched = new Watched(body);
        Future<?> job = workers.submit(watched);
        long deadline = System.nanoTime() + timeLimit.toNanos();
        try {
            while (true) {
                try {
                    job.get(POLL_NANOS, TimeUnit.NANOSECONDS);
                    return;
                } catch (TimeoutException e) {
                    if (System.nanoTime() - deadline > 0) {
                        stop(job, watched);
                        throw new Stopped(Stopped.Why.TIME, null);
                    }
                    if (maxBytes > 0 && watched.allocated() > maxBytes) {
                        stop(job, watched);
                        throw new Stopped(Stopped.Why.MEMORY, null);
                    }
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Stopped s) {
                throw s;
            }
            throw e;
        } catch (InterruptedException e) {
            job.cancel(true);
            throw e;
        }
    }

    /** Interrupts the worker and waits a little for it to stop, so that what it allocated can be collected. */
    private static void stop(Future<?> job, Watched watched) throws InterruptedException {
        job.cancel(true);
        watched.done.await(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The body as the worker runs it: it notes its thread and allocation so far, and turns JVM errors into causes. */
    private static final class Watched implements java.util.concurrent.Callable<Void> {
        private final Body body;
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile com.sun.management.ThreadMXBean counter;
        private volatile long threadId = -1;
        private volatile long baseline;

        Watched(Body body) {
            this.body = body;
        }

        @Override
        public Void call() throws Exception {
            try {
                // The body starts only once its allocation can be counted: no template runs unwatched.
                com.sun.management.ThreadMXBean c = counter(true);
                if (c != null) {
                    baseline = c.getCurrentThreadAllocatedBytes();
                    counter = c;
                    threadId = Thread.currentThread().getId();
                }
                body.run();
                return null;
            } catch (StackOverflowError e) {
                throw new Stopped(Stopped.Why.RECURSION, null);
            } catch (OutOfMemoryError e) {
                throw new Stopped(Stopped.Why.MEMORY, null);
            } catch (Exception e) {
                Throwable jvm = jvmError(e);
                if (jvm instanceof StackOverflowError) {
                    throw new Stopped(Stopped.Why.RECURSION, null);
                }
                if (jvm instanceof OutOfMemoryError) {
                    throw new Stopped(Stopped.Why.MEMORY, null);
                }
                throw e;
            } finally {
                done.countDown();
            }
        }

        /** Bytes the worker allocated since the body started; 0 when the JVM does not count them. */
        long allocated() {
            long id = threadId;
            com.sun.management.ThreadMXBean c = counter;
            if (id < 0 || c == null) {
                return 0;
            }
            long now = c.getThreadAllocatedBytes(id);
            return now < 0 ? 0 : now - baseline;
        }
    }

    /** A {@link StackOverflowError} or {@link OutOfMemoryError} wrapped by the library, if any. */
    private static Throwable jvmError(Throwable t) {
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (t instanceof StackOverflowError || t instanceof OutOfMemoryError) {
                return t;
            }
        }
        return null;
    }

    private static com.sun.management.ThreadMXBean allocationCounter() {
        try {
            if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                    && t.isThreadAllocatedMemorySupported()) {
                if (!t.isThreadAllocatedMemoryEnabled()) {
                    t.setThreadAllocatedMemoryEnabled(true);
                }
                return t;
            }
        } catch (RuntimeException | LinkageError e) {
            // No counter on this JVM: time and output limits still hold, and OutOfMemoryError is still caught.
        }
        return null;
    }
}
