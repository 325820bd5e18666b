package br.esus.oficios.model;

/** {@code instalacao:}: the PEC server. {@code ipv4} is the public address for the DNS A record. */
public record Instalacao(
        String url,
        String dominio,
        String ipv4,
        SistemaOperacional sistemaOperacional,
        VersaoPec versaoPec,
        Banco banco,
        boolean certificadoDigitalIntegrado) {
}
