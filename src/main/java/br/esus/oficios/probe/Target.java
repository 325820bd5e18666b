package br.esus.oficios.probe;

import java.net.URI;

/**
 * What one municipality's YAML says should be observable, from {@code instalacao}. A null field means the YAML does
 * not say it; the checks that need it come back {@link Outcome#NOT_CHECKED} with the key to fill as the reason.
 *
 * @param domain          {@code instalacao.dominio}, e.g. "esus.itabaiana.se.gov.br"
 * @param expectedIpv4    {@code instalacao.ipv4}, the address the A record must give
 * @param installationUrl {@code instalacao.url}: host and port of the HTTPS check, the page of the PEC check
 * @param expectedVersion {@code instalacao.versao_pec} as written, e.g. "5.3.21"
 */
public record Target(String domain, String expectedIpv4, URI installationUrl, String expectedVersion) {
}
