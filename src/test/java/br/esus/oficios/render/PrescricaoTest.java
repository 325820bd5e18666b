package br.esus.oficios.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.ChecklistItem;
import br.esus.oficios.model.Instalacao;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.Status;
import br.esus.oficios.model.VersaoPec;
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
        Prescricao ok = Prescricao.of(m, TestMunicipios.catalogo());
        assertEquals(Status.CONCLUIDO, ok.https());
        assertNull(ok.smtp(), "o catálogo sem item smtp deixa o SMTP a confirmar");
        assertTrue(ok.podeAbrirChamado());

        Prescricao smtpPending = Prescricao.of(m, withSmtp(Status.PENDENTE_BAIXA));
        assertEquals(List.of("servidor SMTP"), smtpPending.pendencias());
        assertFalse(smtpPending.podeAbrirChamado());

        Instalacao i = m.instalacao();
        Municipio old = TestMunicipios.comInstalacao(m, new Instalacao(i.url(), i.dominio(), i.ipv4(),
                i.sistemaOperacional(), VersaoPec.parse("5.2.5"), i.banco(), false));
        assertEquals(List.of("PEC 5.2.6 ou posterior", "certificado ICP-Brasil integrado", "servidor SMTP"),
                Prescricao.of(old, withSmtp(Status.PENDENTE_ALTA)).pendencias());
        assertTrue(Prescricao.of(m, withSmtp(Status.NAO_SE_APLICA)).podeAbrirChamado());
    }
}
