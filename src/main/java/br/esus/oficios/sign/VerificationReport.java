package br.esus.oficios.sign;

import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.model.BrazilianDate;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code verificar} prints about one file: a first line with the file and the verdict, then, for each
 * signature, who signed, with whose certificate, when, whether the certificate was valid then, whether the file was
 * changed after it, the chain to the trust anchors, and whether it is over the current document of the folder.
 */
public final class VerificationReport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.ROOT)
            .withZone(DocMeta.ZONE);

    private VerificationReport() {
    }

    /**
     * @param shown the file as the user gave it
     * @param generated the content hashes of the PDFs the tool wrote in the file's folder ({@link
     *        SignedCopies#generated}), without the file itself
     */
    public static List<String> lines(SignedPdf pdf, String shown, Map<String, SignatureReader.XmpIds> generated) {
        List<String> out = new ArrayList<>();
        if (pdf.unreadable() != null) {
            out.add(shown + ": ilegível: " + pdf.unreadable());
            return out;
        }
        if (pdf.signatures().isEmpty()) {
            out.add(shown + ": sem assinatura digital");
            return out;
        }
        int n = pdf.signatures().size();
        out.add(shown + ": " + verdict(pdf) + " (" + n + (n == 1 ? " assinatura)" : " assinaturas)"));
        int i = 1;
        for (SignatureCheck s : pdf.signatures()) {
            String head = "  assinatura " + i++ + (n == 1 ? "" : " de " + n) + ": ";
            if (!s.supported()) {
                out.add(head + "formato de assinatura não suportado (/SubFilter " + s.subFilter() + "); não foi "
                        + "verificada");
                continue;
            }
            if (s.holder() == null) {
                out.add(head + "não foi possível verificar: " + s.cmsProblem());
                continue;
            }
            out.add(head + s.holder() + ", certificado emitido por " + s.issuer()
                    + (s.govBr() ? " (assinador GOV.BR: assinatura eletrônica avançada, não ICP-Brasil)" : ""));
            out.add("    quando: " + (s.when() == null ? "a assinatura não diz"
                    : TIME.format(s.when()) + " (horário de Brasília; declarado por quem assinou, "
                            + (s.whenFromCms() ? "no CMS" : "no PDF") + ", sem carimbo de tempo)"));
            out.add("    certificado: " + (s.certificateValidThen() ? "válido" : "NÃO era válido")
                    + " na data da assinatura (validade de " + BrazilianDate.day(s.certificateFrom()) + " a "
                    + BrazilianDate.day(s.certificateTo()) + ")");
            out.add("    integridade: " + integrity(s));
            out.add("    cadeia: " + (s.chain() == null ? "não verificada: nenhuma âncora de confiança informada "
                    + "(--confianca PASTA)" : s.chain().trusted() ? "confiável (até " + s.chain().detail() + ")"
                    : "NÃO confiável: " + s.chain().detail()));
            out.add("    documento: " + document(s, generated));
        }
        return out;
    }

    private static String verdict(SignedPdf pdf) {
        if (pdf.valid()) {
            return "assinado";
        }
        if (pdf.signatures().stream().anyMatch(SignatureCheck::alteredAfter)) {
            return "ALTERADO DEPOIS DE ASSINAR";
        }
        if (pdf.signatures().stream().anyMatch(s -> !s.supported())) {
            return "assinatura em formato não suportado";
        }
        return "assinatura INVÁLIDA";
    }

    private static String integrity(SignatureCheck s) {
        if (!s.cmsOk()) {
            return "NÃO confere: " + s.cmsProblem();
        }
        if (s.coversFile()) {
            return "íntegra; cobre o arquivo inteiro";
        }
        if (s.laterCovered()) {
            return "íntegra; o que veio depois está coberto por uma assinatura posterior";
        }
        return "ALTERADO DEPOIS DE ASSINAR: o arquivo tem mudanças depois desta assinatura que nenhuma assinatura "
                + "cobre";
    }

    private static String document(SignatureCheck s, Map<String, SignatureReader.XmpIds> generated) {
        if (!s.cmsOk()) {
            return "não comparado: a parte assinada não confere";
        }
        if (s.contentSha256() == null) {
            return "sem o resumo do conteúdo do gerar-oficios: não dá para dizer se é o documento atual";
        }
        for (Map.Entry<String, SignatureReader.XmpIds> e : generated.entrySet()) {
            if (e.getValue().contentSha256().equals(s.contentSha256())) {
                return (s.alteredAfter() ? "a versão assinada tinha " : "") + "o mesmo conteúdo de " + e.getKey()
                        + " desta pasta (o documento atual, se ele foi gerado depois da última mudança no YAML)";
            }
        }
        for (Map.Entry<String, SignatureReader.XmpIds> e : generated.entrySet()) {
            if (s.documento() != null && s.documento().equals(e.getValue().documento())) {
                return "DESATUALIZADO: não é o conteúdo atual de " + e.getKey() + " desta pasta (o documento mudou "
                        + "depois de assinado)";
            }
        }
        return (s.documento() == null ? "gerado pelo gerar-oficios" : s.documento() + " do gerar-oficios")
                + "; a pasta não tem esse documento gerado para comparar (a cópia assinada fica na pasta de saída "
                + "do município, <saida>/<uf>-<municipio>/)";
    }
}
