package br.esus.oficios.watch;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.helpers.NOPLogger;

/**
 * The files that change in some folders, from the system's own notifications (directory-watcher: the JDK's
 * WatchService on Linux and Windows, FSEvents on macOS, where the JDK's would poll every few seconds). Only the
 * folders themselves are watched, not their subfolders (on Linux, a subfolder costs a watch of its own, and an output
 * folder inside a watched one would have thousands). A burst of events (an editor saving through a temporary file and
 * a rename, a file copied in pieces) comes out as one set, once the folders have been quiet for a moment.
 *
 * <p>Close it to stop watching.
 */
final class FolderEvents implements AutoCloseable {
    /** Stands for "the system lost events": everything may have changed. */
    static final Path OVERFLOW = Path.of("");
    /**
     * Wakes {@link #next} when the watch ended (every watched folder deleted or moved, or the watch failed); a relative
     * path, which no event is.
     */
    private static final Path STOPPED = Path.of("vigiar-parou");

    private final BlockingQueue<Path> changed = new LinkedBlockingQueue<>();
    private final DirectoryWatcher watcher;
    /** Whether the watch ended before {@link #close}, and why (null: the folders went away). */
    private volatile boolean stopped;
    private volatile Throwable stoppedBy;
    private volatile boolean closing;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vigiar-pastas");
        t.setDaemon(true);
        return t;
    });

    /** Starts watching; the folders are watched when this returns. */
    FolderEvents(List<Path> folders) throws IOException {
        this.watcher = DirectoryWatcher.builder()
                .paths(folders)
                .fileHashing(false)
                .logger(NOPLogger.NOP_LOGGER)
                .fileTreeVisitor((folder, onFolder, onFile) -> onFolder.call(folder))
                .listener(this::onEvent)
                .build();
        watcher.watchAsync(thread).whenComplete((done, error) -> {
            if (!closing) {
                stoppedBy = error;
                stopped = true;
                changed.add(STOPPED);
            }
        });
    }

    private void onEvent(DirectoryChangeEvent e) {
        if (e.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
            changed.add(OVERFLOW);
        } else if (e.path() != null && !e.isDirectory()) {
            changed.add(e.path().toAbsolutePath().normalize());
        }
    }

    /**
     * Waits for a change, then for the folders to stay quiet for {@code quiet}, and returns every file that changed
     * meanwhile (absolute paths; {@link #OVERFLOW} when events were lost).
     *
     * @throws WatchStopped when the system stopped telling about the folders (every one of them deleted or moved, or
     *         the watch failed): nothing more would ever come
     */
    Set<Path> next(Duration quiet) throws InterruptedException, WatchStopped {
        Set<Path> out = new LinkedHashSet<>();
        out.add(changed.take());
        for (Path p = changed.poll(quiet.toNanos(), TimeUnit.NANOSECONDS); p != null;
                p = changed.poll(quiet.toNanos(), TimeUnit.NANOSECONDS)) {
            out.add(p);
        }
        if (stopped) {
            throw new WatchStopped(stoppedBy);
        }
        return out;
    }

    @Override
    public void close() {
        closing = true;
        try {
            watcher.close();
        } catch (IOException e) {
            // Closing a watch that is going away anyway: nothing to tell.
        }
        thread.shutdownNow();
    }
}
