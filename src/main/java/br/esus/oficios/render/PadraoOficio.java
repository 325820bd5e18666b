package br.esus.oficios.render;

import br.esus.oficios.model.BrazilianDate;
import br.esus.oficios.model.Destinatario;
import br.esus.oficios.model.Hierarquia;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.NumeroOficio;
import br.esus.oficios.model.OrgaoDominio;
import br.esus.oficios.model.Prefeitura;
import br.esus.oficios.model.Secretaria;
import br.esus.oficios.model.Tratamento;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The padrão ofício's rules (Manual de Redação da Presidência da República, 3ª ed.): identification, date,
 * endereçamento, vocativo and fecho; and the template data they make ({@code oficio}, {@code orgao_dominio},
 * {@code destinatario}, {@code fecho}).
 */
final class PadraoOficio {

    static final String ASSUNTO = "Solicitação de subdomínio gov.br";

    private PadraoOficio() {
    }

    /**
     * The ofício's number and date: the file's {@code oficios.oficio_dominio}, or a blank to fill by hand ("____")
     * dated {@code today}.
     */
    record Identificacao(String numero, LocalDate data, String siglas) {

        static Identificacao of(Municipio m, LocalDate today) {
            NumeroOficio n = m.oficios() == null ? null : m.oficios().oficioDominio();
            LocalDate data = n == null || n.data() == null ? today : n.data();
            return new Identificacao(n == null ? "____" : Integer.toString(n.numero()), data,
                    PadraoOficio.siglas(m.secretaria(), m.prefeitura()));
        }

        /** "12/2026". */
        String numeroAno() {
            return numero + "/" + data.getYear();
        }

        /** "Ofício nº 12/2026/SMS — Solicitação de subdomínio gov.br": the document's title. */
        String titulo() {
            return "Ofício nº " + numeroAno() + siglas + " — " + ASSUNTO;
        }
    }

    static Map<String, Object> oficio(Municipio m, LocalDate today) {
        Identificacao id = Identificacao.of(m, today);
        LocalDate data = id.data();
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("numero", id.numero());
        x.put("ano", Integer.toString(data.getYear()));
        x.put("numero_ano", id.numeroAno());
        x.put("siglas", id.siglas());
        x.put("identificacao", "OFÍCIO Nº " + id.numeroAno() + id.siglas());
        x.put("data", BrazilianDate.format(data));
        x.put("data_extenso", DatasPorExtenso.extenso(data));
        x.put("local_data", DatasPorExtenso.localData(m.municipio().nome(), data));
        x.put("assunto", ASSUNTO);
        x.put("titulo", id.titulo());
        x.put("subdominio", m.instalacao().dominio());
        return x;
    }

    static Map<String, Object> orgaoDominio(OrgaoDominio o) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("nome", o.nome());
        x.put("sigla", TemplateModel.text(o.sigla()));
        x.put("nome_sigla", nomeSigla(o));
        x.put("email", TemplateModel.text(o.email()));
        x.put("endereco", TemplateModel.text(o.endereco()));
        x.put("cep", TemplateModel.text(o.cep()));
        x.put("cidade", TemplateModel.text(o.cidade()));
        x.put("uf", o.uf() == null ? "" : o.uf().name());
        x.put("enderecamento", enderecamento(o));
        return x;
    }

    static Map<String, Object> destinatario(OrgaoDominio o) {
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

    /** "Companhia de Processamento de Dados do Estado da Bahia – PRODEB", or the name alone. */
    static String nomeSigla(OrgaoDominio o) {
        return o.sigla() == null || o.sigla().isBlank() ? o.nome() : o.nome() + " – " + o.sigla();
    }

    /** Manual 5.1.4: "Ao Senhor", "À Senhora", "A Sua Excelência o Senhor", "A Sua Excelência a Senhora". */
    static String formaEnderecamento(Destinatario d) {
        if (d.tratamento() == Tratamento.EXCELENCIA) {
            return d.feminino() ? "A Sua Excelência a Senhora" : "A Sua Excelência o Senhor";
        }
        return d.feminino() ? "À Senhora" : "Ao Senhor";
    }

    /**
     * The endereçamento lines (Manual 5.1.4): form of address, name, cargo with the organ in it (a different organ
     * from the sender's, so it is named: "Diretor-Presidente da Empresa … – EMGETIS"), street, and "CEP Cidade/UF".
     */
    static List<String> enderecamento(OrgaoDominio o) {
        Destinatario d = o.destinatario();
        List<String> lines = new ArrayList<>();
        lines.add(formaEnderecamento(d));
        lines.add(d.nome());
        lines.add(CargoNoOrgao.of(d.cargo(), o));
        if (o.endereco() != null && !o.endereco().isBlank()) {
            lines.add(o.endereco());
        }
        String cidadeUf = o.cidade() == null || o.cidade().isBlank() ? ""
                : o.cidade() + (o.uf() == null ? "" : "/" + o.uf().name());
        String cepLine = (TemplateModel.text(o.cep()) + " " + cidadeUf).strip();
        if (!cepLine.isEmpty()) {
            lines.add(cepLine);
        }
        return lines;
    }

    /** Manual 4.4: "Senhor/Senhora + cargo," for every authority that is not a Chefe de Poder. */
    static String vocativo(Destinatario d) {
        return (d.feminino() ? "Senhora " : "Senhor ") + d.cargo() + ",";
    }

    /**
     * Manual 5.1.7: "Respeitosamente," only when the addressee is hierarchically above the signer (the governor or
     * a state secretary, for a municipal secretary; not the president of a state company).
     */
    static String fecho(Destinatario d) {
        return d.hierarquia() == Hierarquia.SUPERIOR ? "Respeitosamente," : "Atenciosamente,";
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
}
