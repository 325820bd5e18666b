package br.esus.oficios.render;

import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.Secretaria;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document properties and letterhead of each document. The ofício (in the padrão ofício) and the POP (a document
 * the secretaria files and audits) have the letterhead: header with the organ names on the first page, footer with
 * the secretaria's address and contacts.
 */
public final class DocMetaFactory {

    private DocMetaFactory() {
    }

    public static DocMeta of(DocumentId id, Municipio m, LocalDate today) {
        String lugar = m.municipio().nomeUf();
        String autor = autor(m);
        return switch (id) {
            case OFICIO_DOMINIO -> {
                PadraoOficio.Identificacao oficio = PadraoOficio.Identificacao.of(m, today);
                yield new DocMeta(id.id(), oficio.titulo(), autor,
                        PadraoOficio.ASSUNTO + " (" + m.instalacao().dominio() + ") para o e-SUS APS PEC de "
                                + lugar + " — " + orgao(m),
                        List.of("ofício", "gov.br", "subdomínio", "DNS", "e-SUS APS", lugar), oficio.data(), true,
                        List.of(m.prefeitura().nome(), m.secretaria().nome()), footer(m), m.prefeitura().brasao());
            }
            case TICKET_PRESCRICAO -> new DocMeta(id.id(), "Ticket — Ativação da prescrição digital — " + lugar,
                    autor, "Chamado ao suporte do e-SUS APS para ativar a prescrição digital em "
                            + m.instalacao().url(),
                    List.of("ticket", "prescrição digital", "e-SUS APS", "PEC", lugar), today, false, List.of(),
                    List.of(), null);
            case APPLICATION_PROPERTIES -> new DocMeta(id.id(), "application.properties — Login GOV.BR — " + lugar,
                    autor, "Linhas do application.properties para o login GOV.BR do PEC",
                    List.of("application.properties", "GOV.BR", "e-SUS APS", lugar), today, false, List.of(),
                    List.of(), null);
            // The POP is filed and audited by the secretaria: on its letterhead, like the ofício.
            case POP -> new DocMeta(id.id(), "POP — Instalação, transferência e atualização do PEC — " + lugar, autor,
                    "Procedimento operacional padrão do servidor do e-SUS APS PEC de " + lugar,
                    List.of("POP", "e-SUS APS", "PEC", "backup", "migração", "HTTPS", lugar), today, true,
                    List.of(m.prefeitura().nome(), m.secretaria().nome()), footer(m), m.prefeitura().brasao());
            case SCRIPTS -> new DocMeta(id.id(), "Scripts de cópia e restauração do banco do PEC — " + lugar, autor,
                    "Cópia e restauração do banco e dos arquivos do e-SUS APS PEC de " + lugar,
                    List.of("backup", "restauração", "PostgreSQL", "e-SUS APS", lugar), today, false, List.of(),
                    List.of(), null);
            case CHECKLIST -> new DocMeta(id.id(), "Checklist de implantação do PEC — " + lugar, autor,
                    "Situação da implantação do e-SUS APS PEC de " + lugar,
                    List.of("checklist", "implantação", "e-SUS APS", "PEC", lugar), today, false, List.of(),
                    List.of(), null);
        };
    }

    /**
     * The author of every document: the secretaria with its prefeitura, so that the files of one municipality are
     * told from another's ("Secretaria Municipal de Saúde — Prefeitura Municipal de Santo Amaro"); the secretaria
     * alone when its name already says the municipality.
     */
    static String autor(Municipio m) {
        String secretaria = m.secretaria().nome();
        String prefeitura = m.prefeitura().nome();
        if (prefeitura == null || prefeitura.isBlank() || namesTheMunicipality(secretaria, m.municipio().nome())) {
            return secretaria;
        }
        return secretaria + " — " + prefeitura;
    }

    /**
     * Whether the secretaria's name ends with the municipality's ("Secretaria Municipal de Saúde de Santo Amaro"):
     * what comes before "de/do/da <município>" must still name a secretaria on its own, so that "Secretaria
     * Municipal de Saúde" in the town of Saúde/BA does not count.
     */
    static boolean namesTheMunicipality(String secretaria, String municipio) {
        Matcher m = Pattern.compile("(?i)^(.+?)\\s+(?:de|do|da|dos|das)\\s+" + Pattern.quote(municipio.strip())
                + "$").matcher(secretaria.strip());
        return m.matches() && !m.group(1).matches("(?i)secretaria(\\s+municipal)?");
    }

    /** The addressee organ, by its acronym (or name) alone: "a"/"à"/"ao" would need its gender. */
    private static String orgao(Municipio m) {
        String sigla = m.orgaoDominio().sigla();
        return sigla == null || sigla.isBlank() ? m.orgaoDominio().nome() : sigla;
    }

    /**
     * Secretaria address (the prefeitura's when it has none); "CEP Cidade/UF"; "telefone · e-mail · site" (what is
     * filled in).
     */
    static List<String> footer(Municipio m) {
        Secretaria s = m.secretaria();
        List<String> lines = new ArrayList<>();
        if (s.endereco() != null && !s.endereco().isBlank()) {
            lines.add(s.endereco());
        }
        String cep = m.prefeitura().cep();
        String cidade = m.municipio().nomeUf();
        lines.add(cep == null || cep.isBlank() ? cidade : cep + " " + cidade);
        List<String> contatos = new ArrayList<>();
        for (String c : new String[] {s.telefone(), s.email(), s.site()}) {
            if (c != null && !c.isBlank()) {
                contatos.add(c);
            }
        }
        if (!contatos.isEmpty()) {
            lines.add(String.join(" · ", contatos));
        }
        return lines;
    }
}
