package br.esus.oficios.render;

import br.esus.oficios.model.BrazilianDate;
import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.ChecklistItem;
import br.esus.oficios.model.Instalacao;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.Status;
import br.esus.oficios.model.VersaoPec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a municipality may ask support to activate digital prescription. The manual's premises (PEC_03, "Prescrição
 * digital"): PEC 5.2.6 or later, a valid ICP-Brasil certificate, HTTPS and SMTP configured. HTTPS and SMTP come from
 * the checklist items {@code https} and {@code smtp}; a catalog without them leaves them unknown (null), not blocking.
 * The YAML knows that a certificate is integrated and, if it says so, until when it is valid: a certificate whose
 * validity has passed blocks; one without a known validity does not, and the ticket says the validity is unknown.
 *
 * @param certificadoValidade the certificate's last valid day, or null when the YAML does not say
 * @param certificadoVencido the validity has passed (relative to the generation day)
 * @param https the status of checklist item {@code https}, or null when the catalog has no such item
 * @param smtp the status of checklist item {@code smtp}, or null when the catalog has no such item
 */
public record Prescricao(boolean versaoOk, boolean certificadoIntegrado, LocalDate certificadoValidade,
        boolean certificadoVencido, Status https, Status smtp) {

    /** Where support tickets are opened. */
    static final String URL_SUPORTE = "https://esusaps.freshdesk.com";

    /** @param today the generation day, against which the certificate's validity is judged */
    public static Prescricao of(Municipio m, ChecklistCatalog catalog, LocalDate today) {
        Instalacao i = m.instalacao();
        return new Prescricao(i.versaoPec().atLeast(VersaoPec.MINIMA_PRESCRICAO), i.certificadoDigitalIntegrado(),
                i.certificadoDigitalValidade(), i.certificadoVencido(today), status(m, catalog, "https"),
                status(m, catalog, "smtp"));
    }

    private static Status status(Municipio m, ChecklistCatalog catalog, String id) {
        return catalog.item(id).map((ChecklistItem item) -> item.statusFor(m)).orElse(null);
    }

    /** What is still missing, in Portuguese, e.g. "HTTPS", "PEC 5.2.6 ou posterior". */
    public List<String> pendencias() {
        List<String> out = new ArrayList<>();
        if (!versaoOk) {
            out.add("PEC " + VersaoPec.MINIMA_PRESCRICAO + " ou posterior");
        }
        if (!certificadoIntegrado) {
            out.add("certificado ICP-Brasil integrado");
        } else if (certificadoVencido) {
            out.add("certificado ICP-Brasil válido (o integrado valia só até "
                    + BrazilianDate.format(certificadoValidade) + ")");
        }
        if (pending(https)) {
            out.add("HTTPS");
        }
        if (pending(smtp)) {
            out.add("servidor SMTP");
        }
        return out;
    }

    public boolean podeAbrirChamado() {
        return pendencias().isEmpty();
    }

    /** The template data {@code prescricao}. */
    Map<String, Object> data() {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("versao_minima", VersaoPec.MINIMA_PRESCRICAO);
        x.put("versao_ok", versaoOk);
        x.put("certificado_integrado", certificadoIntegrado);
        x.put("certificado_validade", certificadoValidade == null ? "" : BrazilianDate.format(certificadoValidade));
        x.put("certificado_ok", certificadoIntegrado && !certificadoVencido);
        x.put("certificado", certificado());
        x.put("https", rotulo(https));
        x.put("https_ok", https == Status.CONCLUIDO);
        x.put("smtp", rotulo(smtp));
        x.put("smtp_ok", smtp == Status.CONCLUIDO);
        x.put("pendencias", pendencias());
        x.put("pode_abrir_chamado", podeAbrirChamado());
        x.put("url_suporte", URL_SUPORTE);
        return x;
    }

    /** The ticket's line on the certificate: only what the YAML knows. */
    String certificado() {
        if (!certificadoIntegrado) {
            return "pendente: ainda não integrado ao PEC";
        }
        if (certificadoValidade == null) {
            return "integrado ao PEC; validade não informada";
        }
        String ate = "válido até " + BrazilianDate.format(certificadoValidade);
        return certificadoVencido ? "não atendido: o certificado integrado ao PEC era " + ate
                : "atendido: integrado ao PEC, " + ate;
    }

    /** The checklist label of a prerequisite, or "" when the catalog has no such item. */
    private static String rotulo(Status s) {
        return s == null ? "" : s.rotulo();
    }

    private static boolean pending(Status s) {
        return s == Status.PENDENTE_ALTA || s == Status.PENDENTE_BAIXA;
    }
}
