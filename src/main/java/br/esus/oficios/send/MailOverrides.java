package br.esus.oficios.send;

/**
 * What the command line says about the SMTP server; each non-null value replaces the one in
 * {@code gerar-oficios.yaml}. The password is never an option: it only comes from {@code GERAR_OFICIOS_SMTP_SENHA}.
 *
 * @param seguranca {@code starttls}, {@code ssl} or {@code nenhuma}, as typed (checked by the reader)
 * @param remetente the sender's e-mail, or {@code "Nome <email>"}
 * @param inseguro allows {@code seguranca: nenhuma} towards a host that is not this machine
 */
public record MailOverrides(
        String servidor, Integer porta, String seguranca, String usuario, String remetente, boolean inseguro) {

    /** No overrides. */
    public static MailOverrides none() {
        return new MailOverrides(null, null, null, null, null, false);
    }
}
