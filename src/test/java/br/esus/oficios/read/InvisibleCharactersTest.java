package br.esus.oficios.read;

import static br.esus.oficios.read.Fixtures.BASE;
import static br.esus.oficios.read.Fixtures.assertOnly;
import static br.esus.oficios.read.Fixtures.lines;
import static br.esus.oficios.read.Fixtures.with;
import static br.esus.oficios.read.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.Municipio;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Characters a file gets from text pasted from a web page, Word, a PDF or a Mac: control characters, invisible ones,
 * unusual spaces, accents as combining marks. Each one is named, where it is; free text loses the invisible ones with
 * a warning, names and codes refuse them, and every value is read in one normal form (NFC).
 */
class InvisibleCharactersTest {
    private static final MunicipioReader READER = new MunicipioReader(Fixtures.catalog(), Fixtures.HOJE);
    private static final String COPIADO = " (costuma vir de texto copiado de uma página da web, do Word ou de um PDF)";
    private static final String CONTROLE = " não é permitido no arquivo; apague-o (ele pode não aparecer no editor: "
            + "apague e digite de novo o trecho desta posição)";

    @TempDir
    Path dir;

    private ReadResult read(String yaml) {
        return READER.read(write(dir, yaml));
    }

    /** The line of BASE that starts with {@code start} (after the indentation), counted from 1. */
    private static int line(String start) {
        String[] lines = BASE.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start);
    }

    @Test
    void rawControlCharactersAreReportedWhereTheyAreAndNamed() {
        // a long file: SnakeYAML reads it in chunks and used to blame where its chunk began (1:1, or lines away)
        String comments = "# comentário de uma linha para o arquivo passar de alguns KiB\n".repeat(100);
        String yaml = with(with(with(comments + BASE, "  cargo: Secretária", "  cargo: Secre\u0007tária"),
                "  nome: Marcelo Ribeiro", "  nome: Marcelo\u0000 Ribeiro"),
                "observacao: \"aguardando", "observacao: \"aguar\u000Bdando");
        ReadResult r = read(yaml);
        assertFalse(r.ok());
        assertEquals(List.of(
                (100 + line("cargo: Secretária")) + ":15: signatario.cargo: caractere de controle U+0007 (sinal sonoro)" + CONTROLE,
                (100 + line("nome: Marcelo")) + ":18: orgao_dominio.destinatario.nome: caractere de controle U+0000 (caractere nulo)" + CONTROLE,
                (100 + line("dns_govbr:")) + ":57: checklist.dns_govbr.observacao: caractere de controle U+000B (tabulação vertical)" + CONTROLE),
                lines(r));
    }

    @Test
    void theRestOfTheFileIsStillChecked() {
        String yaml = with(with(BASE, "  nome: Ana Lima", "  nome: Ana\u000B\u000BLima"), "  uf: BA\n  codigo",
                "  uf: XX\n  codigo");
        List<String> l = lines(read(yaml)).stream().filter(p -> !p.contains("codigo_ibge"))
                .map(p -> p.replaceAll("27 UFs: .*", "27 UFs: ...")).toList();
        assertEquals(List.of(line("uf: BA") + ":7: municipio.uf: UF inválida \"XX\"; use a sigla de uma das 27 UFs: ...",
                line("nome: Ana") + ":12: signatario.nome: caractere de controle U+000B (tabulação vertical)" + CONTROLE,
                line("nome: Ana") + ":13: signatario.nome: caractere de controle U+000B (tabulação vertical)" + CONTROLE), l);
    }

    @Test
    void aControlCharacterInACommentOrTheIndentationHasNoField() {
        assertOnly(read(with("oficios:\n", "# números\u0008 dos ofícios\noficios:\n")), line("oficios:") + ":10: "
                + "caractere de controle U+0008 (retrocesso)" + CONTROLE);
        assertOnly(read(with("  uf: BA\n  codigo", "  uf: BA\n\u000C  codigo")), line("codigo_ibge:") + ":1: caractere "
                + "de controle U+000C (quebra de página)" + CONTROLE);
    }

    @Test
    void escapedControlCharactersInAValueAreNamed() {
        assertOnly(read(with("  nome: Ana Lima", "  nome: \"Ana\\vLima\"")), line("nome: Ana") + ":9: signatario.nome: "
                + "caractere de controle U+000B (tabulação vertical) não é permitido no valor; apague-o (use espaços)");
        assertOnly(read(with("  nome: Ana Lima", "  nome: \"Ana \\u202ELima\"")), line("nome: Ana") + ":9: "
                + "signatario.nome: caractere de controle U+202E (inversão da direção do texto) não é permitido no "
                + "valor; apague-o (use espaços)");
    }

    @Test
    void aZeroWidthSpaceInFreeTextIsRemovedWithAWarning() {
        ReadResult r = read(with("  endereco: Praça da Purificação, s/n", "  endereco: Praça da Purificação,\u200B s/n"));
        assertTrue(r.ok(), lines(r)::toString);
        assertEquals("Praça da Purificação, s/n, Centro", r.municipio().prefeitura().endereco());
        assertEquals(List.of(line("endereco: Praça") + ":13: prefeitura.endereco: aviso: caractere invisível U+200B "
                + "(espaço de largura zero) removido do texto; apague-o do arquivo" + COPIADO), lines(r));
    }

    @Test
    void everyInvisibleCharacterOfAFreeTextIsNamedOnce() {
        ReadResult r = read(with("observacao: \"aguardando ofício\"",
                "observacao: \"\\uFEFFaguar\\u00ADdando\\u2060 o\\u00ADfício\\u200E\""));
        assertTrue(r.ok(), lines(r)::toString);
        assertEquals("aguardando ofício", r.municipio().checklist().get("dns_govbr").observacao());
        assertEquals(List.of(line("dns_govbr:") + ":51: checklist.dns_govbr.observacao: aviso: caracteres invisíveis "
                + "U+FEFF (marca de ordem de bytes (BOM)), U+00AD (hífen opcional), U+2060 (junção de palavras) e U+200E "
                + "(marca de escrita da esquerda para a direita) removidos do texto; apague-os do arquivo" + COPIADO),
                lines(r));
    }

    @Test
    void unusualSpacesJoinersAndEmojiStayInFreeText() {
        String text = "Rua\u00A0General Câmara, 120 \u2014 sala 3\u202F\u00BA andar \uD83D\uDC69\u200D\uD83D\uDCBB";
        ReadResult r = read(with("  endereco: Praça da Purificação, s/n, Centro", "  endereco: \"" + text + "\""));
        assertTrue(r.ok(), lines(r)::toString);
        assertEquals(List.of(), lines(r));
        assertEquals(text, r.municipio().prefeitura().endereco());
    }

    @Test
    void aNameThatNamesTheFolderRefusesInvisibleCharacters() {
        assertOnly(read(with("  nome: Santo Amaro", "  nome: Santo A\u00ADmaro")), "2:9: municipio.nome: caractere "
                + "invisível U+00AD (hífen opcional) em \"Santo AU+00ADmaro\"; apague-o" + COPIADO);
        assertOnly(read(with("  nome: Santo Amaro", "  nome: Santo\u00A0Amaro")), "2:9: municipio.nome: caractere "
                + "U+00A0 (espaço não separável) em \"SantoU+00A0Amaro\"; troque-o por um espaço comum ou apague-o"
                + COPIADO);
    }

    @Test
    void codesEmailsDomainsAndAddressesRefuseThem() {
        assertOnly(read(with("\"2928604\"", "\"292860\u200B4\"")), "4:16: municipio.codigo_ibge: caractere invisível "
                + "U+200B (espaço de largura zero) em \"292860U+200B4\"; apague-o" + COPIADO);
        int email = line("email: ti@");
        assertOnly(read(with("ti@santoamaro", "ti@\u2060santoamaro")), email + ":10: contato.email: caractere "
                + "invisível U+2060 (junção de palavras) em \"ti@U+2060santoamaro.ba.gov.br\"; apague-o" + COPIADO);
        assertOnly(read(with("  ipv4: 200.10.20.30", "  ipv4: 200.10.20.30\uFEFF")), line("ipv4:") + ":9: "
                + "instalacao.ipv4: caractere invisível U+FEFF (marca de ordem de bytes (BOM)) em \"200.10.20.30U+FEFF\"; "
                + "apague-o" + COPIADO);
        assertOnly(read(with("\"11.222.333/0001-81\"", "\"11.222.333/0001\u200D-81\"")), "7:9: prefeitura.cnpj: "
                + "caractere U+200D (agrupador de largura zero) em \"11.222.333/0001U+200D-81\"; apague-o" + COPIADO);
        assertOnly(read(with("  dominio: esus.santoamaro", "  dominio: esus.santo\u200Camaro")), line("dominio:")
                + ":12: instalacao.dominio: caractere U+200C (separador de largura zero) em "
                + "\"esus.santoU+200Camaro.ba.gov.br\"; apague-o" + COPIADO);
    }

    @Test
    void aKeyWithAnInvisibleCharacterSaysSo() {
        List<String> l = lines(read(with("  nome: Ana Lima", "  nome\u200B: Ana Lima")));
        assertTrue(l.contains(line("nome: Ana") + ":3: signatario.nome\u200B: a chave `nome` tem U+200B (espaço de "
                + "largura zero); apague-o (a chave parece certa, mas o programa não a reconhece)" + COPIADO), l::toString);
    }

    @Test
    void accentsWrittenAsCombiningMarksAreReadAsOneLetter() {
        String nfd = Normalizer.normalize("Secretária Municipal de Saúde", Normalizer.Form.NFD);
        String cidade = Normalizer.normalize("São Félix", Normalizer.Form.NFD);
        assertTrue(nfd.length() > "Secretária Municipal de Saúde".length(), "o teste usa acentos combinantes");
        ReadResult r = read(with(with("  cargo: Secretária Municipal de Saúde", "  cargo: " + nfd),
                "  nome: Santo Amaro", "  nome: " + cidade));
        assertTrue(r.ok(), lines(r)::toString);
        Municipio m = r.municipio();
        assertEquals("Secretária Municipal de Saúde", m.signatario().cargo());
        assertEquals("São Félix", m.municipio().nome());
        assertEquals("ba-sao-felix", m.outputFolderName());
    }
}
