package br.esus.oficios.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;

class CertificateNamesTest {

    @Test
    void theHolderIsTheCommonNameWithoutTheCpf() {
        assertEquals("MARIA DA SILVA", CertificateNames.holder(
                new X500Principal("CN=MARIA DA SILVA:12345678900, OU=Certificado PF A1, O=ICP-Brasil, C=BR")));
        // GOV.BR: the name alone
        assertEquals("LAILA KAROLINE FERREIRA", CertificateNames.holder(new X500Principal("CN=LAILA KAROLINE FERREIRA, C=BR")));
        assertEquals("AC Final do Governo Federal do Brasil v1", CertificateNames.commonName(new X500Principal(
                "CN=AC Final do Governo Federal do Brasil v1, OU=AC Intermediaria do Governo Federal do Brasil v1, "
                        + "O=Gov-Br, C=BR")));
    }

    @Test
    void namesCompareWithoutAccentsCaseOrSpacing() {
        assertTrue(CertificateNames.sameName("MARIA DA CONCEICAO SOUZA", "Maria da  Conceição Souza"));
        assertFalse(CertificateNames.sameName("MARIA DA SILVA", "Maria Silva"));
        assertFalse(CertificateNames.sameName(null, "Maria"));
    }
}
