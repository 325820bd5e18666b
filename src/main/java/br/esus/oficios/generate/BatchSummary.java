package br.esus.oficios.generate;

/**
 * Counts of a batch, kept instead of every outcome so memory does not grow with the number of municipalities.
 *
 * @param ok municipalities whose every document was written
 * @param invalid files that were invalid (nothing written)
 * @param failed municipalities with some document that failed (the others were written)
 * @param files files written in all
 */
public record BatchSummary(int ok, int invalid, int failed, int files) {

    BatchSummary plus(MunicipioOutcome o) {
        return new BatchSummary(ok + (o.ok() ? 1 : 0), invalid + (o.invalid() ? 1 : 0),
                failed + (!o.invalid() && !o.ok() ? 1 : 0), files + o.written().size());
    }

    public int municipios() {
        return ok + invalid + failed;
    }
}
