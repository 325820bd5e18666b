package br.esus.oficios.probe;

/** What a check concluded. */
public enum Outcome {
    /** Observed, and as the item needs it. */
    PASSED("ok"),
    /** Observed, and not as the item needs it (the reason says what was seen). */
    FAILED("falhou"),
    /** Could not be observed: no domain or URL in the YAML, no network, the DNS server did not answer... */
    NOT_CHECKED("não conferido");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** "ok", "falhou", "não conferido". */
    public String label() {
        return label;
    }
}
