package br.esus.oficios.model;

import java.time.LocalDate;

/**
 * {@code instalacao:}: the PEC server. {@code ipv4} is the public address for the DNS A record; {@code pasta} is the
 * PEC's installation folder as the YAML gives it, or null for the installer's default on {@code sistemaOperacional}.
 * {@code certificadoDigitalValidade} is the last day the integrated certificate is valid, or null when the YAML does
 * not say.
 *
 * @param banco never null: without an {@code instalacao.banco} block, the installer's ({@link Banco#PADRAO})
 */
public record Instalacao(
        String url,
        String dominio,
        String ipv4,
        SistemaOperacional sistemaOperacional,
        VersaoPec versaoPec,
        Banco banco,
        boolean certificadoDigitalIntegrado,
        String pasta,
        LocalDate certificadoDigitalValidade) {

    public Instalacao {
        banco = banco == null ? Banco.PADRAO : banco;
    }

    /** Without the certificate's validity. */
    public Instalacao(String url, String dominio, String ipv4, SistemaOperacional sistemaOperacional,
            VersaoPec versaoPec, Banco banco, boolean certificadoDigitalIntegrado, String pasta) {
        this(url, dominio, ipv4, sistemaOperacional, versaoPec, banco, certificadoDigitalIntegrado, pasta, null);
    }

    /** Without {@code pasta}: the PEC in the installer's default folder. */
    public Instalacao(String url, String dominio, String ipv4, SistemaOperacional sistemaOperacional,
            VersaoPec versaoPec, Banco banco, boolean certificadoDigitalIntegrado) {
        this(url, dominio, ipv4, sistemaOperacional, versaoPec, banco, certificadoDigitalIntegrado, null, null);
    }

    /** Whether the integrated certificate is known to have expired before {@code today}. */
    public boolean certificadoVencido(LocalDate today) {
        return certificadoDigitalValidade != null && certificadoDigitalValidade.isBefore(today);
    }

    /** The PEC's installation folder: the YAML's, or the installer's default for the server's system. */
    public String pastaPec() {
        return pasta != null ? pasta : sistemaOperacional == null ? null : sistemaOperacional.pastaPecPadrao();
    }
}
