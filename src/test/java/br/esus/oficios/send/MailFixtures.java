package br.esus.oficios.send;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.doc.Inline;
import br.esus.oficios.doc.ParagraphStyle;
import br.esus.oficios.model.Banco;
import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.ChecklistEntry;
import br.esus.oficios.model.Cidade;
import br.esus.oficios.model.Contato;
import br.esus.oficios.model.Destinatario;
import br.esus.oficios.model.GovBr;
import br.esus.oficios.model.Hierarquia;
import br.esus.oficios.model.Instalacao;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.NumeroOficio;
import br.esus.oficios.model.Oficios;
import br.esus.oficios.model.OrgaoDominio;
import br.esus.oficios.model.Pessoa;
import br.esus.oficios.model.Prefeitura;
import br.esus.oficios.model.Secretaria;
import br.esus.oficios.model.SistemaOperacional;
import br.esus.oficios.model.Status;
import br.esus.oficios.model.Tratamento;
import br.esus.oficios.model.Uf;
import br.esus.oficios.model.VersaoPec;
import br.esus.oficios.read.ChecklistCatalogReader;
import br.esus.oficios.read.TemplateFiles;
import br.esus.oficios.read.VersoesPecReader;
import br.esus.oficios.render.DocMetaFactory;
import br.esus.oficios.render.DocumentId;
import br.esus.oficios.render.MarkdownToDoc;
import br.esus.oficios.render.RenderedText;
import br.esus.oficios.render.TemplateEngine;
import br.esus.oficios.render.TemplateModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A municipality and its documents: {@link #real} renders them with the shipped templates, as {@code enviar} does;
 * {@link #oficio()} and {@link #ticket()} are small trees built by hand for the text and HTML renderings.
 */
final class MailFixtures {
    static final String ORGAO_EMAIL = "protocolo@prodeb.ba.gov.br";
    static final String CONTATO_EMAIL = "ti@saude.santoamaro.ba.gov.br";
    static final String SUPORTE = "suporte@esus.example";
    static final String URL = "https://esus.santoamaro.ba.gov.br";
    static final LocalDate HOJE = LocalDate.of(2026, 11, 23);
    /** 23/11/2026 18:30:00 in Bahia (UTC-3). */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T21:30:00Z"), ZoneId.of("America/Bahia"));

    private MailFixtures() {
    }

    /** Santo Amaro/BA with HTTPS and SMTP done in its checklist: the ticket may go. */
    static Municipio santoAmaro() {
        return santoAmaro(Map.of("https", new ChecklistEntry(Status.CONCLUIDO, null, null, null),
                "smtp", new ChecklistEntry(Status.CONCLUIDO, null, null, null)));
    }

    static Municipio santoAmaro(Map<String, ChecklistEntry> checklist) {
        return new Municipio(Path.of("municipios/ba-santo-amaro.yaml"),
                new Cidade("Santo Amaro", Uf.BA, "2928604"),
                new Prefeitura("Prefeitura Municipal de Santo Amaro", "13.000.000/0001-00", "Praça da Purificação, s/n",
                        "44200-000", "PMSA", null),
                new Secretaria("Secretaria Municipal de Saúde", "SMS", null, "(75) 3241-0000", null, null),
                new Pessoa("Maria da Conceição Souza", "Secretária Municipal de Saúde"),
                new Contato("João Araújo", "Coordenador de TI", CONTATO_EMAIL, "(75) 99999-0000"),
                new Instalacao(URL, "esus.santoamaro.ba.gov.br", "200.10.20.30", SistemaOperacional.LINUX,
                        VersaoPec.parse("5.3.21"), Banco.PADRAO, true),
                new OrgaoDominio("Companhia de Processamento de Dados do Estado da Bahia", "PRODEB", ORGAO_EMAIL,
                        "Av. Luís Viana Filho, 2ª Avenida, 200", "41745-002", "Salvador", Uf.BA,
                        new Destinatario("Fulano de Tal", "Diretor-Presidente", Tratamento.SENHOR, false,
                                Hierarquia.IGUAL)),
                new Oficios(new NumeroOficio(12, LocalDate.of(2026, 11, 23))),
                new GovBr("client-id", GovBr.SECRET_ENV_PADRAO),
                checklist);
    }

    /** The document as {@code gerar-oficios} makes it: the packed template, rendered and parsed. */
    static Doc real(DocumentId id, Municipio m) {
        try {
            TemplateEngine engine = new TemplateEngine(TemplateFiles.packed());
            ChecklistCatalog catalog = new ChecklistCatalogReader().load(TemplateFiles.packed());
            RenderedText text = engine.render(id, TemplateModel.of(m, catalog, new VersoesPecReader().load(TemplateFiles.packed()), Map.of(), HOJE));
            return new MarkdownToDoc().parse(text.text(), DocMetaFactory.of(id, m, HOJE));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Doc realOficio() {
        return real(DocumentId.OFICIO_DOMINIO, santoAmaro());
    }

    static Doc realTicket() {
        return real(DocumentId.TICKET_PRESCRICAO, santoAmaro());
    }

    static List<Inline> text(String s) {
        return List.of(new Inline.Text(s));
    }

    static Doc oficio() {
        DocMeta meta = new DocMeta("oficio-dominio", "Ofício nº 12/2026/SMS — Solicitação de subdomínio gov.br",
                "Secretaria Municipal de Saúde", "Solicitação de subdomínio gov.br", List.of("gov.br"),
                LocalDate.of(2026, 11, 23), true,
                List.of("Prefeitura Municipal de Santo Amaro", "Secretaria Municipal de Saúde"),
                List.of("Praça da Purificação, s/n – 44200-000 Santo Amaro/BA", "(75) 3241-0000"), null);
        return new Doc(meta, List.of(
                new Block.Paragraph(ParagraphStyle.IDENTIFICACAO, 0, text("OFÍCIO Nº 12/2026/SMS/PMSA")),
                new Block.Paragraph(ParagraphStyle.DATA, 0, text("Santo Amaro, 23 de novembro de 2026.")),
                new Block.Paragraph(ParagraphStyle.ENDERECAMENTO, 0, List.of(new Inline.Text("Ao Senhor"),
                        new Inline.LineBreak(), new Inline.Text("Fulano de Tal"), new Inline.LineBreak(),
                        new Inline.Text("Diretor-Presidente"))),
                new Block.Paragraph(ParagraphStyle.ASSUNTO, 0,
                        List.of(new Inline.Strong(text("Assunto: Solicitação de subdomínio gov.br.")))),
                new Block.Paragraph(ParagraphStyle.VOCATIVO, 0, text("Senhor Diretor-Presidente,")),
                new Block.Paragraph(ParagraphStyle.TEXTO, 1, text("Solicito a criação do subdomínio "
                        + "esus.santoamaro.ba.gov.br para o Prontuário Eletrônico do Cidadão.")),
                new Block.Paragraph(ParagraphStyle.TEXTO, 2, List.of(new Inline.Text("Registro A: "),
                        new Inline.Code("200.10.20.30"), new Inline.Text(" & dados <da> instituição:"))),
                new Block.Table(List.of(Block.Align.LEFT, Block.Align.LEFT),
                        List.of(List.of(text("Item"), text("Valor"))),
                        List.of(List.of(text("CNPJ"), text("13.000.000/0001-00")),
                                List.of(text("IPv4"), text("200.10.20.30")))),
                new Block.Paragraph(ParagraphStyle.TEXTO, 3, text("Coloco-me à disposição.")),
                new Block.Paragraph(ParagraphStyle.FECHO, 0, text("Atenciosamente,")),
                new Block.Paragraph(ParagraphStyle.ASSINATURA, 0, List.of(new Inline.Text("MARIA DA CONCEIÇÃO SOUZA"),
                        new Inline.LineBreak(), new Inline.Text("Secretária Municipal de Saúde")))));
    }

    static Doc ticket() {
        DocMeta meta = new DocMeta("ticket-prescricao", "Ativação da prescrição digital",
                "Secretaria Municipal de Saúde", "Prescrição digital", List.of(), LocalDate.of(2026, 11, 23), false,
                List.of(), List.of(), null);
        return new Doc(meta, List.of(
                new Block.Paragraph(ParagraphStyle.NORMAL, 0, text("Solicitamos a ativação da prescrição digital.")),
                new Block.ListBlock(false, 1, List.of(
                        new Block.ListItem(List.of(new Block.Paragraph(ParagraphStyle.NORMAL, 0,
                                List.of(new Inline.Text("URL: "), new Inline.Link(URL, text(URL)))))),
                        new Block.ListItem(List.of(new Block.Paragraph(ParagraphStyle.NORMAL, 0,
                                List.of(new Inline.Mark(Inline.Symbol.CONCLUIDO),
                                        new Inline.Text(" certificado digital integrado")))))))));
    }

    /** Writes a fake PDF with some non-text bytes into the output folder. */
    static Path pdf(Path folder, String name, String marker) throws IOException {
        Files.createDirectories(folder);
        byte[] head = ("%PDF-1.7\n% " + marker + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 256];
        System.arraycopy(head, 0, bytes, 0, head.length);
        for (int i = 0; i < 256; i++) {
            bytes[head.length + i] = (byte) i;
        }
        return Files.write(folder.resolve(name), bytes);
    }

    static MailSettings settings(String host, int port, Seguranca seg, String usuario) {
        return new MailSettings(host, port, seg, usuario, "coordenacao@localhost", "Coordenação e-SUS — Saúde",
                List.of("arquivo@saude.santoamaro.ba.gov.br"), SUPORTE, Duration.ofSeconds(5), true, false, false);
    }

    /** Records the waits instead of waiting. */
    static final class RecordingSleeper implements Sleeper {
        final java.util.List<Duration> waits = new java.util.ArrayList<>();

        @Override
        public void sleep(Duration d) {
            waits.add(d);
        }
    }
}
