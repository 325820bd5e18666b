package br.esus.oficios.generate;

/**
 * Counts of a batch, kept instead of every outcome so memory does not grow with the number of municipalities.
 *
 * @param ok municipalities whose every document was written
 * @param invalid files that were invalid (nothing written)
 * @param failed municipalities with some document that failed (the others were written)
 * @param files files written in all
 * @param stopped municipalities not generated (or not completely) because the batch stopped when the output disk
 *        filled up or turned out read-only; the failure line of the municipality that found it says so
 */
public record BatchSummary(int ok, int invalid, int failed, int files, int stopped) {

    public BatchSummary(int ok, int invalid, int failed, int files) {
        this(ok, invalid, failed, files, 0);
    }

    BatchSummary plus(MunicipioOutcome o) {
        return new BatchSummary(ok + (o.ok() ? 1 : 0), invalid + (o.invalid() ? 1 : 0),
                failed + (!o.invalid() && !o.ok() ? 1 : 0), files + o.written().size(), stopped);
    }

    /** {@code n} more municipalities not generated because the batch stopped, which wrote {@code written} files. */
    BatchSummary plusStopped(int n, int written) {
        return new BatchSummary(ok, invalid, failed, files + written, stopped + n);
    }

    public int municipios() {
        return ok + invalid + failed + stopped;
    }
}
