package br.esus.oficios.render;

import static br.esus.oficios.render.TestMunicipios.HOJE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.BrazilianDate;
import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.ChecklistItem;
import br.esus.oficios.model.Instalacao;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.Status;
import br.esus.oficios.model.VersaoPec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrescricaoTest {
    private static ChecklistCatalog withSmtp(Status dflt) {
        List<ChecklistItem> itens = new ArrayList<>(TestMunicipios.catalogo().itens());
        itens.add(new ChecklistItem("smtp", "Servidor SMTP", "", "PEC_03 §3.1.3.2", "integrações", dflt));
        return new ChecklistCatalog(itens);
    }

    @Test
    void everyPremiseOfTheManualIsChecked() {
        Municipio m = TestMunicipios.santoAmaro();
        Prescricao ok = Prescricao.of(m, TestMunicipios.catalogo(), HOJE);
        assertEquals(Status.CONCLUIDO, ok.https());
        assertNull(ok.smtp(), "o catálogo sem item smtp deixa o SMTP a confirmar");
        assertTrue(ok.podeAbrirChamado());

        Prescricao smtpPending = Prescricao.of(m, withSmtp(Status.PENDENTE_BAIXA), HOJE);
        assertEquals(List.of("servidor SMTP"), smtpPending.pendencias());
        assertFalse(smtpPending.podeAbrirChamado());

        Instalacao i = m.instalacao();
        Municipio old = TestMunicipios.comInstalacao(m, new Instalacao(i.url(), i.dominio(), i.ipv4(),
                i.sistemaOperacional(), VersaoPec.parse("5.2.5"), i.banco(), false));
        assertEquals(List.of("PEC 5.2.6 ou posterior", "certificado ICP-Brasil integrado", "servidor SMTP"),
                Prescricao.of(old, withSmtp(Status.PENDENTE_ALTA), HOJE).pendencias());
        assertTrue(Prescricao.of(m, withSmtp(Status.NAO_SE_APLICA), HOJE).podeAbrirChamado());
    }

    private static Municipio withCertificate(boolean integrado, LocalDate validade) {
        Municipio m = TestMunicipios.santoAmaro();
        Instalacao i = m.instalacao();
        return TestMunicipios.comInstalacao(m, new Instalacao(i.url(), i.dominio(), i.ipv4(), i.sistemaOperacional(),
                i.versaoPec(), i.banco(), integrado, i.pasta(), validade));
    }

    private static Prescricao prescricao(Municipio m) {
        return Prescricao.of(m, TestMunicipios.catalogo(), HOJE);
    }

    @Test
    void withoutAValidityTheTicketClaimsOnlyTheIntegration() {
        Prescricao p = prescricao(withCertificate(true, null));
        assertEquals("integrado ao PEC; validade não informada", p.certificado());
        assertFalse(p.certificado().contains("atendido"), p.certificado());
        assertTrue(p.podeAbrirChamado());
        assertEquals("pendente: ainda não integrado ao PEC", prescricao(withCertificate(false, null)).certificado());
    }

    @Test
    void aValidCertificateIsMetUntilItsLastDay() {
        Prescricao lastDay = prescricao(withCertificate(true, HOJE));
        assertEquals("atendido: integrado ao PEC, válido até " + BrazilianDate.format(HOJE), lastDay.certificado());
        assertTrue(lastDay.podeAbrirChamado());
        assertEquals("atendido: integrado ao PEC, válido até 31/08/2027",
                prescricao(withCertificate(true, LocalDate.of(2027, 8, 31))).certificado());
    }

    @Test
    void anExpiredCertificateIsNotMet() {
        LocalDate yesterday = HOJE.minusDays(1);
        Prescricao p = prescricao(withCertificate(true, yesterday));
        String ate = BrazilianDate.format(yesterday);
        assertEquals("não atendido: o certificado integrado ao PEC era válido até " + ate, p.certificado());
        assertEquals(List.of("certificado ICP-Brasil válido (o integrado valia só até " + ate + ")"), p.pendencias());
        assertFalse(p.podeAbrirChamado());
        assertEquals(false, p.data().get("certificado_ok"));
    }
}
