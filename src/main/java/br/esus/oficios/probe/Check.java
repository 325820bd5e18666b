package br.esus.oficios.probe;

/**
 * One thing {@code conferir} observes from the coordinator's machine, and the checklist item it covers. An item is
 * satisfied when every check that covers it passes ({@code https} needs both {@link #HTTPS} and {@link #HTTP}).
 */
public enum Check {
    /** The A records of {@code instalacao.dominio} include {@code instalacao.ipv4}. */
    DNS("dns", "dns_govbr"),
    /** A TLS handshake with the installation's host and port: chain trusted, name matching, days left. */
    HTTPS("https", "https"),
    /** Plain HTTP on port 80 (or {@code --porta-http}) answers and redirects to HTTPS (the PEC's renewals need it). */
    HTTP("http", "https"),
    /** The installation URL answers 200 with the PEC's login page; its version compared with the YAML's. */
    PEC("pec", "link_instalacao");

    private final String label;
    private final String item;

    Check(String label, String item) {
        this.label = label;
        this.item = item;
    }

    /** The name a coordinator reads in the table and in {@code conferencias.jsonl}: "dns", "https", "http", "pec". */
    public String label() {
        return label;
    }

    /** The id of the checklist item (templates/checklist.yaml) this check covers. */
    public String item() {
        return item;
    }
}
