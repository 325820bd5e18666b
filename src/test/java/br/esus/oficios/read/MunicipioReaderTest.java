package br.esus.oficios.read;

import static br.esus.oficios.read.Fixtures.BASE;
import static br.esus.oficios.read.Fixtures.assertOnly;
import static br.esus.oficios.read.Fixtures.lines;
import static br.esus.oficios.read.Fixtures.with;
import static br.esus.oficios.read.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.Banco;
import br.esus.oficios.model.Hierarquia;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.Pop;
import br.esus.oficios.model.Problem;
import br.esus.oficios.model.SituacaoPop;
import br.esus.oficios.model.Status;
import br.esus.oficios.model.Tratamento;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MunicipioReaderTest {
    private static final MunicipioReader READER = new MunicipioReader(Fixtures.catalog(), Fixtures.HOJE);

    @TempDir
    Path dir;

    private ReadResult read(String yaml) {
        return READER.read(write(dir, yaml));
    }

    /**
     * The file exactly as DESIGN.md shows it (the stable contract): valid, with only the missing prefeitura sigla and
     * city noted.
     */
    @Test
    void theFileShapedAsInTheDesignIsValid() {
        ReadResult r = read("""
                municipio:    {nome: Santo Amaro, uf: BA, codigo_ibge: "2928604"}
                prefeitura:   {nome: Prefeitura Municipal de Santo Amaro, cnpj: "11.222.333/0001-81", endereco: "Praça da Purificação, s/n", cep: "44200-000"}
                secretaria:   {nome: Secretaria Municipal de Saúde, sigla: SMS}
                signatario:   {nome: Ana Lima, cargo: Secretária Municipal de Saúde}
                contato:      {nome: Rafael Teixeira, email: ti@santoamaro.ba.gov.br, telefone: "(75) 98765-4321"}          # responsible
                instalacao:
                  url: https://esus.santoamaro.ba.gov.br
                  dominio: esus.santoamaro.ba.gov.br
                  ipv4: 200.10.20.30
                  sistema_operacional: linux                                  # linux | windows
                  versao_pec: "5.3.21"
                  banco: {porta: 5433, nome: esus, usuario: postgres}
                  certificado_digital_integrado: true
                orgao_dominio:                                                # the ofício's addressee
                  nome: Companhia de Processamento de Dados do Estado da Bahia
                  sigla: PRODEB
                  email: protocolo@prodeb.ba.gov.br
                  endereco: Avenida Luiz Viana Filho, 200
                  destinatario: {nome: Marcelo Ribeiro, cargo: Diretor-Presidente, tratamento: senhor}   # senhor | senhora | excelencia
                oficios:
                  oficio_dominio: {numero: 12, data: 2026-11-23}
                govbr:        {client_id: abc, client_secret_env: GOVBR_CLIENT_SECRET}   # secrets come from the environment
                checklist:
                  https: concluido
                  contra_chave: {status: concluido, data: 2026-11-01}
                  dns_govbr: {status: pendente-baixa, observacao: "mantido domínio atual; aguardando ofício"}
                """);
        assertTrue(r.ok(), lines(r).toString());
        assertEquals(List.of("2:1: prefeitura: aviso: sem a sigla da prefeitura, a identificação do ofício fica só "
                + "com a da secretaria (OFÍCIO Nº 12/2026/SMS) e não diz de que município ele é; o padrão ofício pede "
                + "as siglas de quem envia, da menor para a maior unidade (OFÍCIO Nº 12/2026/SMS/PMSA): acrescente em "
                + "`prefeitura:` a linha `sigla: ` com a sigla da prefeitura (ex.: PMSA)",
                "14:1: orgao_dominio: aviso: sem `cidade`, o endereçamento do ofício fica sem a última "
                + "linha (CEP e cidade/UF, como pede o Manual de Redação); acrescente `cidade: ` com a cidade do "
                + "órgão"), lines(r));
        assertEquals(br.esus.oficios.model.Uf.BA, r.municipio().orgaoDominio().uf(), "a UF do município");
        assertNull(r.municipio().secretaria().telefone());
        assertNull(r.municipio().orgaoDominio().cep());
    }

    @Test
    void validFileGivesTheMunicipalityWithNormalisedValues() {
        ReadResult r = read(BASE);
        assertEquals(List.of(), lines(r));
        assertTrue(r.ok());
        Municipio m = r.municipio();
        assertEquals("2928604", m.municipio().codigoIbge());
        assertEquals("11.222.333/0001-81", m.prefeitura().cnpj());
        assertEquals("Praça da Purificação, s/n, Centro", m.secretaria().endereco(), "herda o da prefeitura");
        assertEquals("https://esus.santoamaro.ba.gov.br", m.instalacao().url());
        assertEquals(Banco.PADRAO, m.instalacao().banco());
        assertEquals(Tratamento.SENHOR, m.orgaoDominio().destinatario().tratamento());
        assertFalse(m.orgaoDominio().destinatario().feminino());
        assertEquals(Hierarquia.IGUAL, m.orgaoDominio().destinatario().hierarquia());
        assertEquals(LocalDate.of(2026, 11, 23), m.oficios().oficioDominio().data());
        assertEquals(12, m.oficios().oficioDominio().numero());
        assertEquals(Status.PENDENTE_BAIXA, m.checklist().get("dns_govbr").status());
        assertEquals("aguardando ofício", m.checklist().get("dns_govbr").observacao());
        assertEquals(LocalDate.of(2026, 11, 1), m.checklist().get("contra_chave").data());
        assertEquals("ba-santo-amaro", m.outputFolderName());
    }

    @Test
    void ibgeCheckDigit() {
        assertOnly(read(with("\"2928604\"", "\"2928605\"")), "4:16: municipio.codigo_ibge: dígito verificador "
                + "inválido em \"2928605\" (o correto seria 4); confira o código no IBGE");
    }

    @Test
    void ibgeAsNumberIsAccepted() {
        ReadResult r = read(with("\"2928604\"", "2928604"));
        assertTrue(r.ok(), lines(r)::toString);
        assertEquals("2928604", r.municipio().municipio().codigoIbge());
    }

    @Test
    void ibgeMustBelongToTheUf() {
        assertOnly(read(with("\"2928604\"", "\"2802908\"")), "4:16: municipio.codigo_ibge: o código IBGE "
                + "\"2802908\" começa com 28 (SE), mas municipio.uf é BA (código 29); confira o código ou a UF");
    }

    @Test
    void ibgeNeedsSevenDigits() {
        assertOnly(read(with("\"2928604\"", "\"292860\"")), "4:16: municipio.codigo_ibge: o código IBGE tem 7 "
                + "dígitos (ex.: \"2928604\"), mas está \"292860\"; confira o código no IBGE");
    }

    @Test
    void ibgeOfficialExceptionIsAccepted() {
        String yaml = with(with("\"2928604\"", "\"2201919\""), "  uf: BA\n  codigo", "  uf: PI\n  codigo");
        ReadResult r = read(yaml);
        assertTrue(r.ok(), lines(r)::toString);
    }

    @Test
    void ufMustBeOneOfThe27() {
        List<String> l = lines(read(with("  uf: BA\n  codigo", "  uf: BH\n  codigo")));
        assertEquals("3:7: municipio.uf: UF inválida \"BH\"; use a sigla de uma das 27 UFs: RO, AC, AM, RR, PA, AP, "
                + "TO, MA, PI, CE, RN, PB, PE, AL, SE, BA, MG, ES, RJ, SP, PR, SC, RS, MS, MT, GO, DF", l.get(0));
        assertEquals(1, l.size(), "sem UF válida o código IBGE não é comparado com ela: " + l);
    }

    @Test
    void cnpjCheckDigitsAndForms() {
        assertOnly(read(with("\"11.222.333/0001-81\"", "\"11.222.333/0001-82\"")), "7:9: prefeitura.cnpj: dígitos "
                + "verificadores inválidos em \"11.222.333/0001-82\" (os corretos seriam 81); confira o CNPJ no "
                + "cartão CNPJ da Receita Federal");
        ReadResult plain = read(with("\"11.222.333/0001-81\"", "\"14572457000185\""));
        assertEquals("14.572.457/0001-85", plain.municipio().prefeitura().cnpj());
        ReadResult alpha = read(with("\"11.222.333/0001-81\"", "12abc34501de35"));
        assertEquals("12.ABC.345/01DE-35", alpha.municipio().prefeitura().cnpj());
        assertOnly(read(with("\"11.222.333/0001-81\"", "\"11.222.333/0001\"")), "7:9: prefeitura.cnpj: CNPJ "
                + "inválido \"11.222.333/0001\": são 14 caracteres (12 letras ou números e 2 dígitos verificadores), "
                + "com ou sem pontuação, ex.: \"11.222.333/0001-81\"");
    }

    @Test
    void unknownKeyGetsASuggestionAndMissingKeyIsReported() {
        List<String> l = lines(read(with("  cargo: Secretária", "  cargp: Secretária")));
        assertEquals(List.of(
                "16:1: signatario.cargo: campo obrigatório ausente; acrescente em `signatario:` a linha "
                        + "`cargo: ...` (ex.: Secretária Municipal de Saúde)",
                "18:3: signatario.cargp: chave desconhecida `cargp`; você quis dizer `cargo`?"), l);
    }

    @Test
    void unknownKeyFarFromEveryKnownKeyListsThem() {
        assertOnly(read(BASE + "observacoes: x\n"), "52:1: observacoes: chave desconhecida `observacoes`; as chaves "
                + "aceitas no começo da linha são: municipio, prefeitura, secretaria, signatario, contato, "
                + "instalacao, orgao_dominio, oficios, govbr, pop, checklist");
    }

    @Test
    void missingRequiredFieldPointsAtTheParentKey() {
        assertOnly(read(with("  codigo_ibge: \"2928604\"\n", "")), "1:1: municipio.codigo_ibge: campo obrigatório "
                + "ausente; acrescente em `municipio:` a linha `codigo_ibge: ...` (ex.: \"2928604\")");
    }

    @Test
    void missingBlock() {
        String yaml = with("signatario:\n  nome: Ana Lima\n  cargo: Secretária Municipal de Saúde\n", "");
        assertOnly(read(yaml), "1:1: signatario: bloco obrigatório ausente; acrescente `signatario:` no começo de "
                + "uma linha, sem espaços antes, com as suas chaves nas linhas de baixo (veja "
                + "municipios/ba-santo-amaro.yaml)");
    }

    @Test
    void wrongKinds() {
        String yaml = with(with("signatario:\n  nome: Ana Lima\n  cargo: Secretária Municipal de Saúde\n",
                "signatario: Ana Lima\n"), "  nome: Marcelo Ribeiro", "  nome: [Marcelo, Ribeiro]");
        assertEquals(List.of(
                "16:13: signatario: esperava um bloco de chaves (nas linhas de baixo, com 2 espaços a mais), mas "
                        + "encontrei um valor (\"Ana Lima\")",
                "38:11: orgao_dominio.destinatario.nome: esperava um valor na mesma linha da chave, mas encontrei "
                        + "uma lista; escreva `nome: valor` (ex.: Carlos Alberto Nunes)"),
                lines(read(yaml)));
    }

    @Test
    void emptyValues() {
        String yaml = with(with("  nome: Santo Amaro", "  nome: \"\""), "  sigla: PRODEB", "  sigla:");
        assertEquals(List.of(
                "2:9: municipio.nome: valor vazio; preencha (ex.: Santo Amaro)",
                "33:9: orgao_dominio.sigla: valor vazio; preencha (ex.: PRODEB)"), lines(read(yaml)));
    }

    @Test
    void enumValueSuggestion() {
        assertOnly(read(with("sistema_operacional: linux", "sistema_operacional: Linux")),
                "27:24: instalacao.sistema_operacional: valor inválido \"Linux\"; você quis dizer `linux`? use um "
                        + "destes: linux, windows");
        assertOnly(read(with("tratamento: senhor", "tratamento: excelência\n    genero: masculino")),
                "42:17: orgao_dominio.destinatario.tratamento: valor inválido \"excelência\"; você quis dizer "
                        + "`excelencia`? use um destes: senhor, senhora, excelencia");
    }

    @Test
    void checklistIdsAndStatuses() {
        String yaml = with(with("  https: concluido", "  htps: concluido"),
                "status: pendente-baixa", "status: pendente_baixa");
        assertEquals(List.of(
                "49:3: checklist.htps: item de checklist desconhecido `htps`; você quis dizer `https`?",
                "51:23: checklist.dns_govbr.status: valor inválido \"pendente_baixa\"; você quis dizer "
                        + "`pendente-baixa`? use um destes: concluido, pendente-baixa, pendente-alta, nao-se-aplica"),
                lines(read(yaml)));
        assertOnly(read(with("  https: concluido", "  https: feito")), "49:10: checklist.https: valor inválido "
                + "\"feito\"; use um destes: concluido, pendente-baixa, pendente-alta, nao-se-aplica");
        assertOnly(read(with("{status: concluido, data: 2026-11-01}", "{data: 2026-11-01}")),
                "50:3: checklist.contra_chave.status: campo obrigatório ausente; acrescente em "
                        + "`checklist.contra_chave:` a linha `status: ...`");
    }

    @Test
    void checklistMayBeEmptyOrAbsent() {
        ReadResult r = read(with("  https: concluido\n  contra_chave: {status: concluido, data: 2026-11-01}\n"
                + "  dns_govbr: {status: pendente-baixa, observacao: \"aguardando ofício\"}\n", "  # nada ainda\n"));
        assertTrue(r.ok(), lines(r)::toString);
        assertTrue(r.municipio().checklist().isEmpty());
    }

    @Test
    void duplicateKey() {
        assertOnly(read(with("  sigla: SMS\n", "  sigla: SMS\n  sigla: SESAU\n")),
                "14:3: secretaria.sigla: chave repetida (já aparece na linha 13); apague uma das duas");
    }

    @Test
    void anchorsAndAliasesAreRefused() {
        String yaml = with(with("  nome: Ana Lima", "  nome: &quem Ana Lima"), "    nome: Marcelo Ribeiro",
                "    nome: *quem");
        assertEquals(List.of(
                "17:9: signatario.nome: âncora `&quem` não é permitida (âncoras e referências YAML não são "
                        + "aceitas); escreva os valores por extenso",
                "40:11: orgao_dominio.destinatario.nome: referência `*quem` não é permitida (âncoras e "
                        + "referências YAML não são aceitas); escreva o valor completo aqui"),
                lines(read(yaml)));
    }

    @Test
    void anchorOnAKeyIsRefusedWhereItIs() {
        assertOnly(read(with("  sigla: SMS", "  &s sigla: SMS")), "13:3: secretaria.sigla: âncora `&s` não é "
                + "permitida (âncoras e referências YAML não são aceitas); escreva os valores por extenso");
    }

    @Test
    void aBinaryValueIsRefusedEvenWhenItIsValidBase64() {
        assertOnly(read(with("  sigla: SMS", "  sigla: !!binary U01T")), "13:10: erro de sintaxe YAML: etiqueta "
                + "YAML (!!binary, !!str…) não aceita; tire a etiqueta e, se preciso, coloque o valor entre aspas");
    }

    @Test
    void anchorOnABlockIsReportedOnce() {
        assertOnly(read(with("signatario:\n  nome", "signatario: &s\n  nome")),
                "16:13: signatario: âncora `&s` não é permitida (âncoras e referências YAML não são aceitas); "
                        + "escreva os valores por extenso");
    }

    @Test
    void nestingDeeperThan20IsRefused() {
        StringBuilder deep = new StringBuilder("checklist:\n");
        for (int i = 1; i <= 21; i++) {
            deep.append("  ".repeat(i)).append("n").append(i).append(":\n");
        }
        deep.append("  ".repeat(22)).append("x: 1\n");
        ReadResult r = read(BASE.substring(0, BASE.indexOf("checklist:")) + deep);
        assertOnly(r, "68:41: checklist.n1.n2.n3.n4.n5.n6.n7.n8.n9.n10.n11.n12.n13.n14.n15.n16.n17.n18.n19: "
                + "aninhamento com mais de 20 níveis; confira a indentação");
    }

    @Test
    void severalDocumentsAreRefused() {
        assertOnly(read(BASE + "---\nmunicipio: {nome: Outro}\n"), "53:1: o arquivo tem mais de um documento YAML "
                + "(separados por ---); deixe um só município por arquivo");
    }

    @Test
    void syntaxErrorHasLineAndColumn() {
        assertOnly(read(with("  sigla: SMS", "\tsigla: SMS")), "13:1: erro de sintaxe YAML: tabulação usada para "
                + "indentar; use espaços (2 por nível)");
        assertOnly(read(with("  sigla: SMS", "  sigla: SMS: Saúde")), "13:13: erro de sintaxe YAML: dois-pontos "
                + "inesperado; se o valor contém \": \", coloque-o entre aspas, e confira a indentação");
    }

    @Test
    void syntaxErrorsTheLibraryWordsInEnglishNeverReachTheUser() {
        assertOnly(read(with("  sigla: SMS", "  sigla: !!binary zz")), "13:10: erro de sintaxe YAML: etiqueta YAML "
                + "(!!binary, !!str…) não aceita; tire a etiqueta e, se preciso, coloque o valor entre aspas");
        assertOnly(read("municipio: [\n"), "2:1: erro de sintaxe YAML: fim do arquivo inesperado; feche as aspas ou "
                + "colchetes abertos");
        assertOnly(read(with("  sigla: SMS", "  ? [a]\n  : b")), "13:6: erro de sintaxe YAML: chave que não é um nome "
                + "(? ou [ ] no lugar da chave); escreva `chave: valor`");
    }

    @Test
    void windows1252FileNamesTheBadByte() {
        byte[] bytes = BASE.getBytes(Charset.forName("windows-1252"));
        assertOnly(READER.read(write(dir, bytes)), "8:16: o arquivo não está em UTF-8: byte inválido 0xE7 (em "
                + "Windows-1252 seria \"ç\"); salve-o como UTF-8 (no Bloco de Notas: Arquivo > Salvar como > "
                + "Codificação: UTF-8)");
    }

    @Test
    void utf16FileIsNamedAsSuch() {
        String msg = "1:1: o arquivo está em UTF-16 (\"Unicode\" no Bloco de Notas); salve-o como UTF-8 (Arquivo > "
                + "Salvar como > Codificação: UTF-8)";
        assertOnly(READER.read(write(dir, ("\uFEFF" + BASE).getBytes(StandardCharsets.UTF_16LE))), msg);
        assertOnly(READER.read(write(dir, BASE.getBytes(StandardCharsets.UTF_16BE))), msg);
    }

    @Test
    void utf8BomIsAccepted() {
        byte[] text = BASE.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        ReadResult r = READER.read(write(dir, bytes));
        assertTrue(r.ok(), lines(r)::toString);
        assertEquals("Santo Amaro", r.municipio().municipio().nome());
    }

    @Test
    void fileOver1MiBIsRefusedBeforeParsing() {
        String yaml = BASE + "#" + "x".repeat(1024 * 1024) + "\n";
        assertOnly(read(yaml), "1:1: arquivo grande demais (1050606 bytes; o limite é 1 MiB); confira se é mesmo um "
                .replace("1050606", String.valueOf(yaml.getBytes(StandardCharsets.UTF_8).length))
                + "arquivo de município");
    }

    @Test
    void lineBreaksInsideAValueAreRefused() {
        String yaml = with(with("  endereco: Centro Administrativo da Bahia",
                "  endereco: |\n    Centro Administrativo\n    da Bahia"),
                "observacao: \"aguardando ofício\"", "observacao: \"aguardando\\nofício\"");
        assertEquals(List.of(
                "35:13: orgao_dominio.endereco: quebra de linha não é permitida; escreva o valor numa linha só "
                        + "(sem | nem >)",
                "53:51: checklist.dns_govbr.observacao: quebra de linha não é permitida; escreva o valor numa linha "
                        + "só (sem | nem >)"), lines(read(yaml)));
    }

    @Test
    void aBlockScalarOnOneLineIsFine() {
        ReadResult r = read(with("  endereco: Centro Administrativo da Bahia",
                "  endereco: |\n    Centro Administrativo da Bahia"));
        assertTrue(r.ok(), lines(r)::toString);
        assertEquals("Centro Administrativo da Bahia", r.municipio().orgaoDominio().endereco());
    }

    @Test
    void controlCharactersAreRefused() {
        assertOnly(read(with("  nome: Ana Lima", "  nome: \"Ana\\x01Lima\"")), "17:9: signatario.nome: caractere "
                + "de controle U+0001 não é permitido no valor; apague-o (use espaços)");
        assertOnly(read(with("  nome: Ana Lima", "  nome: \"Ana\\tLima\"")), "17:9: signatario.nome: tabulação "
                + "não é permitido no valor; apague-o (use espaços)");
    }

    @Test
    void pathLikeNameIsRefused() {
        assertOnly(read(with("  nome: Santo Amaro", "  nome: \"../../etc/Santo Amaro\"")), "2:9: municipio.nome: o nome "
                + "do município \"../../etc/Santo Amaro\" não leva / nem \\ (vai no ofício como nome da cidade); "
                + "escreva só o nome, por exemplo Santo Amaro");
    }

    @Test
    void aNameWithoutLettersIsRefused() {
        assertOnly(read(with("  nome: Santo Amaro", "  nome: \"..\"")), "2:9: municipio.nome: o nome do município "
                + "\"..\" não tem nenhuma letra; escreva o nome da cidade, por exemplo Santo Amaro");
    }

    @Test
    void bidirectionalOverridesAreRefusedLikeControlCharacters() {
        assertOnly(read(with("  nome: Ana Lima", "  nome: \"Ana \\u202ELima\"")), "17:9: signatario.nome: caractere de "
                + "controle U+202E (inversão da direção do texto) não é permitido no valor; apague-o (use espaços)");
    }

    @Test
    void databaseNamesAreOnlyLettersDigitsAndUnderscore() {
        assertOnly(read(with("  banco: {porta: 5433, nome: esus, usuario: postgres}\n",
                "  banco: {porta: 5433, nome: esus, usuario: \"$(id)\"}\n")), "29:45: instalacao.banco.usuario: valor "
                + "\"$(id)\" inválido: use só letras sem acento, números e _ , começando por letra (como no "
                + "credenciais.txt, ex.: postgres)");
        ReadResult ok = read(with("  banco: {porta: 5433, nome: esus, usuario: postgres}\n",
                "  banco: {porta: 5433, nome: esus_2, usuario: esus_admin}\n"));
        assertTrue(ok.ok(), lines(ok)::toString);
    }

    @Test
    void urlMustBeHttpsOnTheSameDomain() {
        assertOnly(read(with("url: https://esus", "url: http://esus")), "24:8: instalacao.url: a URL deve usar "
                + "https:// (o login GOV.BR, o CADSUS e a prescrição digital exigem HTTPS); troque "
                + "\"http://esus.santoamaro.ba.gov.br\" por https://...");
        assertOnly(read(with("url: https://esus.santoamaro", "url: https://pec.santoamaro")), "24:8: "
                + "instalacao.url: o domínio da URL (pec.santoamaro.ba.gov.br) é diferente de instalacao.dominio "
                + "(esus.santoamaro.ba.gov.br); use o mesmo domínio nos dois campos");
        assertOnly(read(with("url: https://esus.santoamaro.ba.gov.br", "url: https://esus.santoamaro.ba.gov.br/esus")),
                "24:8: instalacao.url: URL inválida \"https://esus.santoamaro.ba.gov.br/esus\"; escreva só https:// "
                        + "e o domínio (e a porta, se houver), sem caminho, ? ou # (ex.: "
                        + "https://esus.santoamaro.ba.gov.br)");
        ReadResult port = read(with("url: https://esus.santoamaro.ba.gov.br", "url: https://ESUS.santoamaro.ba.gov.br:8443/"));
        assertEquals("https://esus.santoamaro.ba.gov.br:8443", port.municipio().instalacao().url());
    }

    @Test
    void domainOutsideGovBrIsOnlyAWarning() {
        String yaml = with(with("url: https://esus.santoamaro.ba.gov.br", "url: https://esus.santoamaro.com.br"),
                "dominio: esus.santoamaro.ba.gov.br", "dominio: esus.santoamaro.com.br");
        ReadResult r = read(yaml);
        assertTrue(r.ok());
        assertEquals(List.of("25:12: instalacao.dominio: aviso: o domínio esus.santoamaro.com.br não termina em "
                + ".gov.br; a Portaria SGD/MGI nº 7.076, de 2 de outubro de 2024, exige domínio .gov.br para as chaves de produção do "
                + "login GOV.BR (e o CADSUS exige HTTPS em domínio gov.br); peça o subdomínio ao órgão que "
                + "administra o gov.br da UF"), lines(r));
    }

    @Test
    void domainSyntax() {
        assertOnly(read(with("dominio: esus.santoamaro.ba.gov.br", "dominio: esus_santoamaro.ba.gov.br")),
                "25:12: instalacao.dominio: domínio inválido \"esus_santoamaro.ba.gov.br\": use só letras sem acento, "
                        + "números, hífens (não no começo nem no fim de cada parte) e pontos");
        assertOnly(read(with("dominio: esus.santoamaro.ba.gov.br", "dominio: https://esus.santoamaro.ba.gov.br")),
                "25:12: instalacao.dominio: escreva só o nome do domínio, sem https:// nem barras (ex.: "
                        + "esus.santoamaro.ba.gov.br), em vez de \"https://esus.santoamaro.ba.gov.br\"");
    }

    @Test
    void pecFolderIsOptionalAbsoluteAndForTheServersSystem() {
        assertEquals("/opt/e-SUS", read(Fixtures.BASE).municipio().instalacao().pastaPec(), "padrão do Linux");
        ReadResult srv = read(with("200.10.20.30", "200.10.20.30\n  pasta: /srv/e-SUS/"));
        assertTrue(srv.ok(), srv.problems().toString());
        assertEquals("/srv/e-SUS", srv.municipio().instalacao().pastaPec(), "sem a barra do fim");
        assertOnly(read(with("200.10.20.30", "200.10.20.30\n  pasta: opt/e-SUS")), "27:10: instalacao.pasta: pasta "
                + "\"opt/e-SUS\" não é um caminho completo do Linux; escreva como /opt/e-SUS");
        assertOnly(read(with("200.10.20.30", "200.10.20.30\n  pasta: \"C:\\\\e-SUS\"")), "27:10: instalacao.pasta: "
                + "pasta \"C:\\e-SUS\" não é um caminho completo do Linux; escreva como /opt/e-SUS");
        assertOnly(read(with("200.10.20.30", "200.10.20.30\n  pasta: /opt/$(rm)")), "27:10: instalacao.pasta: a "
                + "pasta tem o caractere $, que os comandos do POP não aceitam; use uma pasta sem aspas nem símbolos "
                + "('\"`$;&|<>*?!%{}[])");
        ReadResult win = read(with(with("200.10.20.30", "200.10.20.30\n  pasta: D:/PEC/e-SUS/"),
                "sistema_operacional: linux", "sistema_operacional: windows"));
        assertTrue(win.ok(), win.problems().toString());
        assertEquals("D:\\PEC\\e-SUS", win.municipio().instalacao().pastaPec());
    }

    @Test
    void ipv4MustBePublic() {
        assertOnly(read(with("200.10.20.30", "192.168.0.10")), "26:9: instalacao.ipv4: o IPv4 192.168.0.10 não é "
                + "público: é rede privada (192.168.0.0/16); informe o IP público fixo do servidor, para onde o "
                + "registro A do DNS vai apontar");
        assertOnly(read(with("200.10.20.30", "203.0.113.7")), "26:9: instalacao.ipv4: o IPv4 203.0.113.7 não é "
                + "público: é faixa de documentação (203.0.113.0/24); informe o IP público fixo do servidor, para "
                + "onde o registro A do DNS vai apontar");
        assertOnly(read(with("200.10.20.30", "100.70.1.1")), "26:9: instalacao.ipv4: o IPv4 100.70.1.1 não é "
                + "público: é CGNAT da operadora (100.64.0.0/10): o link não tem IP público; peça um IP fixo ao "
                + "provedor; informe o IP público fixo do servidor, para onde o registro A do DNS vai apontar");
        assertOnly(read(with("200.10.20.30", "200.10.20.300")), "26:9: instalacao.ipv4: IPv4 inválido "
                + "\"200.10.20.300\"; escreva quatro números de 0 a 255 separados por pontos, sem zeros à esquerda "
                + "(ex.: 200.10.20.30)");
    }

    @Test
    void oldPecVersionIsAWarningAndABadOneAnError() {
        ReadResult old = read(with("\"5.3.21\"", "\"5.2.5\""));
        assertTrue(old.ok());
        assertEquals(List.of("28:15: instalacao.versao_pec: aviso: o PEC 5.2.5 é anterior a 5.2.6, a versão mínima "
                + "da prescrição digital; atualize o PEC antes de pedir a ativação"), lines(old));
        assertOnly(read(with("\"5.3.21\"", "\"cinco\"")), "28:15: instalacao.versao_pec: versão inválida \"cinco\"; "
                + "escreva a versão do PEC com pontos, entre aspas (ex.: \"5.3.21\")");
    }

    @Test
    void databaseDefaultsAndPortRange() {
        ReadResult r = read(with("  banco: {porta: 5433, nome: esus, usuario: postgres}\n", "  banco: {porta: 5432}\n"));
        assertEquals(new Banco(5432, "esus", "postgres"), r.municipio().instalacao().banco());
        assertOnly(read(with("porta: 5433", "porta: 70000")), "29:18: instalacao.banco.porta: valor inválido "
                + "\"70000\"; escreva um número inteiro de 1 a 65535, só com dígitos (ex.: 5433)");
    }

    @Test
    void booleanMustBeTrueOrFalse() {
        assertOnly(read(with("integrado: true", "integrado: sim")), "30:34: "
                + "instalacao.certificado_digital_integrado: valor inválido \"sim\"; escreva true (sim) ou false "
                + "(não), sem aspas");
    }

    private ReadResult withValidade(String date) {
        return read(with("integrado: true", "integrado: true\n  certificado_digital_validade: " + date));
    }

    @Test
    void certificateValidityWarnsThirtyDaysAheadAndOnceExpired() {
        // Fixtures.HOJE is 2026-12-01.
        ReadResult far = withValidade("2027-01-01");
        assertEquals(List.of(), lines(far));
        assertEquals(java.time.LocalDate.of(2027, 1, 1), far.municipio().instalacao().certificadoDigitalValidade());
        assertOnly(withValidade("2026-12-31"), "31:33: instalacao.certificado_digital_validade: aviso: o "
                + "certificado digital vale só até 31/12/2026 (30 dias); renove-o e integre o novo ao PEC antes disso");
        assertOnly(withValidade("2026-12-01"), "31:33: instalacao.certificado_digital_validade: aviso: o "
                + "certificado digital vale só até 01/12/2026 (hoje); renove-o e integre o novo ao PEC antes disso");
        ReadResult expired = withValidade("2026-11-30");
        assertTrue(expired.ok(), "um certificado vencido é aviso, não erro: o ticket diz que falta");
        assertOnly(expired, "31:33: instalacao.certificado_digital_validade: aviso: o certificado digital está "
                + "vencido (valia até 30/11/2026); integre ao PEC um certificado ICP-Brasil válido e atualize a data");
        assertOnly(withValidade("2026-02-30"), "31:33: instalacao.certificado_digital_validade: a data "
                + "\"2026-02-30\" não existe no calendário; confira o dia e o mês (formato ano-mês-dia)");
        assertEquals(null, read(BASE).municipio().instalacao().certificadoDigitalValidade());
    }

    @Test
    void addresseeGender() {
        assertOnly(read(with("tratamento: senhor", "tratamento: excelencia")), "39:3: orgao_dominio.destinatario: "
                + "com tratamento `excelencia` é preciso informar o gênero; acrescente `genero: feminino` ou "
                + "`genero: masculino` (para \"A Sua Excelência a Senhora\" ou \"o Senhor\")");
        assertOnly(read(with("tratamento: senhor", "tratamento: senhor\n    genero: feminino")), "43:13: "
                + "orgao_dominio.destinatario.genero: o gênero feminino não combina com o tratamento senhor; use "
                + "tratamento senhora ou apague a linha `genero` (com senhor/senhora ela não é necessária)");
        ReadResult exa = read(with("tratamento: senhor", "tratamento: excelencia\n    genero: feminino\n"
                + "    hierarquia: superior"));
        assertTrue(exa.municipio().orgaoDominio().destinatario().feminino());
        assertEquals(Hierarquia.SUPERIOR, exa.municipio().orgaoDominio().destinatario().hierarquia());
        assertTrue(read(with("tratamento: senhor", "tratamento: senhora")).municipio().orgaoDominio()
                .destinatario().feminino());
    }

    @Test
    void oficioNumberAndDate() {
        assertEquals(List.of(
                "44:28: oficios.oficio_dominio.numero: valor inválido \"0\"; escreva um número inteiro de 1 a "
                        + "999999, só com dígitos (ex.: 12)",
                "44:37: oficios.oficio_dominio.data: data inválida \"23/11/2026\"; escreva no formato ano-mês-dia, "
                        + "ex.: 2026-11-23"),
                lines(read(with("{numero: 12, data: 2026-11-23}", "{numero: 0, data: 23/11/2026}"))));
        assertOnly(read(with("data: 2026-11-23", "data: 2026-02-30")), "44:38: oficios.oficio_dominio.data: a data "
                + "\"2026-02-30\" não existe no calendário; confira o dia e o mês (formato ano-mês-dia)");
    }

    /** Every key of {@code pop:}, as lists in flow and in block style; lines 47 on. */
    @Test
    void popBlockGivesTheIdentificationApprovalsAndHistory() {
        ReadResult r = read(with("checklist:", String.join("\n",
                "pop:",
                "  codigo: POP-TI-007",
                "  versao: \"1.1\"",
                "  data_criacao: 2026-10-20",
                "  data_revisao: 2026-11-23",
                "  elaborado_por: Rafael Teixeira, Técnico de TI",
                "  revisado_por: Carla Souza, Diretora de Atenção Primária",
                "  aprovado_por: Ana Lima, Secretária Municipal de Saúde",
                "  situacao: em-revisao",
                "  distribuicao:",
                "    - Secretaria Municipal de Saúde (original)",
                "    - TI (cópia)",
                "  historico:",
                "    - {versao: \"1.0\", data: 2026-10-20, descricao: Criação}",
                "    - versao: 1.1",
                "      data: 2026-11-23",
                "      descricao: \"Backup agendado; teste de restauração\"",
                "checklist:")));
        assertEquals(List.of(), lines(r));
        Pop p = r.municipio().pop();
        assertEquals(new Pop("POP-TI-007", "1.1", LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 23),
                "Rafael Teixeira, Técnico de TI", "Carla Souza, Diretora de Atenção Primária",
                "Ana Lima, Secretária Municipal de Saúde", SituacaoPop.EM_REVISAO,
                List.of("Secretaria Municipal de Saúde (original)", "TI (cópia)"),
                List.of(new Pop.Revisao("1.0", LocalDate.of(2026, 10, 20), "Criação"),
                        new Pop.Revisao("1.1", LocalDate.of(2026, 11, 23), "Backup agendado; teste de restauração"))),
                p);
        assertEquals(List.of("Gabinete", "Arquivo"), read(with("checklist:",
                "pop:\n  distribuicao: [Gabinete, Arquivo]\nchecklist:")).municipio().pop().distribuicao());
    }

    @Test
    void withoutPopEveryValueIsLeftToTheDefaults() {
        assertEquals(Pop.VAZIO, read(BASE).municipio().pop());
        assertEquals(Pop.VAZIO, read(with("checklist:", "pop:\nchecklist:")).municipio().pop());
    }

    @Test
    void popValuesAreChecked() {
        ReadResult r = read(with("checklist:", String.join("\n",
                "pop:",                                                  // 48
                "  codigo: POP TI 1",                                    // 49
                "  versao: v1",                                          // 50
                "  data_criacao: 2026-11-23",                            // 51
                "  data_revisao: 2026-10-20",                            // 52
                "  situacao: vigênte",                                   // 53
                "  distribuicao: Secretaria",                            // 54
                "  aprovador: Ana",                                      // 55
                "  historico:",                                          // 56
                "    - {versao: \"1.0\", data: 20/10/2026}",             // 57
                "    - Criação",                                         // 58
                "checklist:")));
        assertNull(r.municipio());
        assertEquals(List.of(
                "49:11: pop.codigo: código inválido \"POP TI 1\"; use letras, números, hífen e ponto, sem espaços, "
                        + "até 30 caracteres (ex.: POP-TI-001)",
                "50:11: pop.versao: versão inválida \"v1\"; escreva números separados por ponto, entre aspas (ex.: "
                        + "\"1.0\" ou \"2.1\")",
                "52:17: pop.data_revisao: a data da revisão (2026-10-20) é anterior à de criação (2026-11-23); "
                        + "confira as duas datas (formato ano-mês-dia)",
                "53:13: pop.situacao: valor inválido \"vigênte\"; você quis dizer `vigente`? use um destes: vigente, "
                        + "em-revisao, rascunho",
                "54:17: pop.distribuicao: esperava uma lista, mas encontrei um valor (\"Secretaria\"); escreva "
                        + "`distribuicao: [primeiro, segundo]` ou um item por linha, começando com `- ` (ex.: "
                        + "[\"Secretaria Municipal de Saúde (original assinado)\", \"Coordenação de TI (cópia)\"])",
                "55:3: pop.aprovador: chave desconhecida `aprovador`; você quis dizer `aprovado_por`?",
                "57:7: pop.historico[0].descricao: campo obrigatório ausente; acrescente em `pop.historico[0]:` a "
                        + "linha `descricao: ...`",
                "57:29: pop.historico[0].data: data inválida \"20/10/2026\"; escreva no formato ano-mês-dia, ex.: "
                        + "2026-11-23",
                "58:7: pop.historico[1]: cada linha do histórico é um bloco com versao, data e descricao, ex.: - "
                        + "{versao: \"1.1\", data: 2026-11-23, descricao: Revisão dos passos de cópia}"),
                lines(r));
    }

    @Test
    void aVersionMissingFromTheHistoryIsAWarning() {
        ReadResult r = read(with("checklist:", String.join("\n",
                "pop:",
                "  versao: \"1.2\"",
                "  historico:",
                "    - {versao: \"1.0\", data: 2026-10-20, descricao: Criação}",
                "checklist:")));
        assertTrue(r.ok());
        assertEquals(List.of("49:11: pop.versao: aviso: a versão 1.2 não está no `historico`; acrescente a ele uma "
                + "linha com a versão 1.2, a data e o que mudou"), lines(r));
    }

    @Test
    void secretInTheYamlIsRefusedWithoutPrintingIt() {
        ReadResult r = read(with("  client_id: esus-santoamaro", "  client_id: esus-santoamaro\n"
                + "  client_secret: s3nh4-muito-secreta"));
        assertOnly(r, "47:3: govbr.client_secret: o segredo não pode ficar no YAML; apague a linha `client_secret` e "
                + "guarde o segredo na variável de ambiente indicada em `client_secret_env` (padrão "
                + "GOVBR_CLIENT_SECRET)");
        assertFalse(r.problems().stream().anyMatch(p -> p.format().contains("s3nh4")));
    }

    @Test
    void secretEnvNameAndDefault() {
        assertOnly(read(with("client_secret_env: GOVBR_CLIENT_SECRET", "client_secret_env: GOVBR-SECRET")),
                "47:22: govbr.client_secret_env: nome de variável de ambiente inválido \"GOVBR-SECRET\"; use só "
                        + "letras sem acento, números e _ (ex.: GOVBR_CLIENT_SECRET), e guarde o segredo nessa "
                        + "variável, nunca no YAML");
        ReadResult none = read(with("govbr:\n  client_id: esus-santoamaro\n  client_secret_env: GOVBR_CLIENT_SECRET\n",
                ""));
        assertNull(none.municipio().govbr().clientId());
        assertEquals("GOVBR_CLIENT_SECRET", none.municipio().govbr().clientSecretEnv());
    }

    @Test
    void contactFormats() {
        assertEquals(List.of(
                "21:10: contato.email: e-mail inválido \"ti@santoamaro\": o domínio depois do @ não é válido; escreva como nome@dominio.gov.br",
                "22:13: contato.telefone: telefone inválido \"3241-1234\": tem 8 dígitos, mas com o DDD são de 10 a "
                        + "13; escreva o DDD e o número, só com dígitos, espaços, parênteses, + e - (ex.: (75) "
                        + "3241-1234)"),
                lines(read(with(with("ti@santoamaro.ba.gov.br", "ti@santoamaro"), "\"(75) 98765-4321\"",
                        "\"3241-1234\""))));
        assertOnly(read(with("\"44200-000\"", "\"44200-00\"")), "9:8: prefeitura.cep: CEP inválido \"44200-00\"; "
                + "escreva 8 dígitos no formato 00000-000 (ex.: 44200-000)");
        assertEquals("44200-000", read(with("\"44200-000\"", "44200000")).municipio().prefeitura().cep());
        assertOnly(read(with("\"44200-000\"", "\"00999-000\"")), "9:8: prefeitura.cep: CEP inválido \"00999-000\": "
                + "não há CEP abaixo de 01000-000; confira o CEP nos Correios");
    }

    @Test
    void anAcronymIsOneWordBecauseTheIdentificationLineSeparatesThemWithSlashes() {
        for (String sigla : List.of("SMS/X", "sms saúde")) {
            assertOnly(read(with("  sigla: SMS", "  sigla: \"" + sigla + "\"")), "13:10: secretaria.sigla: sigla "
                    + "inválida \"" + sigla + "\": vai na identificação do ofício entre barras (OFÍCIO Nº "
                    + "12/2026/SMS/PMSA), então leva só letras, números e hífen, sem espaços nem /; escreva uma sigla "
                    + "só, por exemplo SMS");
        }
        assertEquals("SMS-SA", read(with("  sigla: SMS", "  sigla: SMS-SA")).municipio().secretaria().sigla());
        assertEquals("SESAÚ2", read(with("  sigla: SMS", "  sigla: SESAÚ2")).municipio().secretaria().sigla());
    }

    @Test
    void aMissingPrefeituraSiglaIsAWarningBecauseTheOficioWouldNotSayWhichMunicipalitySentIt() {
        String aviso = "5:1: prefeitura: aviso: sem a sigla da prefeitura, a identificação do ofício fica só com a da "
                + "secretaria (OFÍCIO Nº 12/2026/SMS) e não diz de que município ele é; o padrão ofício pede as siglas "
                + "de quem envia, da menor para a maior unidade (OFÍCIO Nº 12/2026/SMS/PMSA): acrescente em "
                + "`prefeitura:` a linha `sigla: ` com a sigla da prefeitura (ex.: PMSA)";
        for (String semSigla : List.of("", "  sigla:\n", "  sigla: \"\"\n")) {
            ReadResult r = read(with("  sigla: PMSA\n", semSigla));
            assertTrue(r.ok(), lines(r)::toString);
            assertEquals(List.of(aviso), lines(r), "sigla ausente ou vazia: " + semSigla);
            assertNull(r.municipio().prefeitura().sigla());
        }
        assertEquals("PMSA", read(BASE).municipio().prefeitura().sigla());
        assertOnly(read(with("  sigla: PMSA", "  sigla: PREENCHER")), "10:10: prefeitura.sigla: ainda não "
                + "preenchido; troque PREENCHER pelo valor (ex.: PMSA), ou apague a linha se não for usar este campo, "
                + "que é opcional");
    }

    @Test
    void aDomainUnderAnotherUfsGovBrIsFlagged() {
        ReadResult r = read(with(with("  url: https://esus.santoamaro.ba.gov.br", "  url: https://esus.santoamaro.sp.gov.br"),
                "  dominio: esus.santoamaro.ba.gov.br", "  dominio: esus.santoamaro.sp.gov.br"));
        assertTrue(r.ok(), lines(r).toString());
        assertEquals(List.of("25:12: instalacao.dominio: aviso: o domínio esus.santoamaro.sp.gov.br é do gov.br de SP, "
                + "mas o município é de BA; confira (o esperado seria algo como esus.municipio.ba.gov.br)"), lines(r));
        assertEquals(List.of(), lines(read(with(with("  url: https://esus.santoamaro.ba.gov.br",
                "  url: https://esus.santoamaro.saude.gov.br"), "  dominio: esus.santoamaro.ba.gov.br",
                "  dominio: esus.santoamaro.saude.gov.br"))), "um domínio federal não é de UF nenhuma");
    }

    @Test
    void siteIsOptionalButMustBeAnAddress() {
        String line = "  email: saude@santoamaro.ba.gov.br";
        assertEquals("saude.santoamaro.ba.gov.br", read(with(line, line + "\n  site: saude.santoamaro.ba.gov.br"))
                .municipio().secretaria().site());
        assertOnly(read(with(line, line + "\n  site: saúde da cidade")), "16:9: secretaria.site: endereço de site "
                + "inválido \"saúde da cidade\"; escreva como https://saude.municipio.uf.gov.br");
    }

    @Test
    void unclosedQuote() {
        assertOnly(read(with("  sigla: SMS", "  sigla: \"SMS")), "14:14: erro de sintaxe YAML: valor fora do lugar; "
                + "confira se ficou aspa aberta numa linha acima e se as chaves do mesmo bloco estão na mesma coluna");
        assertOnly(read(BASE + "  observacao: \"sem fim\n"), "53:1: erro de sintaxe YAML: aspas abertas e não "
                + "fechadas; feche as aspas do valor");
    }

    @Test
    void placeholderLeftFromTheScaffold() {
        assertOnly(read(with("ipv4: 200.10.20.30", "ipv4: PREENCHER")), "26:9: instalacao.ipv4: ainda não "
                + "preenchido; troque PREENCHER pelo valor (ex.: 200.10.20.30)");
    }

    @Test
    void aPlaceholderInAnOptionalFieldSaysTheLineMayGo() {
        assertOnly(read(with("  telefone: \"(75) 3241-1234\"", "  telefone: PREENCHER")), "14:13: secretaria.telefone: "
                + "ainda não preenchido; troque PREENCHER pelo valor (ex.: \"(75) 3241-1234\"), ou apague a linha se "
                + "não for usar este campo, que é opcional");
        assertOnly(read(with("  cidade: Salvador", "  cidade: PREENCHER")), "37:11: orgao_dominio.cidade: ainda não "
                + "preenchido; troque PREENCHER pelo valor (ex.: Salvador), ou apague a linha se não for usar este "
                + "campo, que é opcional");
    }

    @Test
    void everyProblemOfTheFileAtOnceInFileOrder() {
        String yaml = with(with(with(BASE, "\"2928604\"", "\"2928605\""), "200.10.20.30", "10.0.0.5"),
                "  https: concluido", "  htps: concluido");
        ReadResult r = read(yaml);
        assertNull(r.municipio());
        assertEquals(List.of(4, 26, 49), r.problems().stream().map(Problem::line).toList());
    }

    @Test
    void coatOfArmsIsResolvedAgainstTheYamlFolder() throws IOException {
        Files.createDirectories(dir.resolve("brasoes"));
        Files.write(dir.resolve("brasoes/sa.png"), BrasaoImageTest.png(40, 60));
        Files.writeString(dir.resolve("brasoes/sa.txt"), "texto");
        ReadResult ok = read(with("  cep: \"44200-000\"", "  cep: \"44200-000\"\n  brasao: brasoes/sa.png"));
        assertEquals(dir.resolve("brasoes/sa.png"), ok.municipio().prefeitura().brasao());
        assertOnly(read(with("  cep: \"44200-000\"", "  cep: \"44200-000\"\n  brasao: brasoes/sa.txt")),
                "10:11: prefeitura.brasao: o brasão \"" + dir.resolve("brasoes/sa.txt") + "\" não é uma imagem PNG "
                        + "nem JPEG; converta-o para PNG");
        assertOnly(read(with("  cep: \"44200-000\"", "  cep: \"44200-000\"\n  brasao: brasoes/nao.png")),
                "10:11: prefeitura.brasao: imagem do brasão não encontrada em \"" + dir.resolve("brasoes/nao.png")
                        + "\"; o caminho é relativo à pasta deste arquivo YAML");
    }

    @Test
    void emptyAndMissingFiles() {
        String conteudo = "municipio:, prefeitura:, ... (um modelo pronto sai de `gerar-oficios novo UF \"Nome\"`; "
                + "veja municipios/ba-santo-amaro.yaml)";
        assertOnly(read("# só comentário\n"), "1:1: arquivo sem conteúdo (só comentários); escreva nele " + conteudo);
        assertOnly(read(""), "1:1: arquivo vazio; escreva nele " + conteudo);
        assertOnly(READER.read(dir.resolve("nao-existe.yaml")), "1:1: arquivo não encontrado; confira o nome e a "
                + "pasta");
        assertOnly(read("- municipio\n"), "1:1: o arquivo deve ser um bloco de chaves, mas é uma lista; escreva nele "
                + conteudo);
    }

    @Test
    void relativePathIsPrintedAsGiven() {
        Path absolute = write(dir, with("\"2928604\"", "\"2928605\""));
        Path relative = Path.of("").toAbsolutePath().relativize(absolute);
        ReadResult r = READER.read(relative);
        assertEquals(relative + ":4:16: municipio.codigo_ibge: dígito verificador inválido em \"2928605\" (o "
                + "correto seria 4); confira o código no IBGE", r.problems().get(0).format());
        assertFalse(relative.isAbsolute());
    }
}
