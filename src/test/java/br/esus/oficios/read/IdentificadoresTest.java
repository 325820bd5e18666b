package br.esus.oficios.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import br.esus.oficios.model.Uf;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** IBGE, CNPJ, IPv4, domains and the "você quis dizer" rule, with the vectors of docs/fatos-oficio-e-esus.md §4. */
class IdentificadoresTest {

    @ParameterizedTest
    @ValueSource(strings = {"2927408", "3550308", "5300108", "3304557", "3106200", "2304400", "4106902", "1100015",
        "2928604", "2802908"})
    void ibgeCodesThatPass(String code) {
        assertNull(CodigoIbge.check(code, null));
    }

    @Test
    void ibgeExceptionsPassOnlyBecauseTheyAreListed() {
        assertEquals(9, CodigoIbge.EXCECOES.size());
        for (String code : CodigoIbge.EXCECOES) {
            assertNotEquals(CodigoIbge.digito(code), code.charAt(6) - '0', "a regra falharia em " + code);
            assertNull(CodigoIbge.check(code, null), code);
        }
    }

    @Test
    void ibgeCodeNotStartingWithAUfCode() {
        assertEquals("o código IBGE \"1900009\" começa com 19, que não é código de nenhuma UF; confira o código no "
                + "IBGE", CodigoIbge.check("1900009", null));
        assertEquals("o código IBGE \"0928604\" começa com 09, que não é código de nenhuma UF; confira o código no "
                + "IBGE", CodigoIbge.check("0928604", Uf.BA));
    }

    @ParameterizedTest
    @ValueSource(strings = {"11222333000181", "14572457000185", "12ABC34501DE35", "11.222.333/0001-81",
        "12.ABC.345/01DE-35", "12abc34501de35"})
    void cnpjsThatPass(String cnpj) {
        assertNull(Cnpj.check(cnpj));
    }

    @Test
    void cnpjFailures() {
        assertEquals("dígitos verificadores inválidos em \"12ABC34501DE36\" (os corretos seriam 35); confira o CNPJ "
                + "no cartão CNPJ da Receita Federal", Cnpj.check("12ABC34501DE36"));
        assertEquals("CNPJ inválido \"00.000.000/0000-00\" (todos os caracteres iguais); copie o CNPJ do cartão CNPJ da "
                + "prefeitura", Cnpj.check("00.000.000/0000-00"));
        assertNotNull(Cnpj.check("12ABC34501DEAB"), "dígitos verificadores são numéricos");
        assertEquals("12.ABC.345/01DE-35", Cnpj.formatar("12abc34501de35"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.1.2.3", "10.1.2.3", "100.64.0.1", "127.0.0.1", "169.254.1.1", "172.16.0.1",
        "172.31.255.255", "192.0.0.8", "192.0.2.1", "192.88.99.1", "192.168.1.1", "198.18.0.1", "198.19.255.1",
        "198.51.100.1", "203.0.113.1", "224.0.0.1", "239.1.1.1", "240.0.0.1", "255.255.255.255",
        "01.2.3.4", "1.2.3", "1.2.3.4.5", "256.1.1.1", "a.b.c.d"})
    void ipv4Refused(String ip) {
        assertNotNull(Ipv4Publico.check(ip), ip);
    }

    @ParameterizedTest
    @ValueSource(strings = {"200.10.20.30", "177.43.210.15", "8.8.8.8", "100.63.255.255", "100.128.0.1",
        "172.15.255.255", "172.32.0.1", "198.17.1.1", "223.255.255.254"})
    void ipv4Accepted(String ip) {
        assertNull(Ipv4Publico.check(ip), ip);
    }

    @ParameterizedTest
    @ValueSource(strings = {"esus", "-esus.ba.gov.br", "esus-.ba.gov.br", "es..ba.gov.br", "saúde.ba.gov.br",
        "esus.ba.gov.123", "esus.ba.gov.br/"})
    void domainsRefused(String d) {
        assertNotNull(Dominio.check(d), d);
    }

    @Test
    void domainLengthLimits() {
        assertNull(Dominio.check("a".repeat(63) + ".gov.br"));
        assertNotNull(Dominio.check("a".repeat(64) + ".gov.br"));
        assertNotNull(Dominio.check(("a".repeat(60) + ".").repeat(5) + "br"));
    }

    @Test
    void suggestionsOnlyWhenClose() {
        List<String> keys = List.of("nome", "cargo", "tratamento", "genero", "hierarquia");
        assertEquals(Optional.of("cargo"), Suggest.closest("cargp", keys));
        assertEquals(Optional.of("tratamento"), Suggest.closest("tratamneto", keys));
        assertEquals(Optional.of("hierarquia"), Suggest.closest("Hierarquía", keys));
        assertEquals(Optional.empty(), Suggest.closest("telefone", keys));
        assertEquals(Optional.of("codigo_ibge"), Suggest.closest("ibge", List.of("nome", "uf", "codigo_ibge")));
    }
}
