package br.esus.oficios.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The loop of {@code vigiar}: waits for files to change and tells its {@link Listener} what to do, one burst of
 * changes at a time, on the calling thread. It runs until that thread is interrupted (Ctrl-C, in the CLI).
 */
public final class WatchLoop {
    /**
     * How long the folders must stay quiet before a burst of changes is handled: an editor's save (a temporary file,
     * then a rename) takes a few milliseconds; the user waits for this much more.
     */
    static final Duration QUIET = Duration.ofMillis(50);

    /** What the loop asks for. Called on the loop's thread, one at a time. */
    public interface Listener {
        /**
         * The folders are watched: a change from now on is seen, even one made while this runs (the first run of
         * a batch, say).
         */
        void watching(List<Path> folders) throws InterruptedException;

        /** Municipality files saved (created, changed, renamed into place), in path order. */
        void saved(List<Path> files) throws InterruptedException;

        /** Municipality files deleted. */
        void deleted(List<Path> files);

        /**
         * A template, the font or a brasão changed ({@code why}; empty when the system lost events): every
         * municipality again.
         */
        void everything(List<Path> why) throws InterruptedException;
    }

    private final WatchPlan plan;

    public WatchLoop(WatchPlan plan) {
        this.plan = plan;
    }

    /**
     * Watches until the calling thread is interrupted, then returns normally.
     *
     * @throws WatchStopped when the system stopped telling about the folders after the watch started (all of them
     *         deleted or moved)
     * @throws IOException when the folders cannot be watched
     */
    public void run(Listener listener) throws IOException {
        List<Path> folders = plan.folders();
        try (FolderEvents events = new FolderEvents(folders)) {
            listener.watching(folders);
            while (!Thread.currentThread().isInterrupted()) {
                WatchPlan.Changes c = plan.classify(events.next(QUIET), Files::exists);
                if (!c.deleted().isEmpty()) {
                    listener.deleted(c.deleted());
                }
                if (!c.everything().isEmpty()) {
                    listener.everything(c.everything().stream().filter(p -> !p.equals(FolderEvents.OVERFLOW))
                            .toList());
                } else if (!c.saved().isEmpty()) {
                    listener.saved(c.saved());
                }
            }
        } catch (InterruptedException e) {
            // Ctrl-C: the way out.
        }
    }
}
