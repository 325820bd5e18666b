package br.esus.oficios.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailSettingsReaderTest {
    @TempDir
    Path dir;

    private Path yaml(String text) throws IOException {
        return Files.writeString(dir.resolve("gerar-oficios.yaml"), text);
    }

    private static MailOverrides porta(Integer p) {
        return new MailOverrides(null, p, null, null, null, false);
    }

    @Test
    void readsEveryKeyAndAppliesTheSafeDefaults() throws Exception {
        Path f = yaml("""
                smtp:
                  servidor: smtp.saude.ba.gov.br
                  usuario: coordenacao@saude.ba.gov.br
                  remetente: {email: coordenacao@saude.ba.gov.br, nome: Coordenação da Atenção Primária}
                  copias: [arquivo@saude.ba.gov.br]
                  suporte: suporte@exemplo.gov.br
                  confirmacao_leitura: true
                """);
        MailSettings s = MailSettingsReader.read(f, MailOverrides.none());
        assertEquals("smtp.saude.ba.gov.br", s.servidor());
        assertEquals(587, s.porta());
        assertEquals(Seguranca.STARTTLS, s.seguranca());
        assertEquals("Coordenação da Atenção Primária", s.remetenteNome());
        assertEquals(List.of("arquivo@saude.ba.gov.br"), s.copias());
        assertEquals("suporte@exemplo.gov.br", s.suporte());
        assertEquals(Duration.ofSeconds(30), s.tempoLimite());
        assertTrue(s.confirmacaoLeitura());
        assertFalse(s.confiarEmQualquerCertificado());

        Properties p = s.sessionProperties();
        assertEquals("true", p.getProperty("mail.smtp.starttls.enable"));
        assertEquals("true", p.getProperty("mail.smtp.starttls.required"));
        assertEquals("true", p.getProperty("mail.smtp.ssl.checkserveridentity"));
        assertEquals("TLSv1.2 TLSv1.3", p.getProperty("mail.smtp.ssl.protocols"));
        assertEquals("true", p.getProperty("mail.smtp.auth"));
        assertEquals("30000", p.getProperty("mail.smtp.connectiontimeout"));
        assertEquals("30000", p.getProperty("mail.smtp.timeout"));
        assertEquals("30000", p.getProperty("mail.smtp.writetimeout"));
        assertNull(p.getProperty("mail.smtp.ssl.trust"));
        assertEquals("false", p.getProperty("mail.debug"));
    }

    @Test
    void sslMeansImplicitTlsOnPort465() throws Exception {
        Path f = yaml("smtp: {servidor: smtp.x.gov.br, seguranca: ssl, remetente: {email: a@x.gov.br}, "
                + "tempo_limite_segundos: 10}\n");
        MailSettings s = MailSettingsReader.read(f, MailOverrides.none());
        assertEquals(465, s.porta());
        Properties p = s.sessionProperties();
        assertEquals("smtps", p.getProperty("mail.transport.protocol"));
        assertEquals("true", p.getProperty("mail.smtps.ssl.checkserveridentity"));
        assertEquals("10000", p.getProperty("mail.smtps.timeout"));
        assertEquals("false", p.getProperty("mail.smtps.auth"));
    }

    @Test
    void unknownKeyGivesFileLineColumnAndSuggestion() throws Exception {
        Path f = yaml("""
                smtp:
                  servidro: smtp.x.gov.br
                  remetente: {email: a@x.gov.br}
                """);
        MailConfigException e = assertThrows(MailConfigException.class,
                () -> MailSettingsReader.read(f, MailOverrides.none()));
        assertTrue(e.lines().contains(f + ":2:3: smtp.servidro: chave desconhecida `servidro`; você quis dizer `servidor`?"),
                e.lines().toString());
    }

    @Test
    void unknownSectionIsAnError() throws Exception {
        Path f = yaml("smpt:\n  servidor: x\n");
        MailConfigException e = assertThrows(MailConfigException.class,
                () -> MailSettingsReader.read(f, MailOverrides.none()));
        assertEquals(f + ":1:1: smpt: chave desconhecida `smpt`; você quis dizer `smtp`?", e.lines().get(0));
    }

    @Test
    void passwordInTheFileIsRefusedWithoutRepeatingIt() throws Exception {
        Path f = yaml("""
                smtp:
                  servidor: smtp.x.gov.br
                  remetente: {email: a@x.gov.br}
                  senha: Segredo-123-XYZ
                """);
        MailConfigException e = assertThrows(MailConfigException.class,
                () -> MailSettingsReader.read(f, MailOverrides.none()));
        assertEquals(1, e.lines().size());
        String line = e.lines().get(0);
        assertTrue(line.startsWith(f + ":4:3: smtp.senha: a senha nunca vai no arquivo"), line);
        assertTrue(line.contains("GERAR_OFICIOS_SMTP_SENHA"), line);
        assertFalse(line.contains("Segredo-123-XYZ"));
    }

    @Test
    void badValuesPointAtTheValue() throws Exception {
        Path f = yaml("""
                smtp:
                  servidor: smtp.x.gov.br
                  porta: cinco
                  seguranca: tls
                  remetente: {email: nao-e-email}
                  copias: ok@x.gov.br
                """);
        MailConfigException e = assertThrows(MailConfigException.class,
                () -> MailSettingsReader.read(f, MailOverrides.none()));
        String all = String.join("\n", e.lines());
        assertTrue(all.contains(f + ":3:10: smtp.porta: valor inválido \"cinco\"; escreva um número inteiro de 1 a 65535, "
                + "só com dígitos (ex.: 587)"), all);
        assertTrue(all.contains(f + ":4:14: smtp.seguranca: valor inválido \"tls\"; use um destes: starttls, ssl, nenhuma"), all);
        assertTrue(all.contains(":5:22: smtp.remetente.email: e-mail inválido \"nao-e-email\"; escreva como "
                + "nome@dominio.gov.br"), all);
        assertTrue(all.contains(":6:11: smtp.copias: esperava uma lista, mas encontrei um valor (\"ok@x.gov.br\")"), all);
    }

    @Test
    void addressesFollowTheMunicipalityFilesRuleNoAccents() throws Exception {
        Path f = yaml("""
                smtp:
                  servidor: smtp.x.gov.br
                  remetente: {email: coordenação@saude.santoamaro.ba.gov.br}
                  copias:
                    - ok@saude.santoamaro.ba.gov.br
                    - arquivo@saúde.santoamaro.ba.gov.br
                  suporte: suporte@esus..gov.br
                """);
        MailConfigException e = assertThrows(MailConfigException.class,
                () -> MailSettingsReader.read(f, Path.of("gerar-oficios.yaml"), MailOverrides.none()));
        assertEquals(List.of(
                "gerar-oficios.yaml:3:22: smtp.remetente.email: e-mail inválido "
                        + "\"coordenação@saude.santoamaro.ba.gov.br\"; escreva como nome@dominio.gov.br",
                "gerar-oficios.yaml:6:7: smtp.copias[1]: e-mail inválido \"arquivo@saúde.santoamaro.ba.gov.br\": o "
                        + "domínio depois do @ não é válido; escreva como nome@dominio.gov.br",
                "gerar-oficios.yaml:7:12: smtp.suporte: e-mail inválido \"suporte@esus..gov.br\": o domínio depois do "
                        + "@ não é válido; escreva como nome@dominio.gov.br"), e.lines());
        MailConfigException opt = assertThrows(MailConfigException.class, () -> MailSettingsReader.read(
                dir.resolve("nao-existe.yaml"), new MailOverrides("smtp.x.gov.br", null, null, null,
                        "Coordenação <coordenacao@saúde.gov.br>", false)));
        assertEquals(List.of("opção --remetente: e-mail inválido \"coordenacao@saúde.gov.br\": o domínio depois do @ "
                + "não é válido; escreva como nome@dominio.gov.br"), opt.lines());
    }

    @Test
    void syntaxErrorHasAPlace() throws Exception {
        Path f = yaml("smtp:\n  servidor: [x\n");
        MailConfigException e = assertThrows(MailConfigException.class,
                () -> MailSettingsReader.read(f, MailOverrides.none()));
        assertEquals(f + ":3:1: erro de sintaxe YAML: lista entre colchetes não fechada; feche com ]", e.lines().get(0));
    }

    @Test
    void noEncryptionIsRefusedForARemoteHostUnlessInseguro() throws Exception {
        Path f = yaml("smtp: {servidor: smtp.x.gov.br, seguranca: nenhuma, remetente: {email: a@x.gov.br}}\n");
        MailConfigException e = assertThrows(MailConfigException.class,
                () -> MailSettingsReader.read(f, MailOverrides.none()));
        assertTrue(e.lines().get(0).startsWith(f + ":1:44: smtp.seguranca: sem criptografia só para um servidor"),
                e.lines().get(0));

        MailSettings s = MailSettingsReader.read(f, new MailOverrides(null, null, null, null, null, true));
        assertEquals(Seguranca.NENHUMA, s.seguranca());
        assertEquals(25, s.porta());
        assertEquals("false", s.sessionProperties().getProperty("mail.smtp.starttls.enable"));

        // The record itself refuses it too, whoever builds it.
        assertThrows(IllegalArgumentException.class, () -> MailFixtures.settings("10.0.0.5", 25, Seguranca.NENHUMA,
                null));
    }

    @Test
    void noEncryptionIsAcceptedOnLoopbackOnly() {
        for (String h : List.of("localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]", "0:0:0:0:0:0:0:1")) {
            assertTrue(MailSettings.isLoopback(h), h);
        }
        for (String h : List.of("128.0.0.1", "localhost.example.com", "127.0.0.1.nip.io", "::2", "10.0.0.1",
                "smtp.gmail.com", "1127.0.0.1")) {
            assertFalse(MailSettings.isLoopback(h), h);
        }
    }

    @Test
    void optionsOverrideTheFile() throws Exception {
        Path f = yaml("smtp: {servidor: smtp.x.gov.br, porta: 2525, remetente: {email: a@x.gov.br}}\n");
        MailSettings s = MailSettingsReader.read(f,
                new MailOverrides("localhost", 1025, "nenhuma", "eu", "Fulana <fulana@y.gov.br>", false));
        assertEquals("localhost", s.servidor());
        assertEquals(1025, s.porta());
        assertEquals(Seguranca.NENHUMA, s.seguranca());
        assertEquals("eu", s.usuario());
        assertEquals("fulana@y.gov.br", s.remetenteEmail());
        assertEquals("Fulana", s.remetenteNome());

        MailConfigException e = assertThrows(MailConfigException.class, () -> MailSettingsReader.read(f, porta(70000)));
        assertEquals(List.of("opção --porta: 70000 fora de 1–65535"), e.lines());
    }

    @Test
    void missingFileNeedsTheOptions() throws Exception {
        Path missing = dir.resolve("gerar-oficios.yaml");
        MailConfigException e = assertThrows(MailConfigException.class,
                () -> MailSettingsReader.read(missing, Path.of("gerar-oficios.yaml"), MailOverrides.none()));
        assertEquals(List.of("gerar-oficios.yaml: arquivo de configuração não encontrado; copie "
                + "gerar-oficios.exemplo.yaml para gerar-oficios.yaml (na pasta onde você roda o gerar-oficios) e "
                + "ajuste a seção smtp:, indique outro arquivo com --config ARQ, ou informe --servidor e --remetente"),
                e.lines(), "uma linha, sem linha e coluna de um arquivo que não existe");
        MailConfigException onlyServer = assertThrows(MailConfigException.class, () -> MailSettingsReader.read(
                missing, Path.of("gerar-oficios.yaml"), new MailOverrides("smtp.x.gov.br", null, null, null, null,
                        false)));
        assertEquals(1, onlyServer.lines().size(), onlyServer.lines().toString());
        assertTrue(onlyServer.lines().get(0).endsWith("ou informe --remetente"), onlyServer.lines().toString());

        MailSettings s = MailSettingsReader.read(missing,
                new MailOverrides("smtp.x.gov.br", null, "ssl", null, "a@x.gov.br", false));
        assertEquals(465, s.porta());
        assertNull(s.suporte());
    }

    @Test
    void theSampleConfigAtTheRepositoryRootIsValid() throws Exception {
        MailSettings s = MailSettingsReader.read(Path.of("gerar-oficios.exemplo.yaml"), MailOverrides.none());
        assertEquals(Seguranca.STARTTLS, s.seguranca());
        assertEquals(587, s.porta());
        assertNull(s.confianca());
    }

    @Test
    void everyAddressOfTheSampleConfigIsAtADomainReservedForExamples() throws Exception {
        Path sample = Path.of("gerar-oficios.exemplo.yaml");
        MailSettings s = MailSettingsReader.read(sample, MailOverrides.none());
        assertEquals(".example", EnderecosDeExemplo.reservado(s.remetenteEmail()));
        assertEquals(".example", EnderecosDeExemplo.reservado(s.usuario()));
        assertTrue(s.copias().stream().allMatch(c -> EnderecosDeExemplo.reservado(c) != null), s.copias()::toString);
        assertTrue(s.servidor().endsWith(".example"), s.servidor());
        for (String line : Files.readAllLines(sample)) {
            for (String word : line.split("[\\s,\\[\\]{}]+")) {
                if (word.contains("@")) {
                    assertTrue(EnderecosDeExemplo.reservado(word) != null, "endereço de verdade no exemplo: " + line);
                }
            }
        }
    }

    @Test
    void aRealSendRefusesTheExampleAddressesWithTheirPlaceAndASimulationTakesThem() throws Exception {
        Path f = yaml("""
                smtp:
                  servidor: smtp.x.gov.br
                  remetente: {email: coordenacao@saude.municipio.example}
                  copias: [arquivo@x.gov.br, arquivo@prefeitura.test]
                  suporte: suporte@example.org
                """);
        Path shown = Path.of("gerar-oficios.yaml");
        MailSettings simulated = MailSettingsReader.read(f, shown, MailOverrides.none());
        assertEquals("coordenacao@saude.municipio.example", simulated.remetenteEmail());
        MailConfigException e = assertThrows(MailConfigException.class,
                () -> MailSettingsReader.readForSending(f, shown, MailOverrides.none()));
        String tail = " é reservado para exemplos e não recebe e-mail; troque-o pelo endereço de verdade antes de "
                + "enviar (com --simular, que não envia nada, os exemplos são aceitos)";
        assertEquals(List.of(
                "gerar-oficios.yaml:3:22: smtp.remetente.email: endereço de exemplo "
                        + "\"coordenacao@saude.municipio.example\": o domínio .example" + tail,
                "gerar-oficios.yaml:4:30: smtp.copias[1]: endereço de exemplo \"arquivo@prefeitura.test\": o domínio "
                        + ".test" + tail,
                "gerar-oficios.yaml:5:12: smtp.suporte: endereço de exemplo \"suporte@example.org\": o domínio "
                        + "example.org" + tail), e.lines());

        // --remetente replaces the file's sender: only its own address counts.
        MailConfigException opt = assertThrows(MailConfigException.class, () -> MailSettingsReader.readForSending(f,
                shown, new MailOverrides(null, null, null, null, "Fulana <fulana@x.gov.br>", false)));
        assertEquals(2, opt.lines().size(), opt.lines().toString());
        assertTrue(opt.lines().stream().noneMatch(l -> l.contains("smtp.remetente")), opt.lines().toString());
        MailConfigException bad = assertThrows(MailConfigException.class, () -> MailSettingsReader.readForSending(
                dir.resolve("nao-existe.yaml"), shown, new MailOverrides("smtp.x.gov.br", null, null, null,
                        "eu@saude.example.com", false)));
        assertEquals(List.of("opção --remetente: endereço de exemplo \"eu@saude.example.com\": o domínio example.com"
                + tail), bad.lines());
    }

    @Test
    void reservedNamesAreThoseOfRfc2606AndRfc6761Only() {
        for (String a : List.of("a@b.example", "a@b.EXAMPLE", "a@x.test", "a@x.invalid", "a@x.localhost",
                "a@example.com", "a@sub.example.net", "a@example.org.")) {
            assertTrue(EnderecosDeExemplo.reservado(a) != null, a);
        }
        for (String a : List.of("a@exemplo.gov.br", "a@example.com.br", "a@myexample.com", "a@testes.ba.gov.br",
                "a@saude.santoamaro.ba.gov.br", "a@example.gov.br")) {
            assertNull(EnderecosDeExemplo.reservado(a), a);
        }
    }

    @Test
    void confiancaReadsAPemFileOrAFolderRelativeToTheConfigFile() throws Exception {
        TestAuthority ca = TestAuthority.create(Files.createDirectories(dir.resolve("ac")), "Autoridade da Prefeitura");
        Files.createDirectories(dir.resolve("certificados"));
        Files.copy(ca.caPem, dir.resolve("certificados/autoridade.pem"));
        Path f = yaml("smtp: {servidor: smtp.x.gov.br, remetente: {email: a@x.gov.br}, "
                + "confianca: certificados/autoridade.pem}\n");
        MailSettings s = MailSettingsReader.read(f, Path.of("gerar-oficios.yaml"), MailOverrides.none());
        assertEquals(1, s.confianca().certificados().size());
        assertEquals("Autoridade da Prefeitura", Confianca.nome(s.confianca().certificados().get(0)));
        Properties p = s.sessionProperties();
        assertTrue(p.get("mail.smtp.ssl.socketFactory") instanceof javax.net.ssl.SSLSocketFactory);
        assertEquals("true", p.getProperty("mail.smtp.ssl.checkserveridentity"), "o nome continua conferido");
        assertNull(p.getProperty("mail.smtp.ssl.trust"));

        Path folder = yaml("smtp: {servidor: smtp.x.gov.br, remetente: {email: a@x.gov.br}, confianca: certificados}\n");
        assertEquals(1, MailSettingsReader.read(folder, MailOverrides.none()).confianca().certificados().size());
    }

    @Test
    void confiancaProblemsPointAtTheValue() throws Exception {
        Files.createDirectories(dir.resolve("vazia"));
        Files.writeString(dir.resolve("chave.pem"), "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n");
        Files.writeString(dir.resolve("texto.pem"), "não é certificado\n");
        String head = "smtp:\n  servidor: smtp.x.gov.br\n  remetente: {email: a@x.gov.br}\n  confianca: ";
        Path shown = Path.of("gerar-oficios.yaml");
        for (String[] c : new String[][] {
                {"nao-existe.pem", "arquivo ou pasta não encontrado: nao-existe.pem; o caminho é relativo à pasta do "
                        + "arquivo de configuração"},
                {"vazia", "a pasta vazia não tem nenhum certificado (arquivos .pem, .crt, .cer ou .der); ponha nela o "
                        + "certificado da autoridade que emitiu o do servidor de e-mail"},
                {"chave.pem", "chave.pem tem uma chave privada: smtp.confianca leva só o certificado público da "
                        + "autoridade (.crt ou .pem), nunca uma chave; tire a chave deste arquivo e guarde-a em lugar "
                        + "seguro"},
                {"texto.pem", "texto.pem não é um certificado PEM (-----BEGIN CERTIFICATE-----) nem DER; peça a quem "
                        + "administra o servidor de e-mail o certificado da autoridade que emitiu o dele"}}) {
            Path f = yaml(head + c[0] + "\n");
            MailConfigException e = assertThrows(MailConfigException.class,
                    () -> MailSettingsReader.read(f, shown, MailOverrides.none()));
            assertEquals(List.of("gerar-oficios.yaml:4:14: smtp.confianca: " + c[1]), e.lines());
        }
    }
}
