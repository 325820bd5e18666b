package br.esus.oficios.generate;

import br.esus.oficios.output.IoMessages;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A full (or read-only) output disk, for one batch: every decision about it is here. Once found, nothing else is
 * rendered or written (nothing would fit); only the municipality that found it first says so, in one line, and the
 * batch counts the others as not generated.
 */
final class DiskStop {
    /** What an error of writing a file means for the batch. */
    enum Finding {
        /** Not a full or read-only disk: only this file is affected. */
        NONE,
        /** This municipality found it first: it says so. */
        FIRST,
        /** Another municipality found it first and says so: this one is silent. */
        AGAIN
    }

    private final AtomicBoolean found = new AtomicBoolean();
    /** Whether a line about it reached the user; read and written only by the thread that reports. */
    private boolean reported;

    /** True once the disk was found full or read-only: what is not written yet is not rendered nor written. */
    boolean stopped() {
        return found.get();
    }

    Finding found(IOException e) {
        if (!IoMessages.diskFull(e) && !IoMessages.readOnlyDisk(e)) {
            return Finding.NONE;
        }
        return found.compareAndSet(false, true) ? Finding.FIRST : Finding.AGAIN;
    }

    /**
     * Whether {@code o}, in the order the user reads the outcomes, is only counted as not generated instead of
     * reported: an outcome stopped by the disk without a line of its own, or after the line was said once.
     */
    boolean silent(MunicipioOutcome o) {
        if (!o.diskStop()) {
            return false;
        }
        if (reported || o.failures().isEmpty()) {
            return true;
        }
        reported = true;
        return false;
    }
}
