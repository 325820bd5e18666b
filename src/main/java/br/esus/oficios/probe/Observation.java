package br.esus.oficios.probe;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one check saw, once: the evidence {@code conferir} prints, compares with the YAML and appends to
 * {@code output/<uf>-<slug>/conferencias.jsonl}.
 *
 * @param check    what was checked
 * @param outcome  what it concluded
 * @param reason   in Portuguese, a clause that reads after "mas" in a disagreement and on its own in the table:
 *                 "o registro A aponta para 200.1.2.3, não para 200.10.20.30", "o certificado venceu em 01/12/2026",
 *                 "a conexão foi recusada na porta 443"; when passed, what was seen, with "já":
 *                 "o registro A já aponta para o servidor (200.10.20.30)"
 * @param asked    what was asked of whom, e.g. "A esus.itabaiana.se.gov.br? a 127.0.0.1:5353",
 *                 "TLS esus.itabaiana.se.gov.br:443 em 200.10.20.30", "GET https://esus.itabaiana.se.gov.br/"
 * @param answer   what came back, short and factual (addresses, the certificate's subject and dates, the status
 *                 line and the page title), or the error in Portuguese
 * @param warnings things to tell even when passed: "o certificado vence em 12 dias (18/12/2026)", "a página mostra a
 *                 versão 5.3.21, o YAML diz 5.2.8"
 * @param when     when the check ran
 */
public record Observation(Check check, Outcome outcome, String reason, String asked, String answer,
        List<String> warnings, Instant when) {

    public Observation {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(asked, "asked");
        Objects.requireNonNull(answer, "answer");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(when, "when");
    }
}
