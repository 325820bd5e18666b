package br.esus.oficios.render;

import static br.esus.oficios.render.TestMunicipios.HOJE;
import static br.esus.oficios.render.TestMunicipios.catalogo;
import static br.esus.oficios.render.TestMunicipios.santoAmaro;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.model.Banco;
import br.esus.oficios.model.Destinatario;
import br.esus.oficios.model.Hierarquia;
import br.esus.oficios.model.Instalacao;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.NumeroOficio;
import br.esus.oficios.model.Pop;
import br.esus.oficios.model.Prefeitura;
import br.esus.oficios.model.SistemaOperacional;
import br.esus.oficios.model.SituacaoPop;
import br.esus.oficios.model.Tratamento;
import br.esus.oficios.model.VersaoPec;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateModelTest {

    @SuppressWarnings("unchecked")
    private static Object get(Map<String, Object> model, String path) {
        Object cur = model;
        for (String k : path.split("\\.")) {
            cur = ((Map<String, Object>) cur).get(k);
        }
        return cur;
    }

    private static Map<String, Object> model(Municipio m) {
        return TemplateModel.of(m, catalogo(), TestMunicipios.versoes(), Map.of(), HOJE);
    }

    @Test
    void oficioIdentificationDateAndTitle() {
        Map<String, Object> x = model(santoAmaro());
        assertEquals("OFÍCIO Nº 12/2026/SMS", get(x, "oficio.identificacao"));
        assertEquals("12/2026", get(x, "oficio.numero_ano"));
        assertEquals("Santo Amaro, 23 de novembro de 2026.", get(x, "oficio.local_data"));
        assertEquals("Ofício nº 12/2026/SMS — Solicitação de subdomínio gov.br", get(x, "oficio.titulo"));
        assertEquals("23/11/2026", get(x, "oficio.data"));
    }

    @Test
    void prefeituraAcronymComesAfterTheSecretariaOne() {
        Prefeitura p = santoAmaro().prefeitura();
        Municipio m = TestMunicipios.comPrefeitura(santoAmaro(),
                new Prefeitura(p.nome(), p.cnpj(), p.endereco(), p.cep(), "PMSA", null));
        assertEquals("OFÍCIO Nº 12/2026/SMS/PMSA", get(model(m), "oficio.identificacao"));
        assertEquals("Ofício nº 12/2026/SMS/PMSA — Solicitação de subdomínio gov.br", get(model(m), "oficio.titulo"));
    }

    @Test
    void firstDayIsOrdinalAndOtherDaysHaveNoLeadingZero() {
        Municipio dia1 = TestMunicipios.comOficio(santoAmaro(), new NumeroOficio(3, LocalDate.of(2027, 3, 1)));
        assertEquals("Santo Amaro, 1º de março de 2027.", get(model(dia1), "oficio.local_data"));
        assertEquals("OFÍCIO Nº 3/2027/SMS", get(model(dia1), "oficio.identificacao"));
        Municipio dia5 = TestMunicipios.comOficio(santoAmaro(), new NumeroOficio(3, LocalDate.of(2027, 1, 5)));
        assertEquals("Santo Amaro, 5 de janeiro de 2027.", get(model(dia5), "oficio.local_data"));
    }

    @Test
    void enderecamentoLinesFollowTheManual() {
        assertEquals(List.of("Ao Senhor", "Carlos Alberto Menezes",
                "Diretor-Presidente da Companhia de Processamento de Dados do Estado da Bahia – PRODEB",
                "4ª Avenida, nº 460, Centro Administrativo da Bahia", "41745-002 Salvador/BA"),
                get(model(santoAmaro()), "destinatario.enderecamento"));
    }

    private static Map<String, Object> with(Tratamento t, boolean feminino, String cargo, Hierarquia h) {
        return model(TestMunicipios.comDestinatario(santoAmaro(),
                new Destinatario("Ana Paula Reis", cargo, t, feminino, h)));
    }

    @Test
    void formOfAddressVocativoAndFechoByTreatmentAndHierarchy() {
        Map<String, Object> senhor = model(santoAmaro());
        assertEquals("Senhor Diretor-Presidente,", get(senhor, "destinatario.vocativo"));
        assertEquals("Atenciosamente,", get(senhor, "fecho"));

        Map<String, Object> senhora = with(Tratamento.SENHORA, true, "Diretora-Presidente", Hierarquia.IGUAL);
        assertEquals("À Senhora", ((List<?>) get(senhora, "destinatario.enderecamento")).get(0));
        assertEquals("Senhora Diretora-Presidente,", get(senhora, "destinatario.vocativo"));

        Map<String, Object> exa = with(Tratamento.EXCELENCIA, false, "Secretário de Estado", Hierarquia.SUPERIOR);
        assertEquals("A Sua Excelência o Senhor", ((List<?>) get(exa, "destinatario.enderecamento")).get(0));
        assertEquals("Senhor Secretário de Estado,", get(exa, "destinatario.vocativo"));
        assertEquals("Respeitosamente,", get(exa, "fecho"));

        Map<String, Object> exaF = with(Tratamento.EXCELENCIA, true, "Secretária de Estado", Hierarquia.INFERIOR);
        assertEquals("A Sua Excelência a Senhora", ((List<?>) get(exaF, "destinatario.enderecamento")).get(0));
        assertEquals("Senhora Secretária de Estado,", get(exaF, "destinatario.vocativo"));
        assertEquals("Atenciosamente,", get(exaF, "fecho"));

        for (Map<String, Object> x : List.of(senhor, senhora, exa, exaF)) {
            String all = get(x, "destinatario").toString();
            assertFalse(all.contains("Senhoria"), all);
            assertFalse(all.contains("Excelentíssim"), all);
            assertFalse(all.contains("Ilustríssim"), all);
            assertFalse(all.contains("Digníssim"), all);
        }
    }

    @Test
    void signatoryNameInCapitals() {
        assertEquals("MARIA DAS GRAÇAS SOUZA LIMA", get(model(santoAmaro()), "signatario.nome_maiusculo"));
    }

    @Test
    void linuxPathsAndCommands() {
        Map<String, Object> x = model(santoAmaro(SistemaOperacional.LINUX));
        assertEquals("/opt/e-SUS", get(x, "instalacao.pasta"));
        assertEquals("/opt/e-SUS/database", get(x, "instalacao.pasta_database"));
        assertEquals("/opt/e-SUS/webserver/config/", get(x, "instalacao.pasta_config"));
        assertEquals("/opt/e-SUS/webserver/chaves", get(x, "instalacao.pasta_chaves"));
        assertEquals("/opt/e-SUS/certmgr/config/ssl.properties", get(x, "instalacao.arquivo_ssl_properties"));
        assertEquals("sudo systemctl restart e-SUS-PEC", get(x, "instalacao.comando_reiniciar"));
        assertEquals("esus-ba-santo-amaro", get(x, "backup.prefixo"));
        assertEquals("~/backup-esus", get(x, "backup.pasta_trabalho"));
        assertEquals("ls -d /opt/e-SUS/database/*/bin", get(x, "comandos.localizar_pg"));
        assertEquals("bash ~/backup-esus.sh", get(x, "comandos.backup"));
        assertEquals("bash ~/restaurar-esus.sh --sql", get(x, "comandos.restaurar_sql"));
        assertEquals("cd ~/backup-esus && sha256sum -c esus-ba-santo-amaro-$(date +%F).sha256",
                get(x, "comandos.conferir_copia"));
        assertEquals("jdbc:postgresql://localhost:5433/esus", get(x, "instalacao.banco.url_jdbc"));
    }

    @Test
    void windowsPathsAndCommands() {
        Map<String, Object> x = model(santoAmaro(SistemaOperacional.WINDOWS));
        assertEquals("C:\\Program Files\\e-SUS", get(x, "instalacao.pasta"));
        assertEquals("C:\\Program Files\\e-SUS\\webserver\\config\\", get(x, "instalacao.pasta_config"));
        assertEquals("C:\\Program Files\\e-SUS\\webserver\\chaves", get(x, "instalacao.pasta_chaves"));
        assertEquals("e-SUS-PEC", get(x, "instalacao.servico"));
        assertEquals("Restart-Service -Name \"e-SUS-PEC\"", get(x, "instalacao.comando_reiniciar"));
        assertEquals("C:\\backup-esus", get(x, "backup.pasta_trabalho"));
        assertEquals("Get-ChildItem 'C:\\Program Files\\e-SUS\\database\\*\\bin\\pg_dump.exe'",
                get(x, "comandos.localizar_pg"));
        assertEquals("powershell -ExecutionPolicy Bypass -File C:\\backup-esus\\restaurar-esus.ps1 -SoConferir",
                get(x, "comandos.conferir_copia"));
    }

    /** The commands name the copies and the work folder as {@code backup} does, on both systems. */
    @Test
    void commandsUseTheBackupNames() {
        for (SistemaOperacional so : SistemaOperacional.values()) {
            Map<String, Object> x = model(santoAmaro(so));
            String prefixo = (String) get(x, "backup.prefixo");
            String pasta = (String) get(x, "backup.pasta_trabalho");
            assertTrue(((String) get(x, "comandos.transferir")).contains(pasta), so.name());
            assertTrue(((String) get(x, "comandos.transferir")).contains(prefixo + "-"), so.name());
            assertTrue(((String) get(x, "comandos.preparar")).contains(pasta), so.name());
            assertTrue(((String) get(x, "comandos.backup")).endsWith((String) get(x, "backup.script_backup")),
                    so.name());
            assertTrue(((String) get(x, "comandos.restaurar")).endsWith((String) get(x, "backup.script_restaurar")),
                    so.name());
        }
    }

    @Test
    void everyPecPathComesFromTheInstallationFolder() {
        Instalacao i = santoAmaro().instalacao();
        Municipio m = TestMunicipios.comInstalacao(santoAmaro(), new Instalacao(i.url(), i.dominio(), i.ipv4(),
                i.sistemaOperacional(), i.versaoPec(), i.banco(), true, "/srv/pec atual"));
        Map<String, Object> x = model(m);
        for (String key : List.of("pasta_database", "pasta_webserver", "pasta_config", "arquivo_properties",
                "arquivo_credenciais", "pasta_chaves", "pasta_certmgr_config", "arquivo_ssl_properties")) {
            assertTrue(((String) get(x, "instalacao." + key)).startsWith("/srv/pec atual/"), key);
        }
        assertEquals("ls -d '/srv/pec atual/database'/*/bin", get(x, "comandos.localizar_pg"));
        assertEquals("sudo mkdir -p '/srv/pec atual/webserver/chaves'", get(x, "comandos.criar_pasta_chaves"));
    }

    /** Without {@code pop:} the POP is POP-TI-001 1.0, vigente, created today, by the contato, for the signatário. */
    @Test
    void popDefaultsWhenTheFileSaysNothing() {
        Map<String, Object> x = model(santoAmaro());
        assertEquals("POP-TI-001", get(x, "pop.codigo"));
        assertEquals("1.0", get(x, "pop.versao"));
        assertEquals("vigente", get(x, "pop.situacao"));
        assertEquals("Vigente", get(x, "pop.situacao_nome"));
        assertEquals("23/11/2026", get(x, "pop.data_criacao"), "o dia em que o POP é gerado");
        assertEquals("", get(x, "pop.data_revisao"));
        assertEquals("João Carlos Pereira, Coordenador de Tecnologia da Informação", get(x, "pop.elaborado_por"));
        assertEquals("", get(x, "pop.revisado_por"), "linha em branco, para assinar à mão");
        assertEquals("Maria das Graças Souza Lima, Secretária Municipal de Saúde", get(x, "pop.aprovado_por"));
        assertEquals(List.of("Secretaria Municipal de Saúde (original assinado)",
                "João Carlos Pereira, Coordenador de Tecnologia da Informação (cópia)",
                "Coordenação da implantação do e-SUS APS (cópia)"), get(x, "pop.distribuicao"));
        assertEquals(List.of(Map.of("versao", "1.0", "data", "23/11/2026", "descricao", "Criação do documento")),
                get(x, "pop.historico"));
    }

    /** Version and dates left out come from the history: its first line created the POP, its last one revised it. */
    @Test
    void popValuesComeFromTheFileAndItsHistory() {
        Pop pop = new Pop("POP-TI-007", null, null, null, "Ana Souza, Técnica de TI", "Carla Reis", null,
                SituacaoPop.EM_REVISAO, List.of("Gabinete", "Arquivo"), List.of(
                        new Pop.Revisao("1.0", LocalDate.of(2026, 10, 20), "Criação"),
                        new Pop.Revisao("1.1", LocalDate.of(2026, 11, 2), "Backup agendado")));
        Map<String, Object> x = model(TestMunicipios.comPop(santoAmaro(), pop));
        assertEquals("POP-TI-007", get(x, "pop.codigo"));
        assertEquals("1.1", get(x, "pop.versao"));
        assertEquals("20/10/2026", get(x, "pop.data_criacao"));
        assertEquals("02/11/2026", get(x, "pop.data_revisao"));
        assertEquals("Ana Souza, Técnica de TI", get(x, "pop.elaborado_por"));
        assertEquals("Carla Reis", get(x, "pop.revisado_por"));
        assertEquals("Maria das Graças Souza Lima, Secretária Municipal de Saúde", get(x, "pop.aprovado_por"));
        assertEquals("Em revisão", get(x, "pop.situacao_nome"));
        assertEquals(List.of("Gabinete", "Arquivo"), get(x, "pop.distribuicao"));
        assertEquals(2, ((List<?>) get(x, "pop.historico")).size());

        Pop fixed = new Pop(null, "2.0", LocalDate.of(2025, 1, 2), LocalDate.of(2026, 3, 4), null, null, "Prefeito",
                null, List.of(), List.of());
        Map<String, Object> y = model(TestMunicipios.comPop(santoAmaro(), fixed));
        assertEquals("02/01/2025", get(y, "pop.data_criacao"));
        assertEquals("04/03/2026", get(y, "pop.data_revisao"));
        assertEquals("Prefeito", get(y, "pop.aprovado_por"));
        assertEquals(List.of(Map.of("versao", "2.0", "data", "04/03/2026", "descricao", "Revisão do documento")),
                get(y, "pop.historico"), "sem histórico, uma linha da versão em vigor");
    }

    @Test
    void databaseValuesComeFromTheYaml() {
        Instalacao i = santoAmaro().instalacao();
        Municipio m = TestMunicipios.comInstalacao(santoAmaro(), new Instalacao(i.url(), i.dominio(), i.ipv4(),
                i.sistemaOperacional(), VersaoPec.parse("5.2.1"), new Banco(5434, "esus prod", "dono"), false));
        Map<String, Object> x = model(m);
        assertEquals(5434, get(x, "instalacao.banco.porta"));
        assertEquals("esus prod", get(x, "instalacao.banco.nome"));
        assertEquals(false, get(x, "instalacao.versao_pec_prescricao_ok"));
        assertEquals(false, get(x, "instalacao.versao_pec_https_automatizado"));
        assertEquals(false, get(x, "prescricao.pode_abrir_chamado"));
        assertEquals(1, TemplateModel.warnings(DocumentId.TICKET_PRESCRICAO, x).size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void checklistMergesCatalogAndMunicipality() {
        Map<String, Object> x = model(santoAmaro());
        List<Map<String, Object>> itens = (List<Map<String, Object>>) get(x, "checklist.itens");
        assertEquals(List.of("contra_chave", "backup_migrado", "dns_govbr", "login_govbr", "horus", "https"),
                itens.stream().map(i -> i.get("id")).toList());
        Map<String, Object> contra = itens.get(0);
        assertEquals("concluido", contra.get("status"));
        assertEquals("concluído", contra.get("rotulo"));
        assertEquals("✅", contra.get("marca"));
        assertEquals("01/11/2026", contra.get("data"));
        assertEquals("João Carlos Pereira", contra.get("responsavel"));
        Map<String, Object> backup = itens.get(1);
        assertEquals("pendente-alta", backup.get("status"), "not mentioned: the catalog's priority");
        assertEquals("🚩", backup.get("marca"));
        assertEquals("", backup.get("data"));
        assertEquals("⏸️", itens.get(2).get("marca"));
        assertEquals("mantido domínio atual; aguardando ofício", itens.get(2).get("observacao"));
        assertEquals("pendente-baixa", itens.get(3).get("status"), "not mentioned: the catalog's priority");
        assertEquals("➖", itens.get(4).get("marca"));
        assertEquals(Map.of("concluido", 2, "pendente_baixa", 2, "pendente_alta", 1, "nao_se_aplica", 1, "total", 6),
                get(x, "checklist.contagem"));
        List<Map<String, Object>> grupos = (List<Map<String, Object>>) get(x, "checklist.grupos");
        assertEquals(List.of("implantação", "migração", "integrações", "segurança e backup"),
                grupos.stream().map(g -> g.get("nome")).toList());
        assertEquals(3, ((List<?>) grupos.get(2).get("itens")).size());
    }

    @Test
    void secretComesFromTheEnvironmentOrIsAMarkedPlaceholderWithAWarning() {
        Map<String, Object> set = TemplateModel.of(santoAmaro(), catalogo(), TestMunicipios.versoes(), Map.of("GOVBR_CLIENT_SECRET", "xyz"),
                HOJE);
        assertEquals("xyz", get(set, "govbr.client_secret"));
        assertEquals(List.of(), TemplateModel.warnings(DocumentId.APPLICATION_PROPERTIES, set));

        Map<String, Object> unset = model(santoAmaro());
        assertEquals("DEFINA-A-VARIAVEL-GOVBR_CLIENT_SECRET", get(unset, "govbr.client_secret"));
        assertEquals(List.of("variável de ambiente GOVBR_CLIENT_SECRET não definida: application.properties ficou com"
                + " um marcador no lugar do client-secret; defina-a e gere de novo"),
                TemplateModel.warnings(DocumentId.APPLICATION_PROPERTIES, unset));
        assertEquals(List.of(), TemplateModel.warnings(DocumentId.POP, unset));

        Map<String, Object> hidden = GovBrData.withoutSecret(set);
        assertFalse(hidden.toString().contains("xyz"));
        assertEquals("xyz", get(set, "govbr.client_secret"), "the original model is untouched");
    }

    @Test
    void govbrUrlsUseTheDomain() {
        Map<String, Object> x = model(santoAmaro());
        assertEquals(List.of("https://esus.santoamaro.ba.gov.br/login/oauth2/code/govbr",
                "https://esus.santoamaro.ba.gov.br/oauth2/code/govbr"), get(x, "govbr.urls_retorno"));
        assertEquals("https://esus.santoamaro.ba.gov.br/logout", get(x, "govbr.url_logout"));
    }
}
