package br.esus.oficios.send;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The SMTP server and the sender, validated. Build it with {@link MailSettingsReader}; the password is not here (it
 * is read from the environment only when a message is really sent).
 *
 * @param usuario login; null when the server takes mail without authentication
 * @param remetenteNome the sender's display name; may be null
 * @param copias addresses copied on every message
 * @param suporte where tickets go (e-SUS APS support); null when not configured, and then tickets are not sent
 * @param tempoLimite connection, read and write timeout
 * @param confirmacaoLeitura asks for a read receipt ({@code Disposition-Notification-To})
 * @param inseguro allows {@link Seguranca#NENHUMA} towards a host that is not this machine
 * @param confiarEmQualquerCertificado accepts any TLS certificate and host name. Only for tests against a local
 *        server with a self-signed certificate: no YAML key and no command-line option sets it
 * @param confianca {@code smtp.confianca}: certificates trusted for this server besides the JDK's (the certificate
 *        must still lead to one of them, and its name match {@code servidor}); null for the JDK's only
 * @param exigirAssinatura {@code smtp.exigir_assinatura}: {@code enviar} refuses an ofício without a valid signed
 *        copy over the current document instead of sending the unsigned PDF with a warning
 */
public record MailSettings(
        String servidor,
        int porta,
        Seguranca seguranca,
        String usuario,
        String remetenteEmail,
        String remetenteNome,
        List<String> copias,
        String suporte,
        Duration tempoLimite,
        boolean confirmacaoLeitura,
        boolean inseguro,
        boolean confiarEmQualquerCertificado,
        Confianca confianca,
        boolean exigirAssinatura) {

    /** The environment variable that holds the SMTP password. */
    public static final String SENHA_ENV = "GERAR_OFICIOS_SMTP_SENHA";
    public static final Duration TEMPO_LIMITE_PADRAO = Duration.ofSeconds(30);
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");

    public MailSettings {
        Objects.requireNonNull(servidor, "servidor");
        Objects.requireNonNull(seguranca, "seguranca");
        Objects.requireNonNull(remetenteEmail, "remetenteEmail");
        Objects.requireNonNull(tempoLimite, "tempoLimite");
        copias = List.copyOf(copias);
        if (porta < 1 || porta > 65535) {
            throw new IllegalArgumentException("porta fora de 1–65535: " + porta);
        }
        if (seguranca == Seguranca.NENHUMA && !inseguro && !isLoopback(servidor)) {
            throw new IllegalArgumentException(
                    "seguranca: nenhuma só é aceita para um servidor nesta máquina (localhost); use --inseguro");
        }
    }

    /** Settings that trust the JDK's certificate authorities only (no {@code smtp.confianca}). */
    public MailSettings(String servidor, int porta, Seguranca seguranca, String usuario, String remetenteEmail,
            String remetenteNome, List<String> copias, String suporte, Duration tempoLimite,
            boolean confirmacaoLeitura, boolean inseguro, boolean confiarEmQualquerCertificado) {
        this(servidor, porta, seguranca, usuario, remetenteEmail, remetenteNome, copias, suporte, tempoLimite,
                confirmacaoLeitura, inseguro, confiarEmQualquerCertificado, null, false);
    }

    /** A copy that trusts any certificate: for tests against GreenMail's self-signed certificate only. */
    public MailSettings withConfiarEmQualquerCertificado() {
        return new MailSettings(servidor, porta, seguranca, usuario, remetenteEmail, remetenteNome, copias, suporte,
                tempoLimite, confirmacaoLeitura, inseguro, true, confianca, exigirAssinatura);
    }

    /** {@code servidor:porta}, as messages show it. */
    public String endereco() {
        return (servidor.contains(":") ? "[" + servidor + "]" : servidor) + ":" + porta;
    }

    /**
     * True for {@code localhost}, {@code 127.0.0.0/8} and {@code ::1}, written literally. Names are not resolved:
     * a name that happens to resolve to 127.0.0.1 is not trusted.
     */
    public static boolean isLoopback(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.equals("localhost.") || IPV4_LOOPBACK.matcher(h).matches()) {
            return true;
        }
        if (h.contains(":")) { // an IPv6 literal: InetAddress checks it without asking DNS
            try {
                return java.net.InetAddress.getByName(h).isLoopbackAddress();
            } catch (java.net.UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    /**
     * The Jakarta Mail session properties for these settings. Debug is off. With {@link #confianca}, the TLS socket
     * factory (an object, under {@code mail.smtp.ssl.socketFactory}) trusts its certificates besides the JDK's.
     */
    public Properties sessionProperties() {
        String p = seguranca.protocol();
        String ms = Long.toString(tempoLimite.toMillis());
        Properties props = new Properties();
        props.setProperty("mail.transport.protocol", p);
        props.setProperty("mail.debug", "false");
        props.setProperty("mail." + p + ".host", servidor);
        props.setProperty("mail." + p + ".port", Integer.toString(porta));
        props.setProperty("mail." + p + ".from", remetenteEmail);
        props.setProperty("mail." + p + ".auth", Boolean.toString(usuario != null));
        props.setProperty("mail." + p + ".connectiontimeout", ms);
        props.setProperty("mail." + p + ".timeout", ms);
        props.setProperty("mail." + p + ".writetimeout", ms);
        switch (seguranca) {
            case STARTTLS -> {
                props.setProperty("mail.smtp.starttls.enable", "true");
                props.setProperty("mail.smtp.starttls.required", "true");
            }
            case SSL -> props.setProperty("mail.smtps.ssl.enable", "true");
            case NENHUMA -> props.setProperty("mail.smtp.starttls.enable", "false");
        }
        if (seguranca != Seguranca.NENHUMA) {
            props.setProperty("mail." + p + ".ssl.protocols", "TLSv1.2 TLSv1.3");
            if (confiarEmQualquerCertificado) {
                props.setProperty("mail." + p + ".ssl.trust", "*");
                props.setProperty("mail." + p + ".ssl.checkserveridentity", "false");
            } else {
                props.setProperty("mail." + p + ".ssl.checkserveridentity", "true");
                if (confianca != null) {
                    props.put("mail." + p + ".ssl.socketFactory", confianca.socketFactory());
                }
            }
        }
        return props;
    }
}
