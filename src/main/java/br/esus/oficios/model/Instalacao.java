package br.esus.oficios.model;

/**
 * {@code instalacao:}: the PEC server. {@code ipv4} is the public address for the DNS A record; {@code pasta} is the
 * PEC's installation folder as the YAML gives it, or null for the installer's default on {@code sistemaOperacional}.
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
        String pasta) {

    public Instalacao {
        banco = banco == null ? Banco.PADRAO : banco;
    }

    /** Without {@code pasta}: the PEC in the installer's default folder. */
    public Instalacao(String url, String dominio, String ipv4, SistemaOperacional sistemaOperacional,
            VersaoPec versaoPec, Banco banco, boolean certificadoDigitalIntegrado) {
        this(url, dominio, ipv4, sistemaOperacional, versaoPec, banco, certificadoDigitalIntegrado, null);
    }

    /** The PEC's installation folder: the YAML's, or the installer's default for the server's system. */
    public String pastaPec() {
        return pasta != null ? pasta : sistemaOperacional == null ? null : sistemaOperacional.pastaPecPadrao();
    }
}
