package br.esus.oficios.send;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

/**
 * Why a message was not delivered, in one Portuguese line, and whether trying again can help.
 *
 * @param transientFailure connection refused, timeout, SMTP 4xx: worth another try
 * @param server the failure concerns the server or the account (cannot connect, authentication, TLS), not this
 *        message: the other messages will not be tried against it
 */
record SmtpFailure(boolean transientFailure, boolean server, String mensagem) {
    private static final Pattern REPLY_CODE = Pattern.compile("(?:response: |^)([45]\\d\\d)[ -]");

    static SmtpFailure classify(MessagingException e, MailSettings s) {
        List<Throwable> chain = chain(e);
        String where = s.endereco();
        for (Throwable t : chain) {
            if (t instanceof AuthenticationFailedException) {
                return new SmtpFailure(false, true, "o servidor " + where + " recusou o usuário ou a senha ("
                        + reply(t) + "); confira smtp.usuario e a variável " + MailSettings.SENHA_ENV);
            }
        }
        for (Throwable t : chain) {
            int code = t instanceof SMTPSendFailedException sf ? sf.getReturnCode()
                    : t instanceof SMTPAddressFailedException af ? af.getReturnCode() : 0;
            if (code == -1 && t instanceof SMTPSendFailedException) {
                // Angus's way of saying that the server closed the connection instead of answering.
                return new SmtpFailure(true, true, "o servidor " + where + " encerrou a conexão sem responder");
            }
            if (code >= 400 && code < 500) {
                return new SmtpFailure(true, false, "o servidor adiou a mensagem: " + reply(t));
            }
            if (code >= 500) {
                String what = t instanceof SMTPAddressFailedException af
                        ? "o servidor recusou o destinatário " + af.getAddress() + ": "
                        : "o servidor recusou a mensagem: ";
                return new SmtpFailure(false, false, what + reply(t));
            }
        }
        for (Throwable t : chain) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("STARTTLS is required")) {
                return new SmtpFailure(false, true, "o servidor " + where + " não oferece STARTTLS e a senha e os"
                        + " documentos não vão sem criptografia; confira o servidor e a porta ou use seguranca: ssl"
                        + " (porta 465)");
            }
            if (t instanceof SSLException || t instanceof CertificateException) {
                return new SmtpFailure(false, true, "falha no TLS com " + where + ": " + tls(chain, m));
            }
            if (t instanceof UnknownHostException) {
                return new SmtpFailure(false, true, "servidor " + s.servidor() + " não encontrado; confira smtp.servidor");
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SocketTimeoutException) {
                return new SmtpFailure(true, true, "o servidor " + where + " não respondeu em "
                        + s.tempoLimite().toSeconds() + " s");
            }
            if (t instanceof MailConnectException || t instanceof ConnectException) {
                return new SmtpFailure(true, true, "não foi possível conectar a " + where
                        + " (servidor fora do ar, porta errada ou bloqueada)");
            }
        }
        Matcher rc = REPLY_CODE.matcher(String.valueOf(e.getMessage()));
        if (rc.find()) {
            boolean t4 = rc.group(1).startsWith("4");
            return new SmtpFailure(t4, true, "o servidor " + where + " respondeu: " + reply(e));
        }
        for (Throwable t : chain) {
            if (t instanceof IOException) {
                return new SmtpFailure(true, true, "a conexão com " + where + " caiu: " + oneLine(t.getMessage()));
            }
        }
        return new SmtpFailure(false, false, "falha no envio: " + oneLine(e.getMessage()));
    }

    /** The exception, its causes and Jakarta Mail's "next" exceptions, without loops. */
    private static List<Throwable> chain(Throwable e) {
        List<Throwable> out = new ArrayList<>();
        List<Throwable> todo = new ArrayList<>(List.of(e));
        while (!todo.isEmpty() && out.size() < 20) {
            Throwable t = todo.remove(0);
            if (t == null || out.contains(t)) {
                continue;
            }
            out.add(t);
            todo.add(t.getCause());
            if (t instanceof MessagingException me) {
                todo.add(me.getNextException());
            }
        }
        return out;
    }

    private static String reply(Throwable t) {
        return oneLine(t.getMessage());
    }

    static String oneLine(String s) {
        if (s == null) {
            return "sem detalhes";
        }
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 200 ? one.substring(0, 200) + "…" : one;
    }
    /** Why TLS failed, in Portuguese, for the causes a coordinator can act on; Java's text only for the rest. */
    static String tls(List<Throwable> chain, String message) {
        String all = String.join(" | ", chain.stream().map(t -> String.valueOf(t.getMessage())).toList());
        if (chain.stream().anyMatch(t -> t instanceof java.security.cert.CertificateExpiredException)
                || all.contains("validity check failed") || all.contains("NotAfter")) {
            return "o certificado do servidor está vencido; avise quem administra o servidor de e-mail";
        }
        if (all.contains("No subject alternative") || all.contains("No name matching")) {
            return "o certificado do servidor é de outro nome; use em smtp.servidor o nome que está no certificado "
                    + "(em geral o nome completo, não o IP)";
        }
        if (all.contains("PKIX path") || all.contains("unable to find valid certification path")) {
            return "o certificado do servidor não é de uma autoridade confiável (autoassinado ou de uma autoridade "
                    + "interna); peça a quem administra o servidor de e-mail o certificado da autoridade que emitiu o "
                    + "dele e indique-o em smtp.confianca (arquivo PEM ou DER, ou uma pasta com eles), que o "
                    + "gerar-oficios passa a aceitar além das autoridades do Java, com a conexão ainda verificada";
        }
        if (all.contains("Unrecognized SSL message") || all.contains("plaintext connection")) {
            return "a porta não fala TLS direto; com seguranca: ssl use a porta 465, com starttls a 587";
        }
        return "certificado não confiável, nome diferente do servidor ou porta sem TLS (" + oneLine(message) + ")";
    }

}
