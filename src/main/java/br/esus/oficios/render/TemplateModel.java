package br.esus.oficios.render;

import br.esus.oficios.model.Banco;
import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.ChecklistEntry;
import br.esus.oficios.model.ChecklistItem;
import br.esus.oficios.model.Contato;
import br.esus.oficios.model.Destinatario;
import br.esus.oficios.model.GovBr;
import br.esus.oficios.model.Hierarquia;
import br.esus.oficios.model.Instalacao;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.NumeroOficio;
import br.esus.oficios.model.OrgaoDominio;
import br.esus.oficios.model.Pessoa;
import br.esus.oficios.model.Pop;
import br.esus.oficios.model.Prefeitura;
import br.esus.oficios.model.Secretaria;
import br.esus.oficios.model.SistemaOperacional;
import br.esus.oficios.model.SituacaoPop;
import br.esus.oficios.model.Status;
import br.esus.oficios.model.Tratamento;
import br.esus.oficios.doc.Inline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The data model the templates see: keys in Portuguese snake_case mirroring the municipality YAML, plus values
 * derived here by the padrão ofício rules (Manual de Redação da Presidência, 3ª ed.) and the e-SUS APS manual.
 * Optional values the YAML leaves out are empty texts, so templates test them with {@code ?has_content}.
 * Only maps, lists, texts, numbers and booleans: the sandboxed FreeMarker wrapper accepts nothing else.
 */
public final class TemplateModel {

    /** Earliest PEC version with digital prescription (Manual PEC_03 §3.1.1.3). */
    public static final String VERSAO_MINIMA_PRESCRICAO = "5.2.6";
    /** Where the scripts make the copies on Windows. */
    static final String PASTA_TRABALHO_WINDOWS = "C:\\backup-esus";
    /** Where the scripts make the copies on Linux: a folder of the coordinator's own home, private to them. */
    static final String PASTA_TRABALHO_LINUX = "~/backup-esus";
    /** First PEC version whose installer sets up HTTPS by itself (HTTPS automatizado). */
    public static final String VERSAO_HTTPS_AUTOMATIZADO = "5.3";
    /** Where support tickets are opened. */
    public static final String URL_SUPORTE = "https://esusaps.freshdesk.com";

    static final String GOVBR = "govbr";
    static final String CLIENT_SECRET = "client_secret";
    static final String CLIENT_SECRET_DEFINIDO = "client_secret_definido";
    static final String CLIENT_SECRET_ENV = "client_secret_env";
    static final String CLIENT_ID_DEFINIDO = "client_id_definido";

    private TemplateModel() {
    }

    /**
     * @param env the environment, where secrets come from (e.g. {@code System.getenv()})
     * @param today the generation date: used for file names in commands and where the document has no date of its own
     */
    public static Map<String, Object> of(Municipio m, ChecklistCatalog catalog, Map<String, String> env,
            LocalDate today) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("municipio", municipio(m));
        root.put("prefeitura", prefeitura(m.prefeitura()));
        root.put("secretaria", secretaria(m.secretaria(), m.prefeitura()));
        root.put("signatario", signatario(m.signatario()));
        root.put("contato", contato(m.contato()));
        CaminhosPec caminhos = CaminhosPec.of(m.instalacao());
        root.put("instalacao", instalacao(m.instalacao(), caminhos));
        Map<String, Object> destinatario = destinatario(m.orgaoDominio());
        Map<String, Object> orgao = orgaoDominio(m.orgaoDominio());
        orgao.put("destinatario", destinatario);
        root.put("orgao_dominio", orgao);
        root.put("destinatario", destinatario);
        root.put("oficio", oficio(m, today));
        root.put("fecho", fecho(m.orgaoDominio().destinatario()));
        root.put("govbr", govbr(m.govbr(), m.instalacao(), env));
        root.put("backup", backup(m));
        root.put("comandos", comandos(m, caminhos));
        root.put("checklist", checklist(m, catalog));
        root.put("prescricao", prescricao(Prescricao.of(m, catalog)));
        root.put("pop", pop(m, today));
        Map<String, Object> hoje = new LinkedHashMap<>();
        hoje.put("data", DatasPorExtenso.curta(today));
        hoje.put("extenso", DatasPorExtenso.extenso(today));
        hoje.put("iso", today.toString());
        root.put("hoje", hoje);
        return root;
    }

    /** The model without {@code govbr.client_secret}: what every document except the properties file sees. */
    static Map<String, Object> withoutSecret(Map<String, Object> model) {
        if (!(model.get(GOVBR) instanceof Map<?, ?> govbr) || !govbr.containsKey(CLIENT_SECRET)) {
            return model;
        }
        Map<String, Object> copy = new LinkedHashMap<>(model);
        Map<Object, Object> g = new LinkedHashMap<>(govbr);
        g.remove(CLIENT_SECRET);
        copy.put(GOVBR, g);
        return copy;
    }

    /** Warnings the user must see after rendering {@code id} with {@code model}. */
    static List<String> warnings(DocumentId id, Map<String, Object> model) {
        List<String> w = new ArrayList<>();
        if (id == DocumentId.APPLICATION_PROPERTIES && model.get(GOVBR) instanceof Map<?, ?> g) {
            if (Boolean.FALSE.equals(g.get(CLIENT_SECRET_DEFINIDO))) {
                w.add("variável de ambiente " + g.get(CLIENT_SECRET_ENV) + " não definida: application.properties"
                        + " ficou com um marcador no lugar do client-secret; defina-a e gere de novo");
            }
            if (Boolean.FALSE.equals(g.get(CLIENT_ID_DEFINIDO))) {
                w.add("govbr.client_id não preenchido: application.properties ficou com um marcador no lugar do"
                        + " client-id; preencha-o no arquivo do município e gere de novo");
            }
        }
        if (id == DocumentId.TICKET_PRESCRICAO && model.get("prescricao") instanceof Map<?, ?> p
                && Boolean.FALSE.equals(p.get("pode_abrir_chamado"))) {
            w.add("pré-requisitos da prescrição digital pendentes (" + String.join(", ",
                    (List<String>) p.get("pendencias")) + "): o texto diz para não enviar o chamado ainda");
        }
        return w;
    }

    // ---------------------------------------------------------------- parts

    private static Map<String, Object> municipio(Municipio m) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("nome", m.municipio().nome());
        x.put("uf", m.municipio().uf().name());
        x.put("uf_nome", m.municipio().uf().nome());
        x.put("nome_uf", m.municipio().nome() + "/" + m.municipio().uf().name());
        x.put("codigo_ibge", text(m.municipio().codigoIbge()));
        x.put("pasta", m.outputFolderName());
        return x;
    }

    private static Map<String, Object> prefeitura(Prefeitura p) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("nome", p.nome());
        x.put("cnpj", text(p.cnpj()));
        x.put("endereco", text(p.endereco()));
        x.put("cep", text(p.cep()));
        x.put("sigla", text(p.sigla()));
        return x;
    }

    private static Map<String, Object> secretaria(Secretaria s, Prefeitura p) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("nome", s.nome());
        x.put("sigla", text(s.sigla()));
        x.put("endereco", s.endereco() != null && !s.endereco().isBlank() ? s.endereco() : text(p.endereco()));
        x.put("telefone", text(s.telefone()));
        x.put("email", text(s.email()));
        x.put("site", text(s.site()));
        return x;
    }

    private static Map<String, Object> signatario(Pessoa p) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("nome", p.nome());
        x.put("cargo", p.cargo());
        x.put("nome_maiusculo", p.nome().toUpperCase(Locale.forLanguageTag("pt-BR")));
        return x;
    }

    private static Map<String, Object> contato(Contato c) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("nome", c.nome());
        x.put("cargo", text(c.cargo()));
        x.put("email", text(c.email()));
        x.put("telefone", text(c.telefone()));
        return x;
    }

    private static Map<String, Object> instalacao(Instalacao i, CaminhosPec c) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("url", i.url());
        x.put("dominio", i.dominio());
        x.put("ipv4", i.ipv4());
        SistemaOperacional so = i.sistemaOperacional();
        x.put("sistema_operacional", so.yaml());
        x.put("sistema_operacional_nome", so.nome());
        x.put("linux", so == SistemaOperacional.LINUX);
        x.put("windows", so == SistemaOperacional.WINDOWS);
        x.put("versao_pec", i.versaoPec().texto());
        x.put("versao_pec_prescricao_ok", i.versaoPec().atLeast(VERSAO_MINIMA_PRESCRICAO));
        x.put("versao_pec_https_automatizado", i.versaoPec().atLeast(VERSAO_HTTPS_AUTOMATIZADO));
        Banco b = i.banco() == null ? Banco.PADRAO : i.banco();
        Map<String, Object> banco = new LinkedHashMap<>();
        banco.put("porta", b.porta());
        banco.put("nome", b.nome());
        banco.put("usuario", b.usuario());
        banco.put("url_jdbc", "jdbc:postgresql://localhost:" + b.porta() + "/" + b.nome());
        x.put("banco", banco);
        x.put("certificado_digital_integrado", i.certificadoDigitalIntegrado());
        x.put("pasta", c.pastaPec());
        x.put("pasta_database", c.pastaDatabase());
        x.put("pasta_webserver", c.pastaWebserver());
        x.put("pasta_config", c.pastaConfig());
        x.put("arquivo_properties", c.arquivoProperties());
        x.put("arquivo_credenciais", c.arquivoCredenciais());
        x.put("pasta_chaves", c.pastaChaves());
        x.put("pasta_certmgr_config", c.pastaCertmgrConfig());
        x.put("arquivo_ssl_properties", c.arquivoSslProperties());
        x.put("arquivo_hosts", c.arquivoHosts());
        x.put("servico", c.servico());
        x.put("comando_reiniciar", c.comandoReiniciar());
        x.put("comando_parar", c.comandoParar());
        x.put("comando_iniciar", c.comandoIniciar());
        return x;
    }

    private static Map<String, Object> orgaoDominio(OrgaoDominio o) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("nome", o.nome());
        x.put("sigla", text(o.sigla()));
        x.put("nome_sigla", o.sigla() == null || o.sigla().isBlank() ? o.nome() : o.nome() + " – " + o.sigla());
        x.put("email", text(o.email()));
        x.put("endereco", text(o.endereco()));
        x.put("cep", text(o.cep()));
        x.put("cidade", text(o.cidade()));
        x.put("uf", o.uf() == null ? "" : o.uf().name());
        x.put("enderecamento", enderecamento(o));
        return x;
    }

    private static Map<String, Object> destinatario(OrgaoDominio o) {
        Destinatario d = o.destinatario();
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("nome", d.nome());
        x.put("cargo", d.cargo());
        x.put("tratamento", d.tratamento().yaml());
        x.put("feminino", d.feminino());
        x.put("hierarquia", d.hierarquia() == null ? "" : d.hierarquia().yaml());
        x.put("forma_enderecamento", formaEnderecamento(d));
        x.put("enderecamento", enderecamento(o));
        x.put("vocativo", vocativo(d));
        return x;
    }

    /** Manual 5.1.4: "Ao Senhor", "À Senhora", "A Sua Excelência o Senhor", "A Sua Excelência a Senhora". */
    static String formaEnderecamento(Destinatario d) {
        boolean fem = d.feminino() || d.tratamento() == Tratamento.SENHORA;
        if (d.tratamento() == Tratamento.EXCELENCIA) {
            return fem ? "A Sua Excelência a Senhora" : "A Sua Excelência o Senhor";
        }
        return fem ? "À Senhora" : "Ao Senhor";
    }

    /**
     * The endereçamento lines (Manual 5.1.4): form of address, name, cargo, the organ (a different organ from the
     * sender's, so it is named), street, and "CEP Cidade/UF".
     */
    static List<String> enderecamento(OrgaoDominio o) {
        Destinatario d = o.destinatario();
        List<String> lines = new ArrayList<>();
        lines.add(formaEnderecamento(d));
        lines.add(d.nome());
        lines.add(d.cargo());
        lines.add(o.sigla() == null || o.sigla().isBlank() ? o.nome() : o.nome() + " – " + o.sigla());
        if (o.endereco() != null && !o.endereco().isBlank()) {
            lines.add(o.endereco());
        }
        String cidadeUf = o.cidade() == null || o.cidade().isBlank() ? ""
                : o.cidade() + (o.uf() == null ? "" : "/" + o.uf().name());
        String cepLine = (text(o.cep()) + " " + cidadeUf).strip();
        if (!cepLine.isEmpty()) {
            lines.add(cepLine);
        }
        return lines;
    }

    /** Manual 4.4: "Senhor/Senhora + cargo," for every authority that is not a Chefe de Poder. */
    static String vocativo(Destinatario d) {
        boolean fem = d.feminino() || d.tratamento() == Tratamento.SENHORA;
        return (fem ? "Senhora " : "Senhor ") + d.cargo() + ",";
    }

    /** Manual 5.1.7: "Respeitosamente," only for a higher hierarchy. */
    static String fecho(Destinatario d) {
        return d.hierarquia() == Hierarquia.SUPERIOR ? "Respeitosamente," : "Atenciosamente,";
    }

    private static Map<String, Object> oficio(Municipio m, LocalDate today) {
        NumeroOficio n = m.oficios() == null ? null : m.oficios().oficioDominio();
        LocalDate data = n == null || n.data() == null ? today : n.data();
        String numero = n == null ? "____" : Integer.toString(n.numero());
        String numeroAno = numero + "/" + data.getYear();
        String siglas = siglas(m.secretaria(), m.prefeitura());
        String assunto = "Solicitação de subdomínio gov.br";
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("numero", numero);
        x.put("ano", Integer.toString(data.getYear()));
        x.put("numero_ano", numeroAno);
        x.put("siglas", siglas);
        x.put("identificacao", "OFÍCIO Nº " + numeroAno + siglas);
        x.put("data", DatasPorExtenso.curta(data));
        x.put("data_extenso", DatasPorExtenso.extenso(data));
        x.put("local_data", DatasPorExtenso.localData(m.municipio().nome(), data));
        x.put("assunto", assunto);
        x.put("titulo", "Ofício nº " + numeroAno + siglas + " — " + assunto);
        x.put("subdominio", m.instalacao().dominio());
        return x;
    }

    /** "/SMS/PMSA": the issuing unit's acronyms from lower to higher hierarchy (Manual 5.1.2). */
    static String siglas(Secretaria s, Prefeitura p) {
        StringBuilder sb = new StringBuilder();
        if (s.sigla() != null && !s.sigla().isBlank()) {
            sb.append('/').append(s.sigla().strip());
        }
        if (p.sigla() != null && !p.sigla().isBlank()) {
            sb.append('/').append(p.sigla().strip());
        }
        return sb.toString();
    }

    private static Map<String, Object> govbr(GovBr g, Instalacao i, Map<String, String> env) {
        String envName = g == null || g.clientSecretEnv() == null || g.clientSecretEnv().isBlank()
                ? GovBr.SECRET_ENV_PADRAO : g.clientSecretEnv();
        String secret = env.get(envName);
        boolean secretSet = secret != null && !secret.isEmpty();
        String clientId = g == null ? null : g.clientId();
        boolean idSet = clientId != null && !clientId.isBlank();
        String base = "https://" + i.dominio();
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("client_id", idSet ? clientId : "PREENCHA-O-CLIENT-ID");
        x.put(CLIENT_ID_DEFINIDO, idSet);
        x.put(CLIENT_SECRET_ENV, envName);
        x.put(CLIENT_SECRET, secretSet ? secret : "DEFINA-A-VARIAVEL-" + envName);
        x.put(CLIENT_SECRET_DEFINIDO, secretSet);
        x.put("pagina_inicial", base);
        x.put("urls_retorno", List.of(base + "/login/oauth2/code/govbr", base + "/oauth2/code/govbr"));
        x.put("url_logout", base + "/logout");
        return x;
    }

    private static Map<String, Object> prescricao(Prescricao p) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("versao_minima", VERSAO_MINIMA_PRESCRICAO);
        x.put("versao_ok", p.versaoOk());
        x.put("certificado_integrado", p.certificadoIntegrado());
        x.put("https", situacao(p.https()));
        x.put("https_ok", p.https() == Status.CONCLUIDO);
        x.put("smtp", situacao(p.smtp()));
        x.put("smtp_ok", p.smtp() == Status.CONCLUIDO);
        x.put("pendencias", p.pendencias());
        x.put("pode_abrir_chamado", p.podeAbrirChamado());
        x.put("url_suporte", URL_SUPORTE);
        return x;
    }

    /** {@code pop.codigo} when the file does not give one. */
    static final String CODIGO_POP = "POP-TI-001";
    /** {@code pop.versao} when neither the file nor its {@code historico} gives one. */
    static final String VERSAO_POP = "1.0";

    /**
     * The POP's identification, approvals, distribution and revisions ({@code pop:}), with the defaults for what the
     * file leaves out: code POP-TI-001; version and dates from the {@code historico} (version 1.0, created the day the
     * POP is generated, when there is none); written by the {@code contato}, approved by the {@code signatario},
     * reviewed by a blank line to fill by hand; vigente; copies to the secretaria, the contato and the coordination;
     * a history of one line, the creation.
     */
    private static Map<String, Object> pop(Municipio m, LocalDate today) {
        Pop p = m.pop();
        List<Pop.Revisao> historico = p.historico();
        Pop.Revisao primeira = historico.isEmpty() ? null : historico.get(0);
        Pop.Revisao ultima = historico.isEmpty() ? null : historico.get(historico.size() - 1);
        String versao = p.versao() != null ? p.versao() : ultima != null ? ultima.versao() : VERSAO_POP;
        LocalDate criacao = p.dataCriacao() != null ? p.dataCriacao() : primeira != null ? primeira.data() : today;
        LocalDate revisao = p.dataRevisao() != null ? p.dataRevisao()
                : historico.size() > 1 ? ultima.data() : null;
        if (historico.isEmpty()) {
            historico = List.of(revisao == null
                    ? new Pop.Revisao(versao, criacao, "Criação do documento")
                    : new Pop.Revisao(versao, revisao, "Revisão do documento"));
        }
        SituacaoPop situacao = p.situacao() == null ? SituacaoPop.VIGENTE : p.situacao();
        String contato = nomeCargo(m.contato().nome(), m.contato().cargo());
        List<String> distribuicao = !p.distribuicao().isEmpty() ? p.distribuicao() : List.of(
                m.secretaria().nome() + " (original assinado)",
                contato + " (cópia)",
                "Coordenação da implantação do e-SUS APS (cópia)");
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("codigo", p.codigo() != null ? p.codigo() : CODIGO_POP);
        x.put("versao", versao);
        x.put("situacao", situacao.yaml());
        x.put("situacao_nome", situacao.rotulo());
        x.put("data_criacao", DatasPorExtenso.curta(criacao));
        x.put("data_revisao", revisao == null ? "" : DatasPorExtenso.curta(revisao));
        x.put("elaborado_por", p.elaboradoPor() != null ? p.elaboradoPor() : contato);
        x.put("revisado_por", text(p.revisadoPor()));
        x.put("aprovado_por", p.aprovadoPor() != null ? p.aprovadoPor()
                : nomeCargo(m.signatario().nome(), m.signatario().cargo()));
        x.put("distribuicao", distribuicao);
        List<Object> linhas = new ArrayList<>();
        for (Pop.Revisao r : historico) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("versao", r.versao());
            l.put("data", DatasPorExtenso.curta(r.data()));
            l.put("descricao", r.descricao());
            linhas.add(l);
        }
        x.put("historico", linhas);
        return x;
    }

    /** "Nome, Cargo", or the name alone. */
    private static String nomeCargo(String nome, String cargo) {
        return cargo == null || cargo.isBlank() ? nome : nome + ", " + cargo;
    }

    /** The checklist label of a prerequisite, or "" when the catalog has no such item. */
    private static String situacao(Status s) {
        return s == null ? "" : s.rotulo();
    }

    /**
     * The backup's names and folders, shared by the POP and the scripts: a copy is named
     * {@code esus-<uf>-<município>-AAAA-MM-DD} by the day the backup script runs, never by the day the POP was made.
     */
    private static Map<String, Object> backup(Municipio m) {
        boolean win = m.instalacao().sistemaOperacional() == SistemaOperacional.WINDOWS;
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("prefixo", "esus-" + m.outputFolderName());
        x.put("pasta_trabalho", win ? PASTA_TRABALHO_WINDOWS : PASTA_TRABALHO_LINUX);
        x.put("pasta_trabalho_sh", "\"$HOME/backup-esus\"");
        x.put("script_backup", win ? "backup-esus.ps1" : "backup-esus.sh");
        x.put("script_restaurar", win ? "restaurar-esus.ps1" : "restaurar-esus.sh");
        return x;
    }

    /** Commands the coordinator types, for the municipality's OS, with its database and PEC folder. */
    private static Map<String, Object> comandos(Municipio m, CaminhosPec c) {
        Instalacao i = m.instalacao();
        Banco b = i.banco() == null ? Banco.PADRAO : i.banco();
        boolean win = i.sistemaOperacional() == SistemaOperacional.WINDOWS;
        String prefixo = "esus-" + m.outputFolderName();
        Map<String, Object> x = new LinkedHashMap<>();
        if (win) {
            String pasta = PASTA_TRABALHO_WINDOWS;
            x.put("preparar", "New-Item -ItemType Directory -Force " + pasta + " | Out-Null");
            x.put("localizar_pg", "Get-ChildItem " + ShellQuote.powershell(c.pastaDatabase() + "\\*\\bin\\pg_dump.exe"));
            x.put("backup", "powershell -ExecutionPolicy Bypass -File " + pasta + "\\backup-esus.ps1");
            x.put("conferir_copia", "powershell -ExecutionPolicy Bypass -File " + pasta
                    + "\\restaurar-esus.ps1 -SoConferir");
            x.put("restaurar", "powershell -ExecutionPolicy Bypass -File " + pasta + "\\restaurar-esus.ps1");
            x.put("restaurar_sql", "powershell -ExecutionPolicy Bypass -File " + pasta + "\\restaurar-esus.ps1 -Sql");
            x.put("compartilhar", "New-SmbShare -Name backup-esus -Path " + pasta
                    + " -FullAccess \"$env:USERDOMAIN\\$env:USERNAME\"");
            x.put("transferir", "Copy-Item " + pasta + "\\" + prefixo + "-AAAA-MM-DD.* \\\\IP-DO-SERVIDOR-NOVO\\backup-esus\\");
            x.put("remover_compartilhamento", "Remove-SmbShare -Name backup-esus -Force");
        } else {
            x.put("copiar_scripts", "scp backup-esus.sh restaurar-esus.sh usuario@IP-DO-SERVIDOR:");
            x.put("localizar_pg", "ls -d " + ShellQuote.bash(c.pastaDatabase()) + "/*/bin");
            x.put("backup", "bash ~/backup-esus.sh");
            x.put("preparar", "mkdir -m 700 -p ~/backup-esus");
            x.put("transferir", "scp ~/backup-esus/" + prefixo + "-$(date +%F).* usuario@IP-DO-SERVIDOR-NOVO:backup-esus/");
            x.put("conferir_copia", "cd ~/backup-esus && sha256sum -c " + prefixo + "-$(date +%F).sha256");
            x.put("restaurar", "bash ~/restaurar-esus.sh");
            x.put("restaurar_sql", "bash ~/restaurar-esus.sh --sql");
        }
        x.put("parar_servico", c.comandoParar());
        x.put("iniciar_servico", c.comandoIniciar());
        x.put("reiniciar_servico", c.comandoReiniciar());
        x.put("criar_pasta_chaves", c.comandoCriarChaves());
        x.put("liberar_firewall", c.comandoFirewall());
        String jar = "eSUS-AB-PEC-" + i.versaoPec().texto() + "-" + i.sistemaOperacional().nome() + "64.jar";
        x.put("instalador", jar);
        x.put("instalar_console", "java -jar " + jar + " -console");
        x.put("instalar_console_https", "java -jar " + jar + " -console -cert-domain=" + i.dominio()
                + " -url=\"jdbc:postgresql://localhost:" + b.porta() + "/" + b.nome() + "\" -username=\""
                + b.usuario() + "\" -password=\"SENHA-DO-BANCO\"");
        x.put("hosts_servidor", "127.0.0.1 " + i.dominio());
        x.put("hosts_cliente", "IP-DO-SERVIDOR-NA-REDE-LOCAL " + i.dominio());
        return x;
    }

    private static Map<String, Object> checklist(Municipio m, ChecklistCatalog catalog) {
        List<Object> itens = new ArrayList<>();
        Map<String, List<Object>> porGrupo = new LinkedHashMap<>();
        Map<Status, Integer> contagem = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            contagem.put(s, 0);
        }
        Map<String, Object> statusPorId = new LinkedHashMap<>();
        Map<String, Object> titulos = new LinkedHashMap<>();
        Map<String, Object> rotulos = new LinkedHashMap<>();
        for (ChecklistItem item : catalog.itens()) {
            ChecklistEntry e = m.checklist().get(item.id());
            Status status = item.statusFor(m);
            contagem.merge(status, 1, Integer::sum);
            statusPorId.put(item.id(), status.yaml());
            titulos.put(item.id(), item.titulo());
            rotulos.put(item.id(), status.rotulo());
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", item.id());
            x.put("titulo", item.titulo());
            x.put("descricao", text(item.descricao()));
            x.put("referencia", text(item.referencia()));
            x.put("grupo", text(item.grupo()));
            x.put("status", status.yaml());
            x.put("rotulo", status.rotulo());
            x.put("marca", marca(status));
            x.put("informado", e != null);
            x.put("data", e == null || e.data() == null ? "" : DatasPorExtenso.curta(e.data()));
            x.put("responsavel", e == null ? "" : text(e.responsavel()));
            x.put("observacao", e == null ? "" : text(e.observacao()));
            itens.add(x);
            porGrupo.computeIfAbsent(text(item.grupo()), g -> new ArrayList<>()).add(x);
        }
        List<Object> grupos = new ArrayList<>();
        porGrupo.forEach((nome, lista) -> {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("nome", nome.isEmpty() ? "Outros" : nome);
            g.put("itens", lista);
            grupos.add(g);
        });
        Map<String, Object> cont = new LinkedHashMap<>();
        contagem.forEach((s, n) -> cont.put(s.yaml().replace('-', '_'), n));
        cont.put("total", itens.size());
        List<Object> leg = new ArrayList<>();
        for (Status s : Status.values()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("status", s.yaml());
            l.put("rotulo", s.rotulo());
            l.put("marca", marca(s));
            leg.add(l);
        }
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("itens", itens);
        x.put("status", statusPorId);
        x.put("titulos", titulos);
        x.put("rotulos", rotulos);
        x.put("grupos", grupos);
        x.put("contagem", cont);
        x.put("legenda", leg);
        x.put("caixa_vazia", Inline.Symbol.CAIXA_VAZIA.markdown());
        return x;
    }

    /** The Markdown mark of a status, the one the document tree turns into a drawn mark. */
    static String marca(Status s) {
        return switch (s) {
            case CONCLUIDO -> Inline.Symbol.CONCLUIDO.markdown();
            case PENDENTE_BAIXA -> Inline.Symbol.PENDENTE_BAIXA.markdown();
            case PENDENTE_ALTA -> Inline.Symbol.PENDENTE_ALTA.markdown();
            case NAO_SE_APLICA -> Inline.Symbol.NAO_SE_APLICA.markdown();
        };
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
