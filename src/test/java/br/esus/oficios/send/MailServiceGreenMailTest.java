package br.esus.oficios.send;

import static br.esus.oficios.send.MailFixtures.CLOCK;
import static br.esus.oficios.send.MailFixtures.CONTATO_EMAIL;
import static br.esus.oficios.send.MailFixtures.ORGAO_EMAIL;
import static br.esus.oficios.send.MailFixtures.SUPORTE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.cli.SendReport;
import br.esus.oficios.doc.Doc;
import br.esus.oficios.model.Contato;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.render.DocumentId;
import br.esus.oficios.send.SendResult.Outcome;
import br.esus.oficios.write.MarkdownWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Sends through GreenMail (SMTP and SMTPS, with authentication, on free ports) and reads back what arrived. */
class MailServiceGreenMailTest {
    static final String LOGIN = "coordenacao";
    static final String SENHA = "Senha-Unica-7f3a9c-çãø";

    @RegisterExtension
    static final GreenMailExtension GM = new GreenMailExtension(
            ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.SMTP, ServerSetupTest.SMTPS}))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("coordenacao@localhost", LOGIN, SENHA));

    @TempDir
    Path tmp;

    private final MailFixtures.RecordingSleeper sleeper = new MailFixtures.RecordingSleeper();

    private Path folder() {
        return tmp.resolve("output").resolve(MailFixtures.santoAmaro().outputFolderName());
    }

    private MailSettings smtp() {
        return MailFixtures.settings(GM.getSmtp().getBindTo(), GM.getSmtp().getPort(), Seguranca.NENHUMA, LOGIN);
    }

    private MailSettings smtps() {
        return MailFixtures.settings(GM.getSmtps().getBindTo(), GM.getSmtps().getPort(), Seguranca.SSL, LOGIN)
                .withConfiarEmQualquerCertificado();
    }

    private SendResult send(MailSettings s, SendOptions o, Map<String, String> env, Outgoing... out) {
        return new MailService(s, env, CLOCK, sleeper).send(List.of(out), o);
    }

    private SendResult send(MailSettings s, SendOptions o, Outgoing... out) {
        return send(s, o, Map.of(MailSettings.SENHA_ENV, SENHA), out);
    }

    private Outgoing oficio(Path... files) {
        return Outgoing.of(MailFixtures.santoAmaro(), Outgoing.OFICIO_DOMINIO, MailFixtures.realOficio(), List.of(files),
                folder());
    }

    private Outgoing ticket(Path... files) {
        return Outgoing.of(MailFixtures.santoAmaro(), Outgoing.TICKET_PRESCRICAO, MailFixtures.realTicket(),
                List.of(files), folder());
    }

    /** Received copies (one per recipient), grouped by Message-ID. */
    private Map<String, List<MimeMessage>> received() throws Exception {
        Map<String, List<MimeMessage>> out = new LinkedHashMap<>();
        for (MimeMessage m : GM.getReceivedMessages()) {
            out.computeIfAbsent(m.getMessageID(), k -> new ArrayList<>()).add(m);
        }
        return out;
    }

    private static List<String> addresses(Address[] a) {
        return a == null ? List.of() : Arrays.stream(a).map(x -> ((InternetAddress) x).getAddress()).toList();
    }

    private static List<Part> attachments(MimeMessage m) throws Exception {
        List<Part> out = new ArrayList<>();
        Multipart mp = (Multipart) m.getContent();
        for (int i = 0; i < mp.getCount(); i++) {
            BodyPart p = mp.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
                out.add(p);
            }
        }
        return out;
    }

    private List<JsonNode> logLines() throws Exception {
        Path f = folder().resolve("envios.jsonl");
        if (!Files.exists(f)) {
            return List.of();
        }
        ObjectMapper om = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(f)) {
            out.add(om.readTree(line));
        }
        return out;
    }

    @Test
    void sendsTheOficioOverSmtpWithAuthenticationAndRecordsIt() throws Exception {
        Path pdf = MailFixtures.pdf(folder(), "oficio-dominio.pdf", "v1");
        Path docx = MailFixtures.pdf(folder(), "oficio-dominio.docx", "docx");
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        SendResult r;
        try {
            System.setOut(new PrintStream(terminal, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(terminal, true, StandardCharsets.UTF_8));
            r = send(smtp(), new SendOptions(false, false), oficio(pdf, docx));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("", terminal.toString(StandardCharsets.UTF_8), "nothing from the library reaches the terminal");
        assertTrue(r.allDelivered(), r.lines().toString());
        assertEquals(SendResult.Verdict.OK, r.verdict());
        SendResult.Line line = r.lines().get(0);
        assertEquals(Outcome.ENVIADO, line.outcome());
        assertEquals("enviado: Santo Amaro/BA oficio-dominio: para " + ORGAO_EMAIL + ", cc " + CONTATO_EMAIL
                + ", arquivo@saude.santoamaro.ba.gov.br, com oficio-dominio.pdf, oficio-dominio.docx; Message-ID "
                + line.messageId(), SendReport.line(line));

        assertTrue(GM.waitForIncomingEmail(5000, 3));
        Map<String, List<MimeMessage>> got = received();
        assertEquals(1, got.size(), "one message, one copy per recipient");
        MimeMessage m = got.get(line.messageId()).get(0);
        assertEquals("Ofício nº 12/2026/SMS/PMSA — Solicitação de subdomínio gov.br — Santo Amaro/BA", m.getSubject());
        assertEquals(List.of(ORGAO_EMAIL), addresses(m.getRecipients(Message.RecipientType.TO)));
        assertEquals("Companhia de Processamento de Dados do Estado da Bahia",
                ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getPersonal());
        assertEquals(List.of(CONTATO_EMAIL, "arquivo@saude.santoamaro.ba.gov.br"),
                addresses(m.getRecipients(Message.RecipientType.CC)));
        assertEquals("João Araújo", ((InternetAddress) m.getRecipients(Message.RecipientType.CC)[0]).getPersonal());
        assertEquals("Coordenação e-SUS — Saúde", ((InternetAddress) m.getFrom()[0]).getPersonal());
        assertTrue(m.getHeader("Disposition-Notification-To")[0].contains("coordenacao@localhost"));
        assertEquals(CLOCK.instant(), m.getSentDate().toInstant());

        // Body: text and HTML renderings of the document.
        Multipart alt = (Multipart) ((Multipart) m.getContent()).getBodyPart(0).getContent();
        assertTrue(alt.getContentType().startsWith("multipart/alternative"));
        assertTrue(((String) alt.getBodyPart(0).getContent()).contains("1. Solicito a criação do subdomínio"));
        assertTrue(alt.getBodyPart(1).isMimeType("text/html"));
        assertTrue(((String) alt.getBodyPart(1).getContent()).contains("Senhor Diretor-Presidente,"));

        // Attachments: names decoded back to Portuguese, bytes identical, both header styles present.
        List<Part> att = attachments(m);
        assertEquals(List.of("Ofício 12_2026_subdomínio gov.br.pdf", "Ofício 12_2026_subdomínio gov.br.docx"),
                att.stream().map(p -> {
                    try {
                        return p.getFileName();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList());
        try (InputStream in = att.get(0).getInputStream()) {
            assertArrayEquals(Files.readAllBytes(pdf), in.readAllBytes());
        }
        try (InputStream in = att.get(1).getInputStream()) {
            assertArrayEquals(Files.readAllBytes(docx), in.readAllBytes());
        }
        String disposition = String.join(" ", att.get(0).getHeader("Content-Disposition"));
        assertTrue(disposition.contains("filename*=UTF-8''Of%C3%ADcio%2012_2026_subdom%C3%ADnio%20gov.br.pdf"),
                disposition);
        String type = jakarta.mail.internet.MimeUtility.unfold(att.get(0).getHeader("Content-Type")[0]);
        assertTrue(type.startsWith("application/pdf; name=\"=?UTF-8?Q?Of=C3=ADcio"), type);
        assertFalse(type.contains("name*"), "no RFC 2231 continuation in the RFC 2047 name: " + type);
        assertEquals("base64", att.get(0).getHeader("Content-Transfer-Encoding")[0]);
        assertTrue(m.getHeader("Date")[0].endsWith("18:30:00 -0300"), m.getHeader("Date")[0]);
        assertEquals("Ofício 12_2026_subdomínio gov.br.pdf",
                jakarta.mail.internet.MimeUtility.decodeText(new jakarta.mail.internet.ContentType(type)
                        .getParameter("name")), "RFC 2047 name for old clients");

        // The log: the intent, written before DATA, then the outcome, both with the Message-ID the server received.
        List<JsonNode> log = logLines();
        assertEquals(List.of("intencao", "enviado"), log.stream().map(l -> l.get("estado").asText()).toList());
        assertEquals(log.get(0).get("message_id"), log.get(1).get("message_id"));
        assertEquals(log.get(0).get("conteudo_sha256"), log.get(1).get("conteudo_sha256"));
        JsonNode e = log.get(1);
        assertEquals(List.of("quando", "estado", "documento", "para", "cc", "assunto", "message_id", "conteudo_sha256",
                "anexos"), iterator(e.fieldNames()));
        assertTrue(e.get("conteudo_sha256").asText().matches("[0-9a-f]{64}"), e.toString());
        assertEquals("2026-11-23T18:30:00-03:00", e.get("quando").asText());
        assertEquals("oficio-dominio", e.get("documento").asText());
        assertEquals(m.getMessageID(), e.get("message_id").asText());
        assertEquals(m.getSubject(), e.get("assunto").asText());
        assertEquals(ORGAO_EMAIL, e.get("para").get(0).asText());
        assertEquals(2, e.get("cc").size());
        assertEquals("oficio-dominio.pdf", e.get("anexos").get(0).get("arquivo").asText());
        assertEquals(br.esus.oficios.doc.ContentHash.sha256(Files.readAllBytes(pdf)), e.get("anexos").get(0).get("sha256").asText());
        assertTrue(e.get("anexos").get(0).get("sha256").asText().matches("[0-9a-f]{64}"));
    }

    private static List<String> iterator(java.util.Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void sendsTheTicketOverSmtpsToSupport() throws Exception {
        Path pdf = MailFixtures.pdf(folder(), "ticket-prescricao.pdf", "t1");
        SendResult r = send(smtps(), new SendOptions(false, false), ticket(pdf));
        assertTrue(r.allDelivered(), r.lines().toString());
        assertTrue(GM.waitForIncomingEmail(5000, 3));
        MimeMessage m = received().get(r.lines().get(0).messageId()).get(0);
        assertEquals("Ativação da prescrição digital — Santo Amaro/BA — https://esus.santoamaro.ba.gov.br",
                m.getSubject());
        assertEquals(List.of(SUPORTE), addresses(m.getRecipients(Message.RecipientType.TO)));
        assertEquals(List.of(CONTATO_EMAIL, "arquivo@saude.santoamaro.ba.gov.br"),
                addresses(m.getRecipients(Message.RecipientType.CC)));
        assertEquals("Ticket prescrição digital_Santo Amaro-BA.pdf", attachments(m).get(0).getFileName());
        assertEquals("ticket-prescricao", logLines().get(1).get("documento").asText());
        assertEquals("enviado", logLines().get(1).get("estado").asText());
    }

    private static String part(MimeMessage m, String type) throws Exception {
        Multipart alt = (Multipart) ((Multipart) m.getContent()).getBodyPart(0).getContent();
        for (int i = 0; i < alt.getCount(); i++) {
            if (alt.getBodyPart(i).isMimeType(type)) {
                return (String) alt.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("sem " + type);
    }

    @Test
    void theBodyToSupportLeavesOutTheNotesForTheCoordinatorAndTheDocumentsKeepThem() throws Exception {
        // Prerequisites pending (the user forced it with --mesmo-com-pendencias): the ticket says "do not send yet".
        Doc doc = MailFixtures.real(DocumentId.TICKET_PRESCRICAO, MailFixtures.santoAmaro(Map.of()));
        List<String> notes = List.of("Não envie este chamado ainda", "Chamado a abrir em https://esusaps.freshdesk.com",
                "Assunto:");
        String markdown = new MarkdownWriter().toMarkdown(doc);
        for (String n : notes) {
            assertTrue(DocText.render(doc).contains(n), n);
            assertTrue(markdown.contains(n.replace("Assunto:", "**Assunto:**")), "o .md mantém: " + n);
        }
        Path pdf = MailFixtures.pdf(folder(), "ticket-prescricao.pdf", "t1");
        Path opdf = MailFixtures.pdf(folder(), "oficio-dominio.pdf", "o1");
        SendResult r = send(smtp(), new SendOptions(false, false),
                Outgoing.of(MailFixtures.santoAmaro(Map.of()), Outgoing.TICKET_PRESCRICAO, doc, List.of(pdf), folder()),
                oficio(opdf));
        assertTrue(r.allDelivered(), r.lines().toString());
        assertTrue(GM.waitForIncomingEmail(5000, 6));
        MimeMessage m = received().get(r.lines().get(0).messageId()).get(0);
        String text = part(m, "text/plain").replace("\r\n", "\n");
        String html = part(m, "text/html");
        for (String n : notes) {
            assertFalse(text.contains(n), "text/plain: " + n + "\n" + text);
            assertFalse(html.contains(n), "text/html: " + n);
        }
        assertTrue(text.startsWith("Ativação da prescrição digital — Santo Amaro/BA\n\nSolicito a ativação da "
                + "prescrição digital"), text);
        assertTrue(html.contains("Dados da instalação"), html);
        // The ofício has no such notes: its body is the whole document.
        MimeMessage o = received().get(r.lines().get(1).messageId()).get(0);
        assertEquals(DocText.render(MailFixtures.realOficio()).replace("\n", "\r\n"), part(o, "text/plain"));
    }

    @Test
    void aDuplicateIsRefusedReenviarSendsItAndAChangedDocumentIsSent() throws Exception {
        Path pdf = MailFixtures.pdf(folder(), "oficio-dominio.pdf", "v1");
        SendResult first = send(smtp(), new SendOptions(false, false), oficio(pdf));
        assertEquals(Outcome.ENVIADO, first.lines().get(0).outcome());
        String firstId = first.lines().get(0).messageId();

        SendResult again = send(smtp(), new SendOptions(false, false), oficio(pdf));
        SendResult.Line dup = again.lines().get(0);
        assertEquals(Outcome.JA_ENVIADO, dup.outcome());
        assertTrue(again.allDelivered(), "a refused duplicate is not a delivery failure");
        assertEquals("já enviado: Santo Amaro/BA oficio-dominio: já foi enviado em 23/11/2026 18:30 (Message-ID "
                + firstId + ") com o mesmo conteúdo; nada foi enviado agora. Use --reenviar para enviar de novo",
                SendReport.line(dup));
        assertEquals(2, logLines().size(), "intenção e envio; a recusa não escreve nada");

        // The same document generated again (other PDF bytes: the metadata carry the day) is still the same.
        MailFixtures.pdf(folder(), "oficio-dominio.pdf", "v1 gerado de novo noutro dia");
        assertEquals(Outcome.JA_ENVIADO, send(smtp(), new SendOptions(false, false), oficio(pdf)).lines().get(0)
                .outcome());

        SendResult forced = send(smtp(), new SendOptions(false, true), oficio(pdf));
        assertEquals(Outcome.ENVIADO, forced.lines().get(0).outcome());

        Municipio m = MailFixtures.santoAmaro();
        Municipio changedPhone = new Municipio(m.source(), m.municipio(), m.prefeitura(), m.secretaria(),
                m.signatario(), new Contato(m.contato().nome(), m.contato().cargo(), m.contato().email(),
                        "(75) 99999-1111"), m.instalacao(), m.orgaoDominio(), m.oficios(), m.govbr(), m.checklist());
        MailFixtures.pdf(folder(), "oficio-dominio.pdf", "v2 corrigido");
        SendResult changed = send(smtp(), new SendOptions(false, false), Outgoing.of(changedPhone,
                Outgoing.OFICIO_DOMINIO, MailFixtures.real(DocumentId.OFICIO_DOMINIO, changedPhone), List.of(pdf),
                folder()));
        assertEquals(Outcome.ENVIADO, changed.lines().get(0).outcome(), changed.lines().toString());

        assertTrue(GM.waitForIncomingEmail(5000, 9));
        assertEquals(3, received().size(), "three distinct messages arrived");
        List<JsonNode> sent = logLines().stream().filter(l -> l.get("estado").asText().equals("enviado")).toList();
        assertEquals(6, logLines().size(), "intenção e envio de cada uma");
        assertEquals(3, sent.size());
        assertEquals(sent.get(0).get("conteudo_sha256"), sent.get(1).get("conteudo_sha256"));
        assertFalse(sent.get(0).get("conteudo_sha256").equals(sent.get(2).get("conteudo_sha256")));
    }

    @Test
    void simulationWritesEmlFilesSendsNothingAndNeverShowsThePassword() throws Exception {
        Path pdf = MailFixtures.pdf(folder(), "oficio-dominio.pdf", "v1");
        Path tpdf = MailFixtures.pdf(folder(), "ticket-prescricao.pdf", "t1");
        SendResult r = send(smtp(), new SendOptions(true, false), oficio(pdf), ticket(tpdf));
        assertTrue(r.allDelivered());
        assertEquals(List.of(Outcome.SIMULADO, Outcome.SIMULADO), r.lines().stream().map(SendResult.Line::outcome)
                .toList());
        Path eml = folder().resolve("envios").resolve("2026-11-23T183000-oficio-dominio.eml");
        assertEquals(eml, r.lines().get(0).eml());
        assertEquals("simulação: Santo Amaro/BA oficio-dominio: iria para " + ORGAO_EMAIL + ", cc " + CONTATO_EMAIL
                + ", arquivo@saude.santoamaro.ba.gov.br, com oficio-dominio.pdf; assunto: Ofício nº 12/2026/SMS/PMSA — "
                + "Solicitação de subdomínio gov.br — Santo Amaro/BA; mensagem salva em " + eml,
                SendReport.line(r.lines().get(0)));
        assertTrue(Files.exists(folder().resolve("envios").resolve("2026-11-23T183000-ticket-prescricao.eml")));
        // The .eml opens as the same message.
        try (InputStream in = Files.newInputStream(eml)) {
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
            assertEquals("Ofício nº 12/2026/SMS/PMSA — Solicitação de subdomínio gov.br — Santo Amaro/BA", m.getSubject());
            assertEquals(r.lines().get(0).messageId(), m.getMessageID());
            assertEquals("Ofício 12_2026_subdomínio gov.br.pdf", attachments(m).get(0).getFileName());
        }
        // A second simulation does not overwrite the first.
        SendResult again = send(smtp(), new SendOptions(true, false), oficio(pdf));
        assertTrue(again.lines().get(0).eml().getFileName().toString().endsWith("-oficio-dominio-2.eml"));

        Thread.sleep(300);
        assertEquals(0, GM.getReceivedMessages().length, "nothing was sent");
        assertFalse(Files.exists(folder().resolve("envios.jsonl")), "a simulation is not a send");

        // Now a real send too, then look for the password everywhere.
        SendResult real = send(smtp(), new SendOptions(false, false), oficio(pdf));
        assertEquals(Outcome.ENVIADO, real.lines().get(0).outcome());
        SendResult badLogin = send(smtp(), new SendOptions(false, true),
                Map.of(MailSettings.SENHA_ENV, SENHA + "-errada"), oficio(pdf));
        assertEquals(Outcome.FALHOU, badLogin.lines().get(0).outcome());
        List<String> secrets = List.of(SENHA, Base64.getEncoder().encodeToString(SENHA.getBytes(StandardCharsets.UTF_8)),
                Base64.getEncoder().encodeToString(("\0" + LOGIN + "\0" + SENHA).getBytes(StandardCharsets.UTF_8)));
        List<String> texts = new ArrayList<>();
        for (SendResult x : List.of(r, again, real, badLogin)) {
            x.lines().forEach(l -> texts.add(SendReport.line(l)));
        }
        try (Stream<Path> files = Files.walk(tmp)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                texts.add(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
                texts.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        }
        for (String t : texts) {
            for (String s : secrets) {
                assertFalse(t.contains(s), "password found in: " + t.substring(0, Math.min(80, t.length())));
            }
        }
    }

    @Test
    void aServerThatIsDownGivesAFailureReportAndNoLogEntry() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        MailSettings down = MailFixtures.settings("127.0.0.1", closedPort, Seguranca.NENHUMA, LOGIN);
        Path pdf = MailFixtures.pdf(folder(), "oficio-dominio.pdf", "v1");
        Path tpdf = MailFixtures.pdf(folder(), "ticket-prescricao.pdf", "t1");
        SendResult r = send(down, new SendOptions(false, false), oficio(pdf), ticket(tpdf));
        assertFalse(r.allDelivered());
        assertEquals(SendResult.Verdict.NOT_DELIVERED, r.verdict());
        assertEquals("não enviado: Santo Amaro/BA oficio-dominio: não foi possível conectar a 127.0.0.1:" + closedPort
                + " (servidor fora do ar, porta errada ou bloqueada) (3 tentativas)", SendReport.line(r.lines().get(0)));
        assertEquals(Outcome.NAO_TENTADO, r.lines().get(1).outcome());
        assertEquals("não enviado: Santo Amaro/BA ticket-prescricao: não tentado: o servidor falhou logo antes, com "
                + "Santo Amaro/BA oficio-dominio, e a falha vale para todas as mensagens: não foi possível conectar a "
                + "127.0.0.1:" + closedPort + " (servidor fora do ar, porta errada ou bloqueada) (3 tentativas); "
                + "corrija e rode de novo (o que já foi enviado não vai outra vez)", SendReport.line(r.lines().get(1)));
        assertEquals("enviar: 0 enviados, 2 não enviados (1 nem tentado depois da falha do servidor 127.0.0.1:"
                + closedPort + ")", SendReport.summary(r, false, 0));
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(3)), sleeper.waits,
                "three tries for the first message, none for the next");
        assertFalse(Files.exists(folder().resolve("envios.jsonl")));
    }

    @Test
    void startTlsRequiredFailsClearlyAgainstAServerWithoutIt() throws Exception {
        MailSettings tls = MailFixtures.settings(GM.getSmtp().getBindTo(), GM.getSmtp().getPort(), Seguranca.STARTTLS,
                LOGIN);
        Path pdf = MailFixtures.pdf(folder(), "oficio-dominio.pdf", "v1");
        SendResult r = send(tls, new SendOptions(false, false), oficio(pdf));
        assertEquals(SendResult.Verdict.NOT_DELIVERED, r.verdict());
        String msg = r.lines().get(0).mensagem();
        assertTrue(msg.startsWith("o servidor " + tls.endereco() + " não oferece STARTTLS"), msg);
        assertTrue(sleeper.waits.isEmpty(), "not worth retrying");
        assertEquals(0, GM.getReceivedMessages().length);
        assertFalse(Files.exists(folder().resolve("envios.jsonl")));
    }

    @Test
    void aWrongPasswordIsPermanentAndStopsTheRest() throws Exception {
        Path pdf = MailFixtures.pdf(folder(), "oficio-dominio.pdf", "v1");
        Path tpdf = MailFixtures.pdf(folder(), "ticket-prescricao.pdf", "t1");
        SendResult r = send(smtps(), new SendOptions(false, false), Map.of(MailSettings.SENHA_ENV, "errada"),
                oficio(pdf), ticket(tpdf));
        assertEquals(SendResult.Verdict.NOT_DELIVERED, r.verdict());
        assertTrue(r.lines().get(0).mensagem().contains("recusou o usuário ou a senha"), r.lines().get(0).mensagem());
        assertTrue(r.lines().get(1).mensagem().startsWith("não tentado: "), r.lines().get(1).mensagem());
        assertTrue(sleeper.waits.isEmpty());
        assertEquals(0, GM.getReceivedMessages().length);
    }

    @Test
    void aMissingPasswordIsExplained() throws Exception {
        Path pdf = MailFixtures.pdf(folder(), "oficio-dominio.pdf", "v1");
        Path tpdf = MailFixtures.pdf(folder(), "ticket-prescricao.pdf", "t1");
        for (Map<String, String> env : List.of(Map.<String, String>of(), Map.of(MailSettings.SENHA_ENV, ""))) {
            SendResult r = send(smtp(), new SendOptions(false, false), env, oficio(pdf), ticket(tpdf));
            assertEquals(SendResult.Verdict.NOT_MADE, r.verdict(), "configuração, não falha de entrega");
            assertEquals(List.of(Outcome.NAO_MONTADO, Outcome.NAO_MONTADO),
                    r.lines().stream().map(SendResult.Line::outcome).toList());
            assertTrue(r.lines().get(0).mensagem().startsWith("falta a senha do usuário SMTP coordenacao: defina a "
                    + "variável de ambiente GERAR_OFICIOS_SMTP_SENHA"), r.lines().get(0).mensagem());
        }
        assertTrue(sleeper.waits.isEmpty());
        assertEquals(0, GM.getReceivedMessages().length, "nothing was tried");
        // A simulation needs no password.
        assertEquals(SendResult.Verdict.OK,
                send(smtp(), new SendOptions(true, false), Map.of(), oficio(pdf)).verdict());
    }

    @Test
    void withoutASupportAddressTheTicketFailsAndTheOficioStillGoes() throws Exception {
        MailSettings s = smtp();
        MailSettings noSupport = new MailSettings(s.servidor(), s.porta(), s.seguranca(), s.usuario(),
                s.remetenteEmail(), s.remetenteNome(), List.of(), null, s.tempoLimite(), false, false, false);
        Path pdf = MailFixtures.pdf(folder(), "oficio-dominio.pdf", "v1");
        Path tpdf = MailFixtures.pdf(folder(), "ticket-prescricao.pdf", "t1");
        SendResult r = send(noSupport, new SendOptions(false, false), ticket(tpdf), oficio(pdf));
        assertEquals(Outcome.NAO_MONTADO, r.lines().get(0).outcome());
        assertTrue(r.lines().get(0).mensagem().startsWith("smtp.suporte não configurado em gerar-oficios.yaml"));
        assertEquals(Outcome.ENVIADO, r.lines().get(1).outcome());
        assertEquals(SendResult.Verdict.NOT_MADE, r.verdict(),
                "configuração incompleta é entrada inválida, não falha de entrega");
        SendResult simulated = send(noSupport, new SendOptions(true, false), ticket(tpdf));
        assertEquals(SendResult.Verdict.NOT_MADE, simulated.verdict());
        assertNotNull(GM.getReceivedMessages());
        assertEquals(2, logLines().size());
        assertEquals("oficio-dominio", logLines().get(1).get("documento").asText());
    }
}
