package br.esus.oficios.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import br.esus.oficios.model.OrgaoDominio;
import org.junit.jupiter.api.Test;

class CargoNoOrgaoTest {

    @Test
    void contractionFollowsTheOrgansFirstWord() {
        assertEquals("da", CargoNoOrgao.contraction("Empresa Sergipana de Tecnologia da Informação"));
        assertEquals("da", CargoNoOrgao.contraction("Companhia de Processamento de Dados do Estado da Bahia"));
        assertEquals("da", CargoNoOrgao.contraction("Superintendência de Tecnologia"));
        assertEquals("da", CargoNoOrgao.contraction("Fundação de Informática"));
        assertEquals("do", CargoNoOrgao.contraction("Centro de Informática e Automação"));
        assertEquals("do", CargoNoOrgao.contraction("Instituto de Tecnologia"));
        assertEquals("do", CargoNoOrgao.contraction("Serviço Federal de Processamento de Dados"));
        assertEquals("do", CargoNoOrgao.contraction("Sistema Estadual de Informática"));
    }

    @Test
    void theOrganGoesInTheCargoLineOnce() {
        OrgaoDominio o = TestMunicipios.santoAmaro().orgaoDominio();
        assertEquals("Diretor-Presidente da " + o.nome() + " – " + o.sigla(), CargoNoOrgao.of("Diretor-Presidente", o));
        assertEquals("Presidente da " + o.sigla(), CargoNoOrgao.of("Presidente da " + o.sigla(), o));
    }
}
