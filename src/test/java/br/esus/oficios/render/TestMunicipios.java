package br.esus.oficios.render;

import br.esus.oficios.model.Banco;
import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.ChecklistEntry;
import br.esus.oficios.model.ChecklistItem;
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
import br.esus.oficios.model.TabelaVersoesPec;
import br.esus.oficios.model.Tratamento;
import br.esus.oficios.model.Uf;
import br.esus.oficios.model.VersaoPec;
import br.esus.oficios.model.VersaoPublicada;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/** Municipalities built by hand for the render tests: Santo Amaro/BA asking PRODEB, ofício 12 of 2026-11-23. */
final class TestMunicipios {

    static final LocalDate HOJE = LocalDate.of(2026, 11, 23);

    private TestMunicipios() {
    }

    static Municipio santoAmaro() {
        return santoAmaro(SistemaOperacional.LINUX);
    }

    static Municipio santoAmaro(SistemaOperacional so) {
        return new Municipio(
                Path.of("municipios/ba-santo-amaro.yaml"),
                new Cidade("Santo Amaro", Uf.BA, "2928604"),
                new Prefeitura("Prefeitura Municipal de Santo Amaro", "13.828.526/0001-06",
                        "Praça da Purificação, s/n, Centro", "44200-000", null, null),
                new Secretaria("Secretaria Municipal de Saúde", "SMS", "Rua Conselheiro Saraiva, 15, Centro",
                        "(75) 3241-1020", "saude@santoamaro.ba.gov.br", "www.santoamaro.ba.gov.br"),
                new Pessoa("Maria das Graças Souza Lima", "Secretária Municipal de Saúde"),
                new Contato("João Carlos Pereira", "Coordenador de Tecnologia da Informação",
                        "ti.saude@santoamaro.ba.gov.br", "(75) 99812-3344"),
                new Instalacao("https://esus.santoamaro.ba.gov.br", "esus.santoamaro.ba.gov.br", "200.10.20.30", so,
                        VersaoPec.parse("5.3.21"), new Banco(5433, "esus", "postgres"), true),
                new OrgaoDominio("Companhia de Processamento de Dados do Estado da Bahia", "PRODEB",
                        "dominios@prodeb.ba.gov.br", "4ª Avenida, nº 460, Centro Administrativo da Bahia",
                        "41745-002", "Salvador", Uf.BA,
                        new Destinatario("Carlos Alberto Menezes", "Diretor-Presidente", Tratamento.SENHOR, false,
                                Hierarquia.IGUAL)),
                new Oficios(new NumeroOficio(12, LocalDate.of(2026, 11, 23))),
                new GovBr("a1b2c3d4-santoamaro", "GOVBR_CLIENT_SECRET"),
                Map.of(
                        "https", new ChecklistEntry(Status.CONCLUIDO, null, null, null),
                        "contra_chave", new ChecklistEntry(Status.CONCLUIDO, LocalDate.of(2026, 11, 1),
                                "João Carlos Pereira", null),
                        "dns_govbr", new ChecklistEntry(Status.PENDENTE_BAIXA, null, null,
                                "mantido domínio atual; aguardando ofício"),
                        "horus", new ChecklistEntry(Status.NAO_SE_APLICA, null, null, null)));
    }

    static Municipio comChecklist(Municipio m, String id, Status status) {
        Map<String, ChecklistEntry> c = new java.util.HashMap<>(m.checklist());
        c.put(id, new ChecklistEntry(status, null, null, null));
        return new Municipio(m.source(), m.municipio(), m.prefeitura(), m.secretaria(), m.signatario(), m.contato(),
                m.instalacao(), m.orgaoDominio(), m.oficios(), m.govbr(), c);
    }

    static Municipio comDestinatario(Municipio m, Destinatario d) {
        OrgaoDominio o = m.orgaoDominio();
        return new Municipio(m.source(), m.municipio(), m.prefeitura(), m.secretaria(), m.signatario(), m.contato(),
                m.instalacao(), new OrgaoDominio(o.nome(), o.sigla(), o.email(), o.endereco(), o.cep(), o.cidade(),
                        o.uf(), d),
                m.oficios(), m.govbr(), m.checklist());
    }

    static Municipio comPrefeitura(Municipio m, Prefeitura p) {
        return new Municipio(m.source(), m.municipio(), p, m.secretaria(), m.signatario(), m.contato(),
                m.instalacao(), m.orgaoDominio(), m.oficios(), m.govbr(), m.checklist());
    }

    static Municipio comOficio(Municipio m, NumeroOficio n) {
        return new Municipio(m.source(), m.municipio(), m.prefeitura(), m.secretaria(), m.signatario(), m.contato(),
                m.instalacao(), m.orgaoDominio(), new Oficios(n), m.govbr(), m.checklist());
    }

    static Municipio comInstalacao(Municipio m, Instalacao i) {
        return new Municipio(m.source(), m.municipio(), m.prefeitura(), m.secretaria(), m.signatario(), m.contato(),
                i, m.orgaoDominio(), m.oficios(), m.govbr(), m.checklist());
    }

    static Municipio comPop(Municipio m, br.esus.oficios.model.Pop pop) {
        return new Municipio(m.source(), m.municipio(), m.prefeitura(), m.secretaria(), m.signatario(), m.contato(),
                m.instalacao(), m.orgaoDominio(), m.oficios(), m.govbr(), pop, m.checklist());
    }

    static Municipio comNomes(Municipio m, String nomeSignatario, String nomeContato) {
        Contato c = m.contato();
        return new Municipio(m.source(), m.municipio(), m.prefeitura(), m.secretaria(),
                new Pessoa(nomeSignatario, m.signatario().cargo()),
                new Contato(nomeContato, c.cargo(), c.email(), c.telefone()), m.instalacao(), m.orgaoDominio(),
                m.oficios(), m.govbr(), m.checklist());
    }

    /** A small catalog like templates/checklist.yaml: four groups, default priorities. */
    /**
     * An invented versions table: the municipalities' 5.3.21 published on 15/12/2025 (on {@link #HOJE} its data are
     * rejected from 16/12/2026, within 60 days) and a newest 5.9.0 with a note.
     */
    static TabelaVersoesPec versoes() {
        return new TabelaVersoesPec(java.util.List.of(
                new VersaoPublicada(VersaoPec.parse("5.3.21"), LocalDate.of(2025, 12, 15), null),
                new VersaoPublicada(VersaoPec.parse("5.9.0"), LocalDate.of(2026, 10, 1),
                        "Exige Java 17")));
    }

    static ChecklistCatalog catalogo() {
        return new ChecklistCatalog(java.util.List.of(
                new ChecklistItem("contra_chave", "Contra-chave gerada e ativada", "Gerar no e-Gestor AB e digitar no PEC",
                        "PEC_02 §2.4", "implantação", Status.PENDENTE_ALTA),
                new ChecklistItem("backup_migrado", "Banco de dados transferido e conferido",
                        "pg_dump, hash SHA-256 e restauração", "POP", "migração", Status.PENDENTE_ALTA),
                new ChecklistItem("dns_govbr", "Subdomínio gov.br apontando para o servidor", "Registro A no DNS",
                        "HTTPS automatizado", "integrações", Status.PENDENTE_ALTA),
                new ChecklistItem("login_govbr", "Login GOV.BR", "client-id e client-secret no application.properties",
                        "Login GOV.BR", "integrações", Status.PENDENTE_BAIXA),
                new ChecklistItem("horus", "Integração com o Hórus", "Habilitar em Configurações da instalação",
                        "PEC_03 §3.1.1", "integrações", Status.PENDENTE_BAIXA),
                new ChecklistItem("https", "HTTPS no domínio", "Certificado TLS, portas 80 e 443", "HTTPS automatizado",
                        "segurança e backup", Status.PENDENTE_ALTA)));
    }

    static Map<String, Object> modelo(Municipio m) {
        return TemplateModel.of(m, catalogo(), versoes(), Map.of("GOVBR_CLIENT_SECRET", "s3gr3d0-de-teste"), HOJE);
    }
}
