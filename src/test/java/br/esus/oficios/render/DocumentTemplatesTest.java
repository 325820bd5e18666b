package br.esus.oficios.render;

import static br.esus.oficios.render.TestMunicipios.HOJE;
import static br.esus.oficios.render.TestMunicipios.catalogo;
import static br.esus.oficios.render.TestMunicipios.santoAmaro;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.Instalacao;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.SistemaOperacional;
import br.esus.oficios.model.Status;
import br.esus.oficios.read.TemplateFiles;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.util.ast.Node;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five shipped templates, rendered for Santo Amaro/BA, read back as a reader sees them. */
class DocumentTemplatesTest {

    /** The copy packed in the jar (target/classes/templates). */
    static TemplateEngine packed;

    @BeforeAll
    static void start() {
        packed = new TemplateEngine(TemplateFiles.packed());
    }

    private static RenderedText render(DocumentId id, Municipio m) throws RenderException {
        return packed.render(id, TestMunicipios.modelo(m));
    }

    /** Each paragraph as "class|text"; other blocks as their type. */
    private static List<String> paragraphs(String md) {
        List<String> out = new ArrayList<>();
        for (Node b : MarkdownText.blocks(md)) {
            if (b instanceof Paragraph) {
                List<String> cls = MarkdownText.classes(b);
                out.add((cls.isEmpty() ? "" : cls.get(0)) + "|" + MarkdownText.text(b).strip());
            } else {
                out.add(b.getClass().getSimpleName());
            }
        }
        return out;
    }

    private static <T extends Node> List<T> all(Node root, Class<T> type) {
        List<T> out = new ArrayList<>();
        collect(root, type, out);
        return out;
    }

    private static <T extends Node> void collect(Node n, Class<T> type, List<T> out) {
        if (type.isInstance(n)) {
            out.add(type.cast(n));
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            collect(c, type, out);
        }
    }

    /** The texts of row {@code r} of a table: 0 is the header, 1 the separator line, 2 the first row. */
    private static List<String> cells(TableBlock t, int r) {
        return all(all(t, TableRow.class).get(r), TableCell.class).stream().map(c -> MarkdownText.text(c).strip())
                .toList();
    }

    private static String codeBlocks(String md) {
        StringBuilder sb = new StringBuilder();
        for (FencedCodeBlock c : all(MarkdownText.parse(md), FencedCodeBlock.class)) {
            sb.append(c.getContentChars().toString()).append('\n');
        }
        return sb.toString();
    }

    private static String visibleText(String md) {
        return MarkdownText.text(MarkdownText.parse(md));
    }

    @Test
    void oficioFollowsThePadraoOficio() throws Exception {
        List<String> p = paragraphs(render(DocumentId.OFICIO_DOMINIO, santoAmaro()).text());
        assertEquals("identificacao|OFÍCIO Nº 12/2026/SMS", p.get(0));
        assertEquals("data|Santo Amaro, 23 de novembro de 2026.", p.get(1));
        assertEquals("enderecamento|Ao Senhor\nCarlos Alberto Menezes\nDiretor-Presidente da "
                + "Companhia de Processamento de Dados do Estado da Bahia – PRODEB\n"
                + "4ª Avenida, nº 460, Centro Administrativo da Bahia\n41745-002 Salvador/BA", p.get(2));
        assertEquals("assunto|Assunto: Solicitação de subdomínio gov.br.", p.get(3));
        assertEquals("vocativo|Senhor Diretor-Presidente,", p.get(4));
        List<String> texto = p.stream().filter(s -> s.startsWith("texto|")).map(s -> s.substring(6)).toList();
        assertEquals(5, texto.size(), p.toString());
        assertEquals(p.subList(5, 10), texto.stream().map(s -> "texto|" + s).toList());
        assertEquals("fecho|Atenciosamente,", p.get(10));
        assertEquals("assinatura|MARIA DAS GRAÇAS SOUZA LIMA\nSecretária Municipal de Saúde", p.get(11));
        assertEquals(12, p.size(), p.toString());

        String body = String.join("\n", texto);
        assertTrue(texto.get(0).startsWith("Solicito a criação do subdomínio esus.santoamaro.ba.gov.br"), body);
        assertTrue(body.contains("Prefeitura Municipal de Santo Amaro, CNPJ 13.828.526/0001-06"), body);
        assertTrue(body.contains("João Carlos Pereira, Coordenador de Tecnologia da Informação, e-mail"
                + " ti.saude@santoamaro.ba.gov.br, telefone (75) 99812-3344"), body);
        assertTrue(body.contains("IPv4 público 200.10.20.30"), body);
        assertTrue(body.contains("registro DNS do tipo A para o nome esus.santoamaro.ba.gov.br, apontando para esse"
                + " endereço"), body);
        assertFalse(body.contains("porta"), body);
        assertTrue(body.contains("Portaria SGD/MGI nº 7.076, de 2 de outubro de 2024, art. 3º"), body);
        assertTrue(body.contains("5.1.14") && body.contains("CADSUS") && body.contains("HTTPS"), body);
        assertFalse(body.contains("Tenho a honra") || body.contains("Cumpre-me"), body);
        assertTrue(body.length() < 1500, "must fit one A4 page: " + body.length() + " characters of body");
    }

    @Test
    void oficioToAHigherAuthority() throws Exception {
        Municipio m = TestMunicipios.comDestinatario(santoAmaro(), new br.esus.oficios.model.Destinatario(
                "Ana Paula Reis", "Secretária de Estado", br.esus.oficios.model.Tratamento.EXCELENCIA, true,
                br.esus.oficios.model.Hierarquia.SUPERIOR));
        List<String> p = paragraphs(render(DocumentId.OFICIO_DOMINIO, m).text());
        assertTrue(p.get(2).startsWith("enderecamento|A Sua Excelência a Senhora\nAna Paula Reis\n"), p.get(2));
        assertEquals("vocativo|Senhora Secretária de Estado,", p.get(4));
        assertTrue(p.contains("fecho|Respeitosamente,"), p.toString());
    }

    @Test
    void textFromTheYamlPrintsAsWrittenInEveryDocument() throws Exception {
        String contato = "Ana *Souza* _Lima_ <b>[x](y) {.data}";
        String signatario = "José 1. Silva & Filhos {#id}";
        Municipio m = TestMunicipios.comNomes(santoAmaro(), signatario, contato);
        List<String> p = paragraphs(render(DocumentId.OFICIO_DOMINIO, m).text());
        assertTrue(p.get(6).contains("A responsabilidade técnica é de " + contato + ", "), p.get(6));
        assertEquals("assinatura|JOSÉ 1. SILVA & FILHOS {#ID}\nSecretária Municipal de Saúde", p.get(11));
        for (DocumentId id : List.of(DocumentId.TICKET_PRESCRICAO, DocumentId.POP)) {
            String text = visibleText(render(id, m).text());
            assertTrue(text.contains(contato), id + ": " + text);
        }
    }

    @Test
    void ticketForDigitalPrescription() throws Exception {
        RenderedText t = render(DocumentId.TICKET_PRESCRICAO, santoAmaro());
        assertEquals(List.of(), t.warnings());
        var doc = MarkdownText.parse(t.text());
        assertEquals("Ativação da prescrição digital — Santo Amaro/BA",
                MarkdownText.text(all(doc, Heading.class).get(0)));
        String text = visibleText(t.text());
        assertTrue(text.contains("https://esusaps.freshdesk.com"), text);
        assertTrue(text.contains("Link da instalaçãohttps://esus.santoamaro.ba.gov.br"), text);
        assertTrue(text.contains("João Carlos Pereira, Coordenador de Tecnologia da Informação"), text);
        assertTrue(text.contains("ti.saude@santoamaro.ba.gov.br"), text);
        assertTrue(text.contains("PEC 5.2.6 ou posterioratendido: versão 5.3.21"), text);
        assertTrue(text.contains("Certificado digital ICP-Brasil válidointegrado ao PEC; validade não informada"), text);
        assertFalse(text.contains("atendido: já integrado"), text);
        assertTrue(text.contains("Configurações da instalação > Conexão > Assinatura digital > Habilitar"), text);
        assertFalse(text.contains("Não envie"), text);
    }

    @Test
    void ticketWaitsWhileTheCertificateIsNotIntegrated() throws Exception {
        Instalacao i = santoAmaro().instalacao();
        Municipio m = TestMunicipios.comInstalacao(santoAmaro(), new Instalacao(i.url(), i.dominio(), i.ipv4(),
                i.sistemaOperacional(), i.versaoPec(), i.banco(), false));
        RenderedText t = render(DocumentId.TICKET_PRESCRICAO, m);
        String text = visibleText(t.text());
        assertTrue(text.contains("Não envie este chamado ainda. Falta: certificado ICP-Brasil integrado. Conclua os"
                + " pré-requisitos abaixo"), text);
        assertTrue(text.contains("pendente: ainda não integrado ao PEC"), text);
        assertEquals(1, t.warnings().size());
    }

    private static RenderedText ticketWithCertificateValidUntil(LocalDate validade) throws Exception {
        Instalacao i = santoAmaro().instalacao();
        return render(DocumentId.TICKET_PRESCRICAO, TestMunicipios.comInstalacao(santoAmaro(), new Instalacao(i.url(),
                i.dominio(), i.ipv4(), i.sistemaOperacional(), i.versaoPec(), i.banco(), true, i.pasta(), validade)));
    }

    @Test
    void ticketSaysUntilWhenTheCertificateIsValidAndWaitsOnceItExpired() throws Exception {
        // The model's day is TestMunicipios.HOJE, 2026-11-23.
        String valid = visibleText(ticketWithCertificateValidUntil(LocalDate.of(2026, 11, 23)).text());
        assertTrue(valid.contains("Certificado digital ICP-Brasil válidoatendido: integrado ao PEC, válido até "
                + "23/11/2026"), valid);
        assertFalse(valid.contains("Não envie"), valid);

        RenderedText expired = ticketWithCertificateValidUntil(LocalDate.of(2026, 11, 22));
        String text = visibleText(expired.text());
        assertTrue(text.contains("Não envie este chamado ainda. Falta: certificado ICP-Brasil válido (o integrado "
                + "valia só até 22/11/2026)."), text);
        assertTrue(text.contains("Certificado digital ICP-Brasil válidonão atendido: o certificado integrado ao PEC "
                + "era válido até 22/11/2026"), text);
    }

    private static Properties properties(String text) throws Exception {
        Properties p = new Properties();
        p.load(new StringReader(text));
        return p;
    }

    @Test
    void applicationPropertiesForLinuxAndWindows() throws Exception {
        RenderedText linux = render(DocumentId.APPLICATION_PROPERTIES, santoAmaro(SistemaOperacional.LINUX));
        assertTrue(linux.text().contains("#   /opt/e-SUS/webserver/config/application.properties\n"), linux.text());
        assertTrue(linux.text().contains("#   sudo systemctl restart e-SUS-PEC\n"), linux.text());
        assertTrue(linux.text().endsWith(
                "bridge.security.oauth2.client.registration.govbr.client-id=a1b2c3d4-santoamaro\n"
                + "bridge.security.oauth2.client.registration.govbr.client-secret=s3gr3d0-de-teste\n"), linux.text());
        assertEquals(Map.of("bridge.security.oauth2.client.registration.govbr.client-id", "a1b2c3d4-santoamaro",
                "bridge.security.oauth2.client.registration.govbr.client-secret", "s3gr3d0-de-teste"),
                properties(linux.text()));
        assertEquals(List.of(), linux.warnings());

        RenderedText win = render(DocumentId.APPLICATION_PROPERTIES, santoAmaro(SistemaOperacional.WINDOWS));
        assertTrue(win.text().contains("#   C:\\Program Files\\e-SUS\\webserver\\config\\application.properties\n"),
                win.text());
        assertTrue(win.text().contains("e-SUS-PEC"), win.text());
        assertEquals(2, properties(win.text()).size());
    }

    @Test
    void applicationPropertiesWithoutTheSecretInTheEnvironment() throws Exception {
        RenderedText t = packed.render(DocumentId.APPLICATION_PROPERTIES,
                TemplateModel.of(santoAmaro(), catalogo(), TestMunicipios.versoes(), Map.of(), HOJE));
        assertEquals("DEFINA-A-VARIAVEL-GOVBR_CLIENT_SECRET",
                properties(t.text()).get("bridge.security.oauth2.client.registration.govbr.client-secret"));
        assertEquals(1, t.warnings().size());
        assertTrue(t.warnings().get(0).startsWith("variável de ambiente GOVBR_CLIENT_SECRET não definida"));
    }

    /** The installer's automated HTTPS needs the subdomain pointing at the server already (HTTPS_Automatizado.md). */
    @Test
    void popInstallsWithAutomatedHttpsOnlyOnceTheSubdomainPointsAtTheServer() throws Exception {
        String pending = render(DocumentId.POP, santoAmaro(SistemaOperacional.LINUX)).text();
        String step = pending.substring(pending.indexOf("## 5."), pending.indexOf("2. Pare o serviço do PEC"));
        assertTrue(step.contains("java -jar eSUS-AB-PEC-5.3.21-Linux64.jar -console\n"), step);
        assertFalse(step.contains("-cert-domain=esus"), step);
        assertTrue(step.contains("ainda sem o HTTPS automatizado"), step);
        String update = pending.substring(pending.indexOf("### 5.6"), pending.indexOf("### 5.7"));
        assertTrue(update.contains("quando o subdomínio já apontar para o servidor"), update);

        for (Status ready : List.of(Status.CONCLUIDO, Status.NAO_SE_APLICA)) {
            String md = render(DocumentId.POP, TestMunicipios.comChecklist(santoAmaro(SistemaOperacional.LINUX),
                    "dns_govbr", ready)).text();
            step = md.substring(md.indexOf("## 5."), md.indexOf("2. Pare o serviço do PEC"));
            assertTrue(step.contains("java -jar eSUS-AB-PEC-5.3.21-Linux64.jar -console "
                    + "-cert-domain=esus.santoamaro.ba.gov.br -url="), ready + ": " + step);
            assertTrue(step.contains("já com o HTTPS automatizado"), step);
        }
        String high = render(DocumentId.POP, TestMunicipios.comChecklist(santoAmaro(SistemaOperacional.LINUX),
                "dns_govbr", Status.PENDENTE_ALTA)).text();
        assertFalse(high.substring(high.indexOf("## 5."), high.indexOf("2. Pare o serviço do PEC"))
                .contains("-cert-domain=esus"));
    }

    @Test
    void popForLinux() throws Exception {
        RenderedText t = render(DocumentId.POP, santoAmaro(SistemaOperacional.LINUX));
        String md = t.text();
        String code = codeBlocks(md);
        // The copy and the restore are the scripts' work: the POP runs them and checks the copy by its hashes.
        assertTrue(code.contains("ls -d /opt/e-SUS/database/*/bin\n"), code);
        assertTrue(code.contains("bash ~/backup-esus.sh\n"), code);
        assertTrue(code.contains("cd ~/backup-esus && sha256sum -c esus-ba-santo-amaro-$(date +%F).sha256\n"), code);
        assertTrue(code.contains("scp ~/backup-esus/esus-ba-santo-amaro-$(date +%F).* "), code);
        assertTrue(code.contains("bash ~/restaurar-esus.sh\n"), code);
        assertTrue(code.contains("bash ~/restaurar-esus.sh --sql\n"), code);
        assertFalse(code.contains("gzip -k"), code);
        assertTrue(code.contains("sudo mkdir -p /opt/e-SUS/webserver/chaves\n"), code);
        assertTrue(code.contains("sudo iptables -A INPUT -p tcp --dport 80 -j ACCEPT\n"
                + "sudo iptables -A INPUT -p tcp --dport 443 -j ACCEPT\n"), code);
        assertTrue(code.contains("java -jar eSUS-AB-PEC-5.3.21-Linux64.jar -console"
                + " -cert-domain=esus.santoamaro.ba.gov.br -url=\"jdbc:postgresql://localhost:5433/esus\""
                + " -username=\"postgres\" -password=\"SENHA-DO-BANCO\"\n"), code);
        assertTrue(code.contains("sudo systemctl restart e-SUS-PEC\n"), code);
        List<String> spans = all(MarkdownText.parse(md), Code.class).stream()
                .map(c -> c.getText().toString()).toList();
        assertTrue(spans.contains("/opt/e-SUS/webserver/config/credenciais.txt"), spans.toString());
        assertTrue(spans.contains("/opt/e-SUS/database"), spans.toString());
        assertTrue(spans.contains("credenciais.txt"), spans.toString());
        String text = visibleText(md);
        assertTrue(text.contains("https://esus.santoamaro.ba.gov.br/login/oauth2/code/govbr"), text);
        assertTrue(text.contains("https://esus.santoamaro.ba.gov.br/oauth2/code/govbr"), text);
        assertTrue(text.contains("Ofício nº 12/2026/SMS — Solicitação de subdomínio gov.br"), text);
        assertTrue(text.contains("Gerador de Contra Chave"), text);
        assertTrue(text.contains("Gestão Municipal > Certificados"), text);
        assertFalse(text.contains("legível em qualquer versão"), text);
        assertTrue(text.contains(".sha256"), text);
        assertFalse(md.contains("s3gr3d0"), "the secret is only in application.properties");
        var doc = MarkdownText.parse(md);
        assertTrue(all(doc, TableBlock.class).size() >= 4);
        assertTrue(all(doc, OrderedList.class).size() >= 8);
        List<String> h2 = all(doc, Heading.class).stream().filter(h -> h.getLevel() == 2)
                .map(h -> MarkdownText.text(h).strip()).toList();
        assertEquals(List.of("1. Objetivo", "2. Escopo e abrangência", "3. Definições", "4. Responsabilidades",
                "5. Procedimento", "6. Solução de problemas", "7. Referências", "8. Histórico de revisões",
                "9. Aprovações e distribuição"), h2);
        TableBlock checklist = all(doc, TableBlock.class).stream()
                .filter(tb -> MarkdownText.text(all(tb, TableCell.class).get(0)).strip().equals("Marca"))
                .findFirst().orElseThrow();
        List<TableRow> rows = all(checklist, TableRow.class).stream()
                .filter(r -> r.getParent() instanceof TableBody).toList();
        assertEquals(6, rows.size());
        assertEquals("🚩", MarkdownText.text(rows.get(1).getFirstChild()).strip());
    }

    /** A POP not yet approved says so under its identification; the approvals show who signs. */
    @Test
    void popInDraftSaysItIsNotApprovedYet() throws Exception {
        br.esus.oficios.model.Pop draft = new br.esus.oficios.model.Pop("POP-TI-002", "0.9", null, null, null,
                "Carla Reis, Diretora", "Prefeito Municipal", br.esus.oficios.model.SituacaoPop.RASCUNHO,
                List.of(), List.of());
        List<String> p = paragraphs(render(DocumentId.POP, TestMunicipios.comPop(santoAmaro(), draft)).text());
        assertEquals("TableBlock", p.get(1), p.toString());
        assertEquals("|Rascunho: esta versão ainda não foi aprovada (item 9). Até a aprovação, vale a versão vigente "
                + "anterior, se houver.", p.get(2));
        var doc = MarkdownText.parse(render(DocumentId.POP, TestMunicipios.comPop(santoAmaro(), draft)).text());
        List<TableBlock> tables = all(doc, TableBlock.class);
        assertEquals(List.of("POP-TI-002", "0.9", "Rascunho", "23/11/2026", "—",
                "João Carlos Pereira, Coordenador de Tecnologia da Informação"), cells(tables.get(0), 2));
        TableBlock approvals = tables.get(tables.size() - 1);
        assertEquals(List.of("Revisado\u00A0por", "Carla Reis, Diretora", "", ""), cells(approvals, 3));
        assertEquals(List.of("Aprovado\u00A0por", "Prefeito Municipal", "", ""), cells(approvals, 4));
        assertFalse(paragraphs(render(DocumentId.POP, santoAmaro()).text()).get(2).startsWith("|Vigente"));
    }

    @Test
    void popForWindows() throws Exception {
        String md = render(DocumentId.POP, santoAmaro(SistemaOperacional.WINDOWS)).text();
        String code = codeBlocks(md);
        assertTrue(code.contains("Get-ChildItem 'C:\\Program Files\\e-SUS\\database\\*\\bin\\pg_dump.exe'\n"),
                code);
        assertTrue(code.contains("powershell -ExecutionPolicy Bypass -File C:\\backup-esus\\backup-esus.ps1\n"), code);
        assertTrue(code.contains("New-SmbShare -Name backup-esus -Path C:\\backup-esus"), code);
        assertTrue(code.contains("restaurar-esus.ps1 -SoConferir\n"), code);
        assertTrue(code.contains("Remove-SmbShare -Name backup-esus -Force\n"), code);
        assertFalse(code.contains("Compress-Archive"), code);
        assertFalse(code.contains("CAMINHO"), code);
        assertTrue(code.contains("New-Item -ItemType Directory -Force -Path"
                + " \"C:\\Program Files\\e-SUS\\webserver\\chaves\"\n"), code);
        assertTrue(code.contains("Restart-Service -Name \"e-SUS-PEC\"\n"), code);
        assertTrue(code.contains("eSUS-AB-PEC-5.3.21-Windows64.jar"), code);
        assertFalse(code.contains("sudo"), code);
        List<String> spans = all(MarkdownText.parse(md), Code.class).stream()
                .map(c -> c.getText().toString()).toList();
        assertTrue(spans.contains("C:\\Program Files\\e-SUS\\webserver\\config\\credenciais.txt"), spans.toString());
        assertTrue(spans.contains("C:\\Program Files\\e-SUS\\webserver\\chaves"), spans.toString());
    }

    @Test
    void checklistIsGroupedWithMarksAndVisitColumns() throws Exception {
        String md = render(DocumentId.CHECKLIST, santoAmaro()).text();
        var doc = MarkdownText.parse(md);
        List<String> headings = all(doc, Heading.class).stream().map(MarkdownText::text).toList();
        assertEquals(List.of("Checklist de implantação do PEC — Santo Amaro/BA", "Implantação", "Migração",
                "Integrações", "Segurança e backup"), headings);
        List<TableBlock> tables = all(doc, TableBlock.class);
        assertEquals(4, tables.size());
        List<String> header = all(all(tables.get(0), TableRow.class).get(0), TableCell.class).stream()
                .map(c -> MarkdownText.text(c).strip()).toList();
        assertEquals(List.of("Situação", "Item", "Responsável", "Observação", "Conferência na visita"), header);
        List<List<String>> integracoes = all(tables.get(2), TableRow.class).stream()
                .filter(r -> r.getParent() instanceof TableBody)
                .map(r -> all(r, TableCell.class).stream().map(c -> MarkdownText.text(c).strip()).toList())
                .toList();
        assertEquals(List.of("⏸️\u00A0pendente (baixa prioridade)", "Subdomínio gov.br apontando para o servidor", "",
                "mantido domínio atual; aguardando ofício", "☐"), integracoes.get(0));
        assertEquals("➖\u00A0não se aplica", integracoes.get(2).get(0));
        List<String> contra = all(all(tables.get(0), TableBody.class).get(0), TableCell.class).stream()
                .map(c -> MarkdownText.text(c).strip()).toList();
        // The date goes with the status it dates, not in a column of its own.
        assertEquals(List.of("✅\u00A0concluído em\u00A001/11/2026", "Contra-chave gerada e ativada",
                "João Carlos Pereira", "", "☐"), contra);
        String text = visibleText(md);
        assertTrue(text.contains(": 2 concluídos, 1 pendente de alta prioridade, 2 pendentes de baixa prioridade e 1 que não"
                + " se aplica, de 6 itens."), text);
        // Each mark of the legend with its first word, the box with all of its words, on a line of its own.
        assertTrue(text.contains("Legenda: ✅\u00A0concluído · ⏸️\u00A0pendente (baixa prioridade) · 🚩\u00A0pendente"
                + " (alta prioridade) · ➖\u00A0não se aplica\n☐\u00A0conferido\u00A0na\u00A0visita."), text);
    }

    @Test
    void checklistCountsAgreeWithTheirNumbers() {
        assertEquals("1 concluído", Status.CONCLUIDO.contagem(1));
        assertEquals("2 concluídos", Status.CONCLUIDO.contagem(2));
        assertEquals("0 concluídos", Status.CONCLUIDO.contagem(0));
        assertEquals("1 pendente de alta prioridade", Status.PENDENTE_ALTA.contagem(1));
        assertEquals("5 pendentes de baixa prioridade", Status.PENDENTE_BAIXA.contagem(5));
        assertEquals("1 que não se aplica", Status.NAO_SE_APLICA.contagem(1));
        assertEquals("2 que não se aplicam", Status.NAO_SE_APLICA.contagem(2));
        assertEquals("1 item", Status.itens(1));
        assertEquals("23 itens", Status.itens(23));
    }

    /**
     * Every document that cites the Portaria first cites it whole, with its date, as the Manual de Redação asks; a
     * later mention may be short. The login service is GOV.BR, the domain gov.br.
     */
    @Test
    void thePortariaIsCitedWithItsDateAndGovBrIsWrittenOneWay() throws Exception {
        int citing = 0;
        for (DocumentId id : DocumentId.values()) {
            if (id.template() == null) {
                continue;
            }
            String text = visibleText(render(id, santoAmaro()).text());
            int first = text.indexOf("Portaria SGD/MGI");
            if (first >= 0) {
                citing++;
                assertTrue(text.startsWith("Portaria SGD/MGI nº 7.076, de 2 de outubro de 2024", first),
                        id + ": " + text.substring(first, Math.min(text.length(), first + 80)));
            }
            for (String wrong : List.of("Gov.br", "GOV.br", "gov.BR", "Gov.BR", "GovBR", "conta gov.br", "login gov.br",
                    "o gov.br fornece", "com o gov.br.", "formulário do gov.br")) {
                assertFalse(text.contains(wrong), id + ": " + wrong);
            }
        }
        assertEquals(2, citing, "o ofício e o POP citam a Portaria");
        for (var item : catalogo().itens()) {
            String ref = item.referencia() == null ? "" : item.referencia();
            if (ref.contains("Portaria SGD/MGI")) {
                assertTrue(ref.contains("Portaria SGD/MGI nº 7.076, de 2 de outubro de 2024"), item.id() + ": " + ref);
            }
        }
    }

    @Test
    void templatesInTheWorkingFolderRenderLikeThePackedOnes() throws Exception {
        TemplateEngine local = new TemplateEngine(new TemplateFiles(List.of(Path.of("templates"))));
        for (DocumentId id : DocumentId.values()) {
            if (id.template() != null) {
                assertEquals(packed.render(id, TestMunicipios.modelo(santoAmaro())).text(),
                        local.render(id, TestMunicipios.modelo(santoAmaro())).text(), id.id());
            }
            for (SistemaOperacional so : SistemaOperacional.values()) {
                for (DocumentId.PlainFile f : id.plainFiles(so)) {
                    Map<String, Object> model = TestMunicipios.modelo(santoAmaro(so));
                    assertEquals(packed.render(id, f, model).text(), local.render(id, f, model).text(),
                            f.fileName());
                }
            }
        }
    }
}
