package br.esus.oficios.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import br.esus.oficios.model.Uf;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each case of a municipality's name and code against the IBGE list, with where the warning points. */
class IbgeListCheckTest {
    private static final IbgeCatalogue LIST = IbgeCatalogue.get();

    private static String at(String nome, Uf uf, String codigo) {
        return IbgeListCheck.of(nome, uf, codigo, LIST).map(w -> w.at() + ": " + w.message()).orElse("");
    }

    @Test
    void theNamesCodeIsFineWhateverTheAccentsAndCase() {
        assertEquals("", at("Santo Amaro", Uf.BA, "2928604"));
        assertEquals("", at("  SANTO amaro ", Uf.BA, "2928604"));
        assertEquals("", at("Sao Goncalo dos Campos", Uf.BA, "2929305"));
        assertEquals("", at("Olho d'Agua do Borges", Uf.RN, "2408409"));
    }

    @Test
    void anotherMunicipalitysCodeNamesBothAndGivesTheRightOne() {
        assertEquals("CODIGO_IBGE: o código 2910800 é de Feira de Santana/BA, não de Santo Amaro, na lista de municípios "
                + "do IBGE (de 2014); o de Santo Amaro/BA é 2928604: confira o código", at("Santo Amaro", Uf.BA,
                        "2910800"));
    }

    @Test
    void aMisspeltNameWithItsOwnCodeIsAskedAboutOnTheName() {
        assertEquals("NOME: Santo Amro não está na lista de municípios do IBGE (de 2014) para a BA; o código 2928604 é de "
                + "Santo Amaro: você quis dizer Santo Amaro? Confira o nome (se o município mudou de nome depois de "
                + "2014, ignore este aviso)", at("Santo Amro", Uf.BA, "2928604"));
        // A name changed after the list reads the same way, and says it may be ignored.
        assertEquals("NOME: Itapajé não está na lista de municípios do IBGE (de 2014) para a CE; o código 2306306 é de "
                + "Itapagé: você quis dizer Itapagé? Confira o nome (se o município mudou de nome depois de 2014, "
                + "ignore este aviso)", at("Itapajé", Uf.CE, "2306306"));
    }

    @Test
    void aMisspeltNameWithAnotherMunicipalitysCodeSuggestsTheNameAndItsCode() {
        assertEquals("CODIGO_IBGE: o código 2910800 é de Feira de Santana/BA, não de Santo Amro, na lista de municípios "
                + "do IBGE (de 2014); você quis dizer Santo Amaro (2928604)? Confira o nome e o código",
                at("Santo Amro", Uf.BA, "2910800"));
    }

    @Test
    void aCodeOfNobodyWithANameOfTheListGivesTheListsCode() {
        String code = SyntheticIbge.code(28, 3);
        assertEquals("CODIGO_IBGE: o código " + code + " não é de nenhum município na lista de municípios do IBGE (de "
                + "2014); o de Lagarto/SE é 2803500: confira o código", at("Lagarto", Uf.SE, code));
    }

    @Test
    void neitherNameNorCodeInTheListIsAMunicipalityCreatedAfterIt() {
        assertEquals("", at("Boa Esperança do Norte", Uf.MT, SyntheticIbge.code(51, 1)));
        assertEquals("", at("Santa Cruz", Uf.BA, SyntheticIbge.code(29, 1)));
    }

    @Test
    void novoSaysWhatItCouldNotFill() {
        assertEquals("Santa Cruz não está na lista de municípios do IBGE (de 2014) para a SE: confira o nome e preencha "
                + "o codigo_ibge, que ficou PREENCHER (a lista não tem os municípios criados depois de 2014, como Boa "
                + "Esperança do Norte/MT)", IbgeListCheck.novo("Santa Cruz", Uf.SE, LIST));
        assertEquals(Optional.of("Santo Amaro"), LIST.closest(Uf.BA, "santo amro").map(IbgeCatalogue.Entry::nome));
    }
}
