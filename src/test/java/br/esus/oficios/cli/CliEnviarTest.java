package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.send.LoopbackSmtpServer;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code gerar-oficios enviar} end to end, against a local SMTP server. */
class CliEnviarTest {
    @RegisterExtension
    static final GreenMailExtension GM = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("coordenacao@localhost", "coordenacao",
                    "s3nh4-do-teste"));

    @TempDir
    Path cwd;

    /** The example's addressee, at a domain reserved for examples, and the one the tests send to instead. */
    static final String EXAMPLE_ORGAO = "protocolo@prodeb.example";
    static final String ORGAO = "protocolo@prodeb.ba.gov.br";

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(cwd.resolve("municipios"));
        // The example still waits for HTTPS and SMTP; here they are done, so the ticket may go.
        String yaml = Files.readString(Path.of("municipios/ba-santo-amaro.yaml"));
        Files.writeString(cwd.resolve("municipios/ba-santo-amaro.yaml"), readyForTicket(withRealAddressee(yaml)));
        config(GM.getSmtp().getPort());
    }

    /** The example with an addressee a real send accepts (this local server is the only one that sees it). */
    static String withRealAddressee(String yaml) {
        if (!yaml.contains("email: " + EXAMPLE_ORGAO)) {
            throw new AssertionError("o exemplo mudou: ajuste withRealAddressee\n" + yaml);
        }
        return yaml.replace("email: " + EXAMPLE_ORGAO, "email: " + ORGAO);
    }

    /** The example as it is, its addressee at a reserved domain, with the ticket's prerequisites pending. */
    private void rawExample() throws IOException {
        Files.copy(Path.of("municipios/ba-santo-amaro.yaml"), cwd.resolve("municipios/ba-santo-amaro.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static String readyForTicket(String yaml) {
        String out = yaml.replaceAll("(?m)^(  (https|smtp):).*$", "$1 concluido");
        if (!out.matches("(?s).*\\n  https: concluido.*") || !out.matches("(?s).*\\n  smtp: concluido.*")) {
            throw new AssertionError("o exemplo mudou: ajuste readyForTicket\n" + out);
        }
        return out;
    }

    private void config(int port) throws IOException {
        Files.writeString(cwd.resolve("gerar-oficios.yaml"), """
                smtp:
                  servidor: 127.0.0.1
                  porta: %d
                  seguranca: nenhuma
                  remetente: {email: coordenacao@santoamaro.ba.gov.br, nome: Coordenação da APS}
                  suporte: suporte@exemplo.gov.br
                  tempo_limite_segundos: 5
                """.formatted(port));
    }

    private void configWithLogin(int port) throws IOException {
        Files.writeString(cwd.resolve("gerar-oficios.yaml"), """
                smtp:
                  servidor: 127.0.0.1
                  porta: %d
                  seguranca: nenhuma
                  usuario: coordenacao
                  remetente: {email: coordenacao@santoamaro.ba.gov.br}
                  suporte: suporte@exemplo.gov.br
                """.formatted(port));
    }

    private CliRun enviar(String... extra) {
        List<String> args = new ArrayList<>(List.of("enviar", "municipios/ba-santo-amaro.yaml"));
        args.addAll(Arrays.asList(extra));
        return CliRun.run(cwd, Map.of("GOVBR_CLIENT_SECRET", "x"), args.toArray(String[]::new));
    }

    @Test
    void sendsTheOfícioAndTheTicketOnceWithTheFilesOfOutput() throws Exception {
        CliRun r = enviar();
        assertEquals(0, r.exit(), r.toString());
        assertTrue(GM.waitForIncomingEmail(5000, 4), "2 mensagens, cada uma com destinatário e cópia");
        MimeMessage ofício = find(ORGAO);
        assertEquals("Ofício nº 12/2026/SMS/PMSA — Solicitação de subdomínio gov.br — Santo Amaro/BA",
                ofício.getSubject());
        assertEquals(List.of("ti.saude@santoamaro.ba.gov.br"), addresses(ofício.getRecipients(Message.RecipientType.CC)));
        Part pdf = attachment(ofício);
        assertTrue(pdf.getFileName().endsWith(".pdf") && pdf.getFileName().startsWith("Ofício 12_2026"), pdf.getFileName());
        byte[] onDisk = Files.readAllBytes(cwd.resolve("output/ba-santo-amaro/oficio-dominio.pdf"));
        try (InputStream in = pdf.getInputStream()) {
            assertArrayEquals(onDisk, in.readAllBytes(), "o anexo é o PDF de output/");
        }
        MimeMessage ticket = find("suporte@exemplo.gov.br");
        assertEquals("Ativação da prescrição digital — Santo Amaro/BA — https://esus.santoamaro.ba.gov.br",
                ticket.getSubject());
        String body = (String) ((Multipart) ((Multipart) ticket.getContent()).getBodyPart(0).getContent())
                .getBodyPart(0).getContent();
        assertTrue(body.contains("Solicito a ativação da prescrição digital"), body);
        assertFalse(body.contains("Chamado a abrir em") || body.contains("Assunto:"), "recado ao coordenador: " + body);
        try (var pdfDoc = org.apache.pdfbox.Loader.loadPDF(cwd.resolve("output/ba-santo-amaro/ticket-prescricao.pdf")
                .toFile())) {
            String printed = new org.apache.pdfbox.text.PDFTextStripper().getText(pdfDoc);
            assertTrue(printed.contains("Chamado a abrir em"), "o PDF mantém o recado: " + printed);
        }
        Path log = cwd.resolve("output/ba-santo-amaro/envios.jsonl");
        assertEquals(4, Files.readAllLines(log).size(), "intenção e envio de cada documento");
        assertEquals("enviar: 2 enviados", lastLine(r.out()));

        int before = GM.getReceivedMessages().length;
        CliRun again = enviar();
        assertEquals(0, again.exit(), again.toString());
        assertTrue(again.out().contains("já enviado"), again.out());
        assertEquals(before, GM.getReceivedMessages().length, "o mesmo documento não vai duas vezes");
        assertEquals("enviar: 0 enviados, 2 já enviados (recusados)", lastLine(again.out()));

        CliRun forced = enviar("--reenviar", "-d", "oficio-dominio");
        assertEquals(0, forced.exit(), forced.toString());
        assertEquals("enviar: 1 enviado", lastLine(forced.out()));
        assertTrue(GM.waitForIncomingEmail(5000, before + 2));
        assertEquals(6, Files.readAllLines(log).size());
    }

    @Test
    void onAnotherDayTheSameTicketIsStillAlreadySent() throws Exception {
        Map<String, String> env = Map.of("GOVBR_CLIENT_SECRET", "x");
        String[] ticket = {"enviar", "municipios/ba-santo-amaro.yaml", "-d", "ticket-prescricao"};
        Path pdf = cwd.resolve("output/ba-santo-amaro/ticket-prescricao.pdf");
        CliRun first = CliRun.run(cwd, env, ticket);
        assertEquals(0, first.exit(), first.toString());
        assertTrue(GM.waitForIncomingEmail(5000, 2), "para o suporte e cópia para o contato");
        byte[] firstPdf = Files.readAllBytes(pdf);

        CliRun nextWeek = CliRun.run(cwd, env, CliRun.TODAY.plusDays(7), ticket);
        assertFalse(Arrays.equals(firstPdf, Files.readAllBytes(pdf)), "o PDF gerado de novo tem a data do dia");
        assertEquals(0, nextWeek.exit(), nextWeek.toString());
        assertTrue(nextWeek.out().contains("já enviado: Santo Amaro/BA ticket-prescricao: já foi enviado em "),
                nextWeek.out());
        assertTrue(nextWeek.out().contains("com o mesmo conteúdo"), nextWeek.out());
        assertEquals("enviar: 0 enviados, 1 já enviado (recusado)", lastLine(nextWeek.out()));
        assertEquals(2, GM.getReceivedMessages().length, "o mesmo ticket não vai de novo");

        String[] forced = {"enviar", "municipios/ba-santo-amaro.yaml", "-d", "ticket-prescricao", "--reenviar"};
        CliRun resent = CliRun.run(cwd, env, CliRun.TODAY.plusDays(7), forced);
        assertEquals("enviar: 1 enviado", lastLine(resent.out()), resent.toString());
        assertTrue(GM.waitForIncomingEmail(5000, 4));

        Path yaml = cwd.resolve("municipios/ba-santo-amaro.yaml");
        String before = Files.readString(yaml);
        String changed = before.replace("(75) 98765-4321", "(75) 98765-0000");
        assertFalse(before.equals(changed), "o exemplo mudou: ajuste o telefone do contato neste teste");
        Files.writeString(yaml, changed);
        CliRun corrected = CliRun.run(cwd, env, CliRun.TODAY.plusDays(8), ticket);
        assertEquals("enviar: 1 enviado", lastLine(corrected.out()), "um documento alterado vai: " + corrected);
        assertTrue(GM.waitForIncomingEmail(5000, 6));
        assertEquals(6, Files.readAllLines(cwd.resolve("output/ba-santo-amaro/envios.jsonl")).size());
    }

    @Test
    void simulationWritesEmlAndSendsNothing() throws IOException {
        CliRun r = enviar("--simular");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(0, GM.getReceivedMessages().length);
        try (Stream<Path> s = Files.list(cwd.resolve("output/ba-santo-amaro/envios"))) {
            assertEquals(2, s.filter(p -> p.toString().endsWith(".eml")).count());
        }
        assertFalse(Files.exists(cwd.resolve("output/ba-santo-amaro/envios.jsonl")), "simulação não registra envio");
        assertEquals("enviar: 2 simulados", lastLine(r.out()));
        assertTrue(r.out().contains("simulação: Santo Amaro/BA oficio-dominio: iria para " + ORGAO + ", "
                + "cc ti.saude@santoamaro.ba.gov.br, com oficio-dominio.pdf; assunto: Ofício nº 12/2026/SMS/PMSA — "
                + "Solicitação de subdomínio gov.br — Santo Amaro/BA; mensagem salva em "), r.out());
    }

    @Test
    void aCopyOfTheMunicipalityIsNotSentASecondTime() throws Exception {
        String yaml = Files.readString(cwd.resolve("municipios/ba-santo-amaro.yaml"));
        Files.writeString(cwd.resolve("municipios/aaa-copia.yaml"), yaml.replace("{numero: 12,", "{numero: 13,"));
        CliRun r = CliRun.run(cwd, Map.of("GOVBR_CLIENT_SECRET", "x"), "enviar", "municipios");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("municipios/aaa-copia.yaml:1:1: municipio: é o mesmo município (Santo Amaro/BA) de "
                + "municipios/ba-santo-amaro.yaml, que é o arquivo usado"), r.err());
        java.util.Set<String> subjects = new java.util.TreeSet<>();
        for (jakarta.mail.internet.MimeMessage m : GM.getReceivedMessages()) {
            subjects.add(m.getSubject());
        }
        assertEquals(2, subjects.size(), "o ofício e o ticket, uma vez: " + subjects);
        assertTrue(subjects.stream().noneMatch(t -> t.contains("13/2026")), "nada da cópia: " + subjects);
        assertEquals("enviar: 2 enviados, 2 não enviados", lastLine(r.out()));
    }

    @Test
    void aServerThatIsDownGivesExit3AndNoLog() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        config(closed);
        CliRun r = enviar();
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.out().contains("não enviado: Santo Amaro/BA oficio-dominio: não foi possível conectar"), r.out());
        assertTrue(r.out().contains("não enviado: Santo Amaro/BA ticket-prescricao: não tentado: o servidor falhou "
                + "logo antes, com Santo Amaro/BA oficio-dominio, e a falha vale para todas as mensagens: não foi "
                + "possível conectar"), r.out());
        assertEquals("enviar: 0 enviados, 2 não enviados (1 nem tentado depois da falha do servidor 127.0.0.1:"
                + closed + ")", lastLine(r.out()));
        assertFalse(Files.exists(cwd.resolve("output/ba-santo-amaro/envios.jsonl")));
    }

    @Test
    void aServerThatAnswersAfterTheTimeLimitGetsOneCopyAndTheNextRunRefusesUntilReenviar() throws Exception {
        try (LoopbackSmtpServer slow = new LoopbackSmtpServer()) {
            slow.afterMessage(new LoopbackSmtpServer.Late(java.time.Duration.ofMillis(2500)));
            Files.writeString(cwd.resolve("gerar-oficios.yaml"), """
                    smtp:
                      servidor: 127.0.0.1
                      porta: %d
                      seguranca: nenhuma
                      remetente: {email: coordenacao@santoamaro.ba.gov.br}
                      suporte: suporte@exemplo.gov.br
                      tempo_limite_segundos: 1
                    """.formatted(slow.port()));
            CliRun r = enviar("-d", "oficio-dominio");
            assertEquals(3, r.exit(), r.toString());
            assertEquals(1, slow.messages(), "uma cópia só");
            assertEquals(1, slow.connections(), "sem nova tentativa");
            String id = slow.messageIds().get(0);
            assertTrue(r.out().contains("envio incerto: Santo Amaro/BA oficio-dominio: a mensagem foi passada ao "
                    + "servidor, mas a resposta dele não veio (o servidor 127.0.0.1:" + slow.port() + " não respondeu "
                    + "em 1 s)"), r.out());
            assertTrue(r.out().contains("procure a Message-ID " + id + " na pasta de enviados"), r.out());
            assertEquals("enviar: 0 enviados, 1 envio incerto (confira antes de reenviar)", lastLine(r.out()));
            Path log = cwd.resolve("output/ba-santo-amaro/envios.jsonl");
            List<String> lines = Files.readAllLines(log);
            assertEquals(2, lines.size(), String.join("\n", lines));
            assertTrue(lines.get(0).contains("\"estado\":\"intencao\"") && lines.get(0).contains(id), lines.get(0));
            assertTrue(lines.get(1).contains("\"estado\":\"incerto\"") && lines.get(1).contains(id), lines.get(1));

            Thread.sleep(1700); // the late 250 comes and goes
            slow.afterMessage(new LoopbackSmtpServer.Ok());
            CliRun next = enviar("-d", "oficio-dominio");
            assertEquals(3, next.exit(), next.toString());
            assertTrue(next.out().contains("envio incerto: Santo Amaro/BA oficio-dominio: o envio de "), next.out());
            assertTrue(next.out().contains("(Message-ID " + id + ") ficou incerto: "), next.out());
            assertTrue(next.out().contains("se não chegou, envie de novo com --reenviar"), next.out());
            assertEquals(1, slow.messages(), "nada foi enviado");

            CliRun forced = enviar("-d", "oficio-dominio", "--reenviar");
            assertEquals(0, forced.exit(), forced.toString());
            assertEquals("enviar: 1 enviado", lastLine(forced.out()));
            assertEquals(2, slow.messages());
            assertEquals(4, Files.readAllLines(log).size());
        }
    }

    @Test
    void aMissingPasswordIsAConfigurationErrorSaidOnceBeforeAnything() throws IOException {
        configWithLogin(GM.getSmtp().getPort());
        for (String senha : new String[] {null, ""}) {
            Map<String, String> env = new java.util.HashMap<>(Map.of("GOVBR_CLIENT_SECRET", "x"));
            if (senha != null) {
                env.put("GERAR_OFICIOS_SMTP_SENHA", senha);
            }
            CliRun r = CliRun.run(cwd, env, "enviar", "municipios/ba-santo-amaro.yaml");
            assertEquals(1, r.exit(), r.toString());
            assertEquals(1, r.err().lines().count(), "uma linha só: " + r.err());
            assertTrue(r.err().startsWith("gerar-oficios enviar: falta a senha do usuário SMTP coordenacao: defina a "
                    + "variável de ambiente GERAR_OFICIOS_SMTP_SENHA"), r.err());
            assertTrue(r.err().contains("export GERAR_OFICIOS_SMTP_SENHA='a senha'"), r.err());
            assertTrue(r.err().contains("set GERAR_OFICIOS_SMTP_SENHA=a senha"), r.err());
            assertEquals("", r.out(), "nada foi gerado nem tentado");
            assertFalse(Files.exists(cwd.resolve("output")), "nada foi gerado");
        }
        assertEquals(0, GM.getReceivedMessages().length);
        CliRun simulated = enviar("--simular");
        assertEquals(0, simulated.exit(), "a simulação não precisa de senha: " + simulated);
    }

    @Test
    void anAccentInAConfiguredAddressIsRefusedUpFrontWithItsPlace() throws IOException {
        Files.writeString(cwd.resolve("gerar-oficios.yaml"), """
                smtp:
                  servidor: 127.0.0.1
                  porta: %d
                  seguranca: nenhuma
                  remetente: {email: coordenacao@santoamaro.ba.gov.br}
                  copias: [arquivo@saúde.santoamaro.ba.gov.br]
                  suporte: suporte@exemplo.gov.br
                """.formatted(GM.getSmtp().getPort()));
        CliRun r = enviar();
        assertEquals(1, r.exit(), r.toString());
        assertEquals("gerar-oficios.yaml:6:12: smtp.copias[0]: e-mail inválido \"arquivo@saúde.santoamaro.ba.gov.br\": "
                + "o domínio depois do @ não é válido; escreva como nome@dominio.gov.br\n", r.err());
        assertFalse(Files.exists(cwd.resolve("output")), "nada foi gerado nem tentado");
        assertEquals(0, GM.getReceivedMessages().length);
    }

    @Test
    void inseguroWarnsOnceThatNothingIsEncrypted() throws IOException {
        configWithLogin(GM.getSmtp().getPort());
        Map<String, String> env = Map.of("GOVBR_CLIENT_SECRET", "x", "GERAR_OFICIOS_SMTP_SENHA", "s3nh4-do-teste");
        CliRun r = CliRun.run(cwd, env, "enviar", "municipios/ba-santo-amaro.yaml", "-d", "oficio-dominio",
                "--inseguro");
        assertEquals(0, r.exit(), r.toString());
        List<String> avisos = r.err().lines().filter(l -> l.startsWith("aviso:")).toList();
        assertEquals(List.of("aviso: --inseguro: a conexão com 127.0.0.1:" + GM.getSmtp().getPort() + " não é "
                + "criptografada; a senha e os documentos passam pela rede em texto aberto, legíveis por quem estiver "
                + "no caminho"), avisos);
        assertFalse(r.err().contains("s3nh4") || r.out().contains("s3nh4"), "a senha nunca aparece");
        CliRun without = CliRun.run(cwd, env, "enviar", "municipios/ba-santo-amaro.yaml", "-d", "oficio-dominio",
                "--reenviar");
        assertFalse(without.err().contains("aviso: --inseguro"), without.toString());
        var tls = new br.esus.oficios.send.MailSettings("smtp.x.gov.br", 587, br.esus.oficios.send.Seguranca.STARTTLS,
                null, "a@x.gov.br", null, List.of(), null, java.time.Duration.ofSeconds(5), false, true, false);
        assertEquals("aviso: --inseguro não muda nada aqui: a conexão com smtp.x.gov.br:587 usa seguranca starttls e "
                + "é criptografada", EnviarCommand.insecureWarning(tls, false));
    }

    @Test
    void aTicketWithPendingPrerequisitesIsNotSentUnlessAsked() throws IOException {
        rawExample(); // the ticket goes to support, so the example's addressee does not matter
        CliRun r = enviar("-d", "ticket-prescricao");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("ticket-prescricao: não enviado: pré-requisitos pendentes (HTTPS, servidor SMTP)"),
                r.err());
        assertEquals(0, GM.getReceivedMessages().length);
        assertEquals("enviar: 0 enviados, 1 não enviado", lastLine(r.out()));
        CliRun forced = enviar("-d", "ticket-prescricao", "--mesmo-com-pendencias");
        assertEquals(0, forced.exit(), forced.toString());
        assertTrue(GM.waitForIncomingEmail(5000, 1));
        assertEquals("enviar: 1 enviado", lastLine(forced.out()));
    }

    @Test
    void theSummaryCountsSentRefusedAndNotSent() throws IOException {
        assertEquals(0, enviar("-d", "oficio-dominio").exit());
        // Now the ticket waits for its prerequisites again, and the ofício was already sent.
        Files.writeString(cwd.resolve("municipios/ba-santo-amaro.yaml"),
                withRealAddressee(Files.readString(Path.of("municipios/ba-santo-amaro.yaml"))));
        CliRun r = enviar();
        assertEquals(1, r.exit(), "pré-requisito pendente é entrada inválida, não falha de entrega: " + r);
        assertEquals("enviar: 0 enviados, 1 já enviado (recusado), 1 não enviado", lastLine(r.out()));
    }

    @Test
    void theCopiedExampleConfigurationIsRefusedBeforeAnythingAndASimulationTakesIt() throws IOException {
        // gerar-oficios.exemplo.yaml copied as the README says, pointed at this server, nothing else changed.
        String sample = Files.readString(Path.of("gerar-oficios.exemplo.yaml"));
        String copied = sample.replace("servidor: smtp.saude.municipio.example", "servidor: 127.0.0.1")
                .replace("porta: 587 ", "porta: " + GM.getSmtp().getPort() + " ")
                .replace("seguranca: starttls ", "seguranca: nenhuma  ")
                .replaceAll("(?m)^  usuario: .*\n", "");
        assertFalse(copied.contains("\n  usuario:") || !copied.contains("servidor: 127.0.0.1"), "o exemplo mudou: "
                + copied);
        Files.writeString(cwd.resolve("gerar-oficios.yaml"), copied);
        List<String> lines = copied.lines().toList();
        int remetente = lines.indexOf("    email: coordenacao.aps@saude.municipio.example") + 1;
        int copia = lines.indexOf("    - arquivo@saude.municipio.example") + 1;
        assertTrue(remetente > 0 && copia > 0, copied);

        CliRun r = enviar();
        assertEquals(1, r.exit(), r.toString());
        String tail = "o domínio .example é reservado para exemplos e não recebe e-mail; troque-o pelo endereço de "
                + "verdade antes de enviar (com --simular, que não envia nada, os exemplos são aceitos)";
        assertEquals(List.of(
                "gerar-oficios.yaml:" + remetente + ":12: smtp.remetente.email: endereço de exemplo "
                        + "\"coordenacao.aps@saude.municipio.example\": " + tail,
                "gerar-oficios.yaml:" + copia + ":7: smtp.copias[0]: endereço de exemplo "
                        + "\"arquivo@saude.municipio.example\": " + tail), r.err().lines().toList());
        assertEquals("", r.out());
        assertFalse(Files.exists(cwd.resolve("output")), "nada foi gerado nem tentado");
        assertEquals(0, GM.getReceivedMessages().length);

        CliRun simulated = enviar("--simular", "-d", "oficio-dominio");
        assertEquals(0, simulated.exit(), simulated.toString());
        assertTrue(simulated.out().contains("cc ti.saude@santoamaro.ba.gov.br, arquivo@saude.municipio.example"),
                simulated.out());
        assertEquals(0, GM.getReceivedMessages().length);
    }

    @Test
    void anExampleMunicipalityIsNotSentForRealButTheOthersAre() throws Exception {
        rawExample();
        String yaml = withRealAddressee(Files.readString(Path.of("municipios/se-itabaiana.yaml"))
                .replace("protocolo@emgetis.example", EXAMPLE_ORGAO));
        Files.writeString(cwd.resolve("municipios/se-itabaiana.yaml"), yaml);
        CliRun r = CliRun.run(cwd, Map.of("GOVBR_CLIENT_SECRET", "x"), "enviar", "municipios", "-d",
                "oficio-dominio");
        assertEquals(1, r.exit(), r.toString());
        List<String> example = Files.readAllLines(Path.of("municipios/ba-santo-amaro.yaml"));
        int line = 0;
        for (int i = 0; i < example.size(); i++) {
            if (example.get(i).contains(EXAMPLE_ORGAO)) {
                line = i + 1;
            }
        }
        assertTrue(r.err().contains("municipios/ba-santo-amaro.yaml:" + line + ":10: orgao_dominio.email: endereço "
                + "de exemplo \"" + EXAMPLE_ORGAO + "\": o domínio .example é reservado para exemplos e não recebe "
                + "e-mail; troque-o pelo endereço de verdade antes de enviar"), r.err());
        assertTrue(GM.waitForIncomingEmail(5000, 2), "Itabaiana vai");
        for (MimeMessage m : GM.getReceivedMessages()) {
            assertTrue(m.getSubject().contains("Itabaiana/SE"), m.getSubject());
        }
        assertEquals("enviar: 1 enviado, 1 não enviado", lastLine(r.out()));
        assertFalse(Files.exists(cwd.resolve("output/ba-santo-amaro/envios.jsonl")), "nada de Santo Amaro foi enviado");
        assertFalse(Files.exists(cwd.resolve("output/ba-santo-amaro")), "recusado antes de gerar: nada gerado");
        assertFalse(r.out().contains("output/ba-santo-amaro/:"), r.out());

        CliRun simulated = enviar("--simular", "-d", "oficio-dominio");
        assertEquals(0, simulated.exit(), "a simulação aceita o exemplo: " + simulated);
        assertTrue(simulated.out().contains("iria para " + EXAMPLE_ORGAO), simulated.out());
    }

    @Test
    void configNamesAnotherSettingsFileAndAMissingOneIsSaidInOneLine() throws IOException {
        Path other = Files.createDirectories(cwd.resolve("config")).resolve("envio.yaml");
        Files.move(cwd.resolve("gerar-oficios.yaml"), other);

        CliRun none = enviar("-d", "oficio-dominio");
        assertEquals(1, none.exit(), none.toString());
        assertEquals(List.of("gerar-oficios.yaml: arquivo de configuração não encontrado; copie "
                + "gerar-oficios.exemplo.yaml para gerar-oficios.yaml (na pasta onde você roda o gerar-oficios) e "
                + "ajuste a seção smtp:, indique outro arquivo com --config ARQ, ou informe --servidor e --remetente"),
                none.err().lines().toList(), "sem apontar a linha 1 de um arquivo que não existe");

        CliRun missing = enviar("-d", "oficio-dominio", "--config", "config/nao-existe.yaml");
        assertEquals(1, missing.exit(), missing.toString());
        assertEquals(List.of("gerar-oficios enviar: --config config/nao-existe.yaml: arquivo não encontrado; confira "
                + "o nome e a pasta (veja gerar-oficios.exemplo.yaml). Nada foi enviado"), missing.err().lines().toList());

        CliRun sent = enviar("-d", "oficio-dominio", "--config", "config/envio.yaml");
        assertEquals(0, sent.exit(), sent.toString());
        assertEquals("enviar: 1 enviado", lastLine(sent.out()));
        assertTrue(GM.waitForIncomingEmail(5000, 2));

        Files.writeString(other, Files.readString(other).replace("tempo_limite_segundos: 5",
                "tempo_limite_segundo: 5"));
        CliRun bad = enviar("-d", "oficio-dominio", "--config", "config/envio.yaml");
        assertEquals(1, bad.exit(), bad.toString());
        assertTrue(bad.err().startsWith("config/envio.yaml:7:3: smtp.tempo_limite_segundo: chave desconhecida"),
                "os problemas apontam o arquivo de --config: " + bad.err());
    }

    @Test
    void onlyTheOfícioAndTheTicketCanBeSent() {
        CliRun r = enviar("-d", "pop");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("o documento pop não é enviado por e-mail"), r.err());
    }

    private static String lastLine(String out) {
        List<String> lines = out.lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    private static MimeMessage find(String to) throws Exception {
        return find(GM, to);
    }

    /** The message {@code gm} received addressed to {@code to}. */
    static MimeMessage find(GreenMailExtension gm, String to) throws Exception {
        for (MimeMessage m : gm.getReceivedMessages()) {
            if (addresses(m.getRecipients(Message.RecipientType.TO)).contains(to)) {
                return m;
            }
        }
        throw new AssertionError("nenhuma mensagem para " + to);
    }

    static List<String> addresses(Address[] a) {
        return a == null ? List.of() : Arrays.stream(a).map(x -> ((InternetAddress) x).getAddress()).toList();
    }

    /** The message's attached file. */
    static Part attachment(MimeMessage m) throws Exception {
        Multipart mp = (Multipart) m.getContent();
        for (int i = 0; i < mp.getCount(); i++) {
            Part p = mp.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
                return p;
            }
        }
        throw new AssertionError("sem anexo");
    }
}
