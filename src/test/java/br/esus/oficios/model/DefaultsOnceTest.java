package br.esus.oficios.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The defaults and fallbacks the model records apply themselves, so that no consumer writes them again. */
class DefaultsOnceTest {

    private static Instalacao instalacao(Banco banco) {
        return new Instalacao("https://esus.x.ba.gov.br", "esus.x.ba.gov.br", "200.10.20.30",
                SistemaOperacional.LINUX, VersaoPec.parse("5.3.21"), banco, true);
    }

    private static Municipio municipio(String enderecoPrefeitura, String enderecoSecretaria) {
        return new Municipio(Path.of("x.yaml"), new Cidade("X", Uf.BA, null),
                new Prefeitura("Prefeitura Municipal de X", null, enderecoPrefeitura, null, null, null),
                new Secretaria("Secretaria Municipal de Saúde", "SMS", enderecoSecretaria, null, null, null),
                new Pessoa("Ana", "Secretária"), new Contato("João", null, null, null), instalacao(null),
                null, null, null, Map.of());
    }

    @Test
    void withoutABancoBlockTheDatabaseIsTheInstallers() {
        assertEquals(Banco.PADRAO, instalacao(null).banco());
        Banco proprio = new Banco(5434, "esus_prod", "dono");
        assertEquals(proprio, instalacao(proprio).banco());
        assertEquals("jdbc:postgresql://localhost:5434/esus_prod", proprio.urlJdbc());
    }

    @Test
    void aSecretariaWithoutAnAddressHasThePrefeiturasOne() {
        assertEquals("Praça da Matriz, 1", municipio("Praça da Matriz, 1", null).secretaria().endereco());
        assertEquals("Praça da Matriz, 1", municipio("Praça da Matriz, 1", "  ").secretaria().endereco());
        assertEquals("Rua do Posto, 2", municipio("Praça da Matriz, 1", "Rua do Posto, 2").secretaria().endereco());
        assertEquals(null, municipio(null, null).secretaria().endereco());
    }

    @Test
    void withoutAGovbrBlockThereIsNoClientIdAndTheSecretIsInTheDefaultVariable() {
        GovBr g = municipio(null, null).govbr();
        assertEquals(null, g.clientId());
        assertEquals(GovBr.SECRET_ENV_PADRAO, g.clientSecretEnv());
        assertEquals(GovBr.SECRET_ENV_PADRAO, new GovBr("id", " ").clientSecretEnv());
        assertEquals("SEGREDO_X", new GovBr("id", "SEGREDO_X").clientSecretEnv());
    }

    @Test
    void theMinimumVersionForPrescriptionIsTheManuals() {
        assertEquals(false, VersaoPec.parse("5.2.5").atLeast(VersaoPec.MINIMA_PRESCRICAO));
        assertEquals(true, VersaoPec.parse("5.2.6").atLeast(VersaoPec.MINIMA_PRESCRICAO));
    }
}
