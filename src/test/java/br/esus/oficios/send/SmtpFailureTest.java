package br.esus.oficios.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** TLS failures are explained in Portuguese, by what the coordinator can do about them. */
class SmtpFailureTest {
    private static final MailSettings SETTINGS = MailFixtures.settings("smtp.saude.gov.br", 465, Seguranca.SSL,
            "u");

    private static SmtpFailure tls(String javaMessage) {
        MessagingException e = new MessagingException("Could not connect to SMTP host",
                new SSLHandshakeException(javaMessage));
        return SmtpFailure.classify(e, SETTINGS);
    }

    @Test
    void anUntrustedCertificate() {
        SmtpFailure f = tls("PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: "
                + "unable to find valid certification path to requested target");
        assertTrue(f.server());
        assertFalse(f.transientFailure(), "tentar de novo não resolve");
        assertEquals("falha no TLS com smtp.saude.gov.br:465: o certificado do servidor não é de uma autoridade "
                + "confiável (autoassinado ou de uma autoridade interna); peça a quem administra o servidor de e-mail "
                + "o certificado da autoridade que emitiu o dele e indique-o em smtp.confianca (arquivo PEM ou DER, ou "
                + "uma pasta com eles), que o gerar-oficios passa a aceitar além das autoridades do Java, com a "
                + "conexão ainda verificada", f.mensagem());
        assertFalse(f.mensagem().contains("sun.security"), f.mensagem());
    }

    @Test
    void aCertificateOfAnotherNameAnExpiredOneAndAPortWithoutTls() {
        assertTrue(tls("No subject alternative names matching IP address 127.0.0.1 found").mensagem()
                .endsWith("o certificado do servidor é de outro nome; use em smtp.servidor o nome que está no "
                        + "certificado (em geral o nome completo, não o IP)"));
        assertTrue(tls("PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check "
                + "failed").mensagem().endsWith("o certificado do servidor está vencido; avise quem administra o "
                + "servidor de e-mail"));
        assertTrue(tls("Unrecognized SSL message, plaintext connection?").mensagem().endsWith("a porta não fala TLS "
                + "direto; com seguranca: ssl use a porta 465, com starttls a 587"));
    }

    @Test
    void aConnectionClosedInsteadOfAnAnswerIsSaidSo() {
        SmtpFailure f = SmtpFailure.classify(new org.eclipse.angus.mail.smtp.SMTPSendFailedException(".", -1, "[EOF]",
                null, null, null, null), SETTINGS);
        assertEquals("o servidor smtp.saude.gov.br:465 encerrou a conexão sem responder", f.mensagem());
        assertTrue(f.transientFailure() && f.server());
    }
}
