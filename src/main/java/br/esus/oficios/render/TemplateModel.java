package br.esus.oficios.render;

import br.esus.oficios.model.BrazilianDate;
import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.Contato;
import br.esus.oficios.model.Instalacao;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.Pessoa;
import br.esus.oficios.model.Prefeitura;
import br.esus.oficios.model.Secretaria;
import br.esus.oficios.model.SistemaOperacional;
import br.esus.oficios.model.TabelaVersoesPec;
import br.esus.oficios.model.VersaoPec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The data model the templates see: keys in Portuguese snake_case mirroring the municipality YAML, plus values
 * derived by the padrão ofício rules ({@link PadraoOficio}) and the e-SUS APS manual. It projects the model and
 * assembles the blocks made beside it ({@link PopData}, {@link AtualizacaoPecData}, {@link ChecklistData}, {@link BackupNames},
 * {@link CoordinatorCommands}, {@link GovBrData}, {@link Prescricao}); README's "Dados disponíveis nos modelos"
 * lists every key. Optional values the YAML leaves out are empty texts, so templates test them with
 * {@code ?has_content}. Only maps, lists, texts, numbers and booleans: the sandboxed FreeMarker wrapper accepts
 * nothing else.
 */
public final class TemplateModel {

    private TemplateModel() {
    }

    /**
     * @param versoes the PEC versions table ({@code versoes-pec.yaml}), for the POP's update section
     * @param env the environment, where secrets come from (e.g. {@code System.getenv()})
     * @param today the generation date: used for file names in commands and where the document has no date of its own
     */
    public static Map<String, Object> of(Municipio m, ChecklistCatalog catalog, TabelaVersoesPec versoes,
            Map<String, String> env, LocalDate today) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("municipio", municipio(m));
        root.put("prefeitura", prefeitura(m.prefeitura()));
        root.put("secretaria", secretaria(m.secretaria()));
        root.put("signatario", signatario(m.signatario()));
        root.put("contato", contato(m.contato()));
        CaminhosPec caminhos = CaminhosPec.of(m.instalacao());
        root.put("instalacao", instalacao(m.instalacao(), caminhos));
        Map<String, Object> destinatario = PadraoOficio.destinatario(m.orgaoDominio());
        Map<String, Object> orgao = PadraoOficio.orgaoDominio(m.orgaoDominio());
        orgao.put("destinatario", destinatario);
        root.put("orgao_dominio", orgao);
        root.put("destinatario", destinatario);
        root.put("oficio", PadraoOficio.oficio(m, today));
        root.put("fecho", PadraoOficio.fecho(m.orgaoDominio().destinatario()));
        root.put(GovBrData.KEY, GovBrData.of(m.govbr(), m.instalacao(), env));
        BackupNames backup = BackupNames.of(m);
        root.put("backup", backup.data());
        root.put("comandos", CoordinatorCommands.of(m.instalacao(), caminhos, backup));
        root.put("checklist", ChecklistData.of(m, catalog));
        root.put("prescricao", Prescricao.of(m, catalog, today).data());
        root.put("pop", PopData.of(m, today));
        root.put(AtualizacaoPecData.KEY, AtualizacaoPecData.of(m.instalacao().versaoPec(), versoes, today));
        Map<String, Object> hoje = new LinkedHashMap<>();
        hoje.put("data", BrazilianDate.format(today));
        hoje.put("extenso", DatasPorExtenso.extenso(today));
        hoje.put("iso", today.toString());
        root.put("hoje", hoje);
        return root;
    }

    /** Warnings the user must see after rendering {@code id} with {@code model}. */
    static List<String> warnings(DocumentId id, Map<String, Object> model) {
        List<String> w = new ArrayList<>();
        if (id == DocumentId.APPLICATION_PROPERTIES) {
            w.addAll(GovBrData.warnings(model));
        }
        if (id == DocumentId.TICKET_PRESCRICAO && model.get("prescricao") instanceof Map<?, ?> p
                && Boolean.FALSE.equals(p.get("pode_abrir_chamado"))) {
            w.add("pré-requisitos da prescrição digital pendentes (" + String.join(", ",
                    (List<String>) p.get("pendencias")) + "): o texto diz para não enviar o chamado ainda");
        }
        return w;
    }

    /** An optional text as the templates see it: "" when the file leaves it out. */
    static String text(String s) {
        return s == null ? "" : s;
    }

    private static Map<String, Object> municipio(Municipio m) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("nome", m.municipio().nome());
        x.put("uf", m.municipio().uf().name());
        x.put("uf_nome", m.municipio().uf().nome());
        x.put("nome_uf", m.municipio().nomeUf());
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

    private static Map<String, Object> secretaria(Secretaria s) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("nome", s.nome());
        x.put("sigla", text(s.sigla()));
        x.put("endereco", text(s.endereco()));
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
        x.put("versao_pec_prescricao_ok", i.versaoPec().atLeast(VersaoPec.MINIMA_PRESCRICAO));
        x.put("versao_pec_https_automatizado", i.versaoPec().atLeast(VersaoPec.HTTPS_AUTOMATIZADO));
        Map<String, Object> banco = new LinkedHashMap<>();
        banco.put("porta", i.banco().porta());
        banco.put("nome", i.banco().nome());
        banco.put("usuario", i.banco().usuario());
        banco.put("url_jdbc", i.banco().urlJdbc());
        x.put("banco", banco);
        x.put("certificado_digital_integrado", i.certificadoDigitalIntegrado());
        x.put("certificado_digital_validade", i.certificadoDigitalValidade() == null ? ""
                : BrazilianDate.format(i.certificadoDigitalValidade()));
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
}
