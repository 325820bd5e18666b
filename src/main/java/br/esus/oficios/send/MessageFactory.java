package br.esus.oficios.send;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.ContentHash;
import br.esus.oficios.doc.Doc;
import br.esus.oficios.model.Contato;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.OrgaoDominio;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the MimeMessage for an {@link Outgoing}: recipients by document, the subject, the body (text and HTML
 * rendering of the document, without its {@code {.interna}} paragraphs: {@link ForRecipient}) and the attachments, with a Message-ID generated here so it can be recorded.
 *
 * <p>Attachment names: {@code mail.mime.encodefilename} and {@code mail.mime.encodeparameters} are read by
 * jakarta.mail-api 2.1 from <em>system</em> properties, once, in static initialisers, so Session properties cannot
 * change them. The headers are therefore written explicitly: {@code Content-Disposition: attachment;
 * filename*=UTF-8''...} (RFC 2231, what current clients read) and {@code Content-Type: ...; name="=?UTF-8?Q?...?="}
 * (RFC 2047, what old Outlook reads), the pair Thunderbird sends.
 */
public final class MessageFactory {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    private final MailSettings settings;
    private final Clock clock;

    public MessageFactory(MailSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public PreparedMessage build(Session session, Outgoing o) throws OutgoingException {
        Municipio m = o.municipio();
        Map<String, InternetAddress> to = new LinkedHashMap<>();
        Map<String, InternetAddress> cc = new LinkedHashMap<>();
        String title = oneLine(o.doc().meta().title());
        String assunto;
        switch (o.documento()) {
            case Outgoing.OFICIO_DOMINIO -> {
                OrgaoDominio org = m.orgaoDominio();
                if (org == null || blank(org.email())) {
                    throw new OutgoingException("orgao_dominio.email não informado em " + source(m)
                            + ": é para onde o ofício vai");
                }
                add(to, org.email(), org.nome(), "orgao_dominio.email");
                assunto = withPlace(title.isEmpty() ? "Ofício — Solicitação de subdomínio gov.br" : title,
                        o.municipioUf());
            }
            case Outgoing.TICKET_PRESCRICAO -> {
                if (settings.suporte() == null) {
                    throw new OutgoingException("smtp.suporte não configurado em " + MailSettingsReader.ARQUIVO
                            + ": o ticket vai para o e-mail do suporte do e-SUS APS (https://esusaps.freshdesk.com),"
                            + " que a ferramenta não conhece; informe-o em smtp.suporte");
                }
                String url = m.instalacao() == null ? null : m.instalacao().url();
                if (blank(url)) {
                    throw new OutgoingException("instalacao.url não informada em " + source(m)
                            + ": o ticket de prescrição digital precisa da URL da instalação");
                }
                add(to, settings.suporte(), null, "smtp.suporte");
                // The ticket's own title (its first heading, which the template says to copy into the ticket's
                // subject), not the document's metadata title ("Ticket — ..."), then the installation URL.
                String heading = firstHeading(o.doc());
                assunto = withPlace(heading.isEmpty() ? "Ativação da prescrição digital" : heading, o.municipioUf());
                if (!assunto.contains(oneLine(url))) {
                    assunto += " — " + oneLine(url);
                }
            }
            default -> throw new OutgoingException("o documento " + o.documento()
                    + " não é enviado por e-mail (só " + Outgoing.OFICIO_DOMINIO + " e "
                    + Outgoing.TICKET_PRESCRICAO + ")");
        }
        Contato contato = m.contato();
        if (contato != null && !blank(contato.email())) {
            add(cc, contato.email(), contato.nome(), "contato.email");
        }
        for (String c : settings.copias()) {
            add(cc, c, null, "smtp.copias");
        }
        to.keySet().forEach(cc::remove);
        if (o.anexos().isEmpty()) {
            throw new OutgoingException("nenhum anexo para " + o.documento() + "; gere o PDF antes de enviar");
        }

        String messageId = newMessageId();
        try {
            MimeMessage msg = new IdMessage(session, messageId);
            msg.setFrom(new InternetAddress(settings.remetenteEmail(), settings.remetenteNome(), "UTF-8"));
            msg.setRecipients(MimeMessage.RecipientType.TO, to.values().toArray(InternetAddress[]::new));
            if (!cc.isEmpty()) {
                msg.setRecipients(MimeMessage.RecipientType.CC, cc.values().toArray(InternetAddress[]::new));
            }
            msg.setSubject(assunto, "UTF-8");
            // In the clock's zone (Brasília time for the coordinator), not the JVM's.
            msg.setHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(clock)));
            msg.setContentLanguage(new String[] {o.doc().meta().language()});
            if (settings.confirmacaoLeitura()) {
                msg.setHeader("Disposition-Notification-To", new InternetAddress(settings.remetenteEmail(),
                        settings.remetenteNome(), "UTF-8").toString());
            }

            Doc forRecipient = ForRecipient.of(o.doc());
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(DocText.render(forRecipient), "UTF-8", "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(DocMailHtml.render(forRecipient), "UTF-8", "html");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);

            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            List<SentLog.Anexo> anexos = new ArrayList<>();
            for (Outgoing.Anexo a : o.anexos()) {
                byte[] bytes = read(a.arquivo());
                anexos.add(new SentLog.Anexo(a.arquivo().getFileName().toString(), ContentHash.sha256(bytes)));
                mixed.addBodyPart(attachment(bytes, a.nome(), mimeType(a.arquivo())));
            }
            msg.setContent(mixed);
            msg.saveChanges();
            return new PreparedMessage(o, msg, addresses(to), addresses(cc), assunto, messageId, contentSha256(o),
                    anexos);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new OutgoingException("não foi possível montar a mensagem: " + e.getMessage());
        }
    }

    /** An attachment whose name survives in every client (see the class comment). */
    static MimeBodyPart attachment(byte[] bytes, String name, String mimeType) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, mimeType)));
        String clean = oneLine(name);
        // Written by hand: ContentType/ParameterList would split a long value into RFC 2231 continuations
        // (name*0, name*1), which the old clients this parameter is for cannot read.
        String encoded;
        try {
            encoded = MimeUtility.encodeText(clean, "UTF-8", "Q").replaceAll("\\r?\\n", "");
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8", e);
        }
        String type = new ContentType(mimeType).toString();
        part.setHeader("Content-Type", MimeUtility.fold(14, type + "; name=\"" + encoded.replace("\"", "") + "\""));
        ParameterList pl = new ParameterList();
        pl.set("filename", clean, "UTF-8");
        ContentDisposition cd = new ContentDisposition(MimeBodyPart.ATTACHMENT, pl);
        part.setHeader("Content-Disposition", cd.toString());
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    static String mimeType(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (n.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (n.endsWith(".md")) {
            return "text/markdown; charset=UTF-8";
        }
        return "application/octet-stream";
    }

    /**
     * What makes two sends "the same document": the SHA-256 of the document's whole text (internal paragraphs,
     * letterhead and footer included, as {@link DocText} writes it), its id and the names of the files attached. Not
     * the files' bytes: the PDF's metadata carry the day it was generated, and {@code enviar} generates it again
     * before every send, so the same ticket would look new every day.
     */
    static String contentSha256(Outgoing o) {
        StringBuilder sb = new StringBuilder("gerar-oficios: conteúdo do documento, versão 1\n");
        sb.append("documento: ").append(o.documento()).append('\n');
        sb.append("anexos:");
        for (Outgoing.Anexo a : o.anexos()) {
            sb.append(' ').append(a.arquivo().getFileName());
        }
        sb.append("\n\n").append(DocText.render(o.doc()));
        return ContentHash.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }


    private static byte[] read(Path f) throws OutgoingException {
        try {
            return Files.readAllBytes(f);
        } catch (NoSuchFileException e) {
            throw new OutgoingException("o anexo " + f + " não existe; gere os documentos antes de enviar");
        } catch (IOException e) {
            throw new OutgoingException("não foi possível ler o anexo " + f + ": " + e.getMessage());
        }
    }

    private String newMessageId() {
        String at = settings.remetenteEmail();
        String domain = at.substring(at.lastIndexOf('@') + 1);
        byte[] r = new byte[8];
        RANDOM.nextBytes(r);
        return "<" + ZonedDateTime.now(clock).format(ID_TIME) + "." + HexFormat.of().formatHex(r)
                + ".gerar-oficios@" + domain + ">";
    }

    private static void add(Map<String, InternetAddress> map, String email, String nome, String campo)
            throws OutgoingException {
        String e = email.trim();
        String err = Emails.problem(e);
        if (err != null) {
            throw new OutgoingException(campo + ": " + err);
        }
        try {
            map.putIfAbsent(e.toLowerCase(Locale.ROOT),
                    new InternetAddress(e, blank(nome) ? null : oneLine(nome), "UTF-8"));
        } catch (UnsupportedEncodingException x) {
            throw new IllegalStateException(x);
        }
    }

    /** {@code "title — Santo Amaro/BA"}, unless the title already names the place. */
    static String withPlace(String title, String place) {
        return title.contains(place) ? title : title + " — " + place;
    }

    /** The text of the document's first level-1 heading; empty when it has none. */
    static String firstHeading(Doc doc) {
        for (Block b : doc.blocks()) {
            if (b instanceof Block.Heading h && h.level() == 1) {
                return oneLine(DocText.inlines(h.content()));
            }
        }
        return "";
    }

    private static List<String> addresses(Map<String, InternetAddress> map) {
        return map.values().stream().map(InternetAddress::getAddress).toList();
    }

    private static String source(Municipio m) {
        return m.source() == null ? "arquivo do município" : m.source().toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    /** A MimeMessage that keeps the Message-ID it was given instead of generating one on every save. */
    private static final class IdMessage extends MimeMessage {
        private final String id;

        IdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
