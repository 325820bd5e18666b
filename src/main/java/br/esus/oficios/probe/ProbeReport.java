package br.esus.oficios.probe;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code conferir} prints: the table municipality × check, the reasons of what failed or was not checked, the
 * warnings, and the disagreements with the YAML, each line naming the municipality and the check or item as the
 * checklist's alerts do ("SE Itabaiana — https: ...").
 */
public final class ProbeReport {
    static final String MUNICIPIO = "Município";
    static final String REASONS = "Motivos";
    static final String WARNINGS = "Avisos";
    static final String DISAGREEMENTS = "Divergências com o YAML";
    static final String NO_DISAGREEMENT = "Nenhuma divergência com o YAML.";

    private ProbeReport() {
    }

    /** Every line, in order. */
    public static List<String> lines(ProbeRun.Result.Done done) {
        List<String> out = new ArrayList<>(table(done));
        List<String> reasons = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (ProbeRun.MunicipioResult m : done.municipios()) {
            for (Observation o : m.run().observations()) {
                if (o.outcome() != Outcome.PASSED) {
                    reasons.add(new ProbeRun.Line(m.label(), o.check().label(), o.outcome().label() + ": "
                            + o.reason()).toString());
                }
                o.warnings().forEach(w -> warnings.add(new ProbeRun.Line(m.label(), o.check().label(), w)
                        .toString()));
            }
        }
        section(REASONS, reasons, out);
        section(WARNINGS, warnings, out);
        List<ProbeRun.Line> disagreements = done.disagreements();
        out.add("");
        if (disagreements.isEmpty()) {
            out.add(NO_DISAGREEMENT);
        } else {
            out.add(DISAGREEMENTS + " (" + disagreements.size() + ")");
            disagreements.forEach(l -> out.add("  " + l));
        }
        return out;
    }

    /** "Município  dns  https  http  pec", a rule, and one row per municipality. */
    static List<String> table(ProbeRun.Result.Done done) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(MUNICIPIO));
        for (Check c : Check.values()) {
            header.add(c.label());
        }
        rows.add(header);
        for (ProbeRun.MunicipioResult m : done.municipios()) {
            List<String> row = new ArrayList<>(List.of(m.label()));
            for (Check c : Check.values()) {
                row.add(m.of(c).map(o -> o.outcome().label()).orElse("—"));
            }
            rows.add(row);
        }
        int[] w = new int[header.size()];
        rows.forEach(r -> {
            for (int i = 0; i < r.size(); i++) {
                w[i] = Math.max(w[i], r.get(i).codePointCount(0, r.get(i).length()));
            }
        });
        List<String> out = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            StringBuilder sb = new StringBuilder();
            List<String> r = rows.get(k);
            for (int i = 0; i < r.size(); i++) {
                sb.append(i == 0 ? "" : "  ").append(r.get(i))
                        .append(" ".repeat(w[i] - r.get(i).codePointCount(0, r.get(i).length())));
            }
            out.add(sb.toString().stripTrailing());
            if (k == 0) {
                int total = 0;
                for (int x : w) {
                    total += x;
                }
                out.add("─".repeat(total + 2 * (w.length - 1)));
            }
        }
        return out;
    }

    private static void section(String title, List<String> lines, List<String> out) {
        if (lines.isEmpty()) {
            return;
        }
        out.add("");
        out.add(title);
        lines.forEach(l -> out.add("  " + l));
    }

    /** The last line: how many municipalities, disagreements and checks not made. */
    public static String summary(ProbeRun.Result.Done done) {
        int n = done.municipios().size();
        int d = done.disagreements().size();
        long nc = done.notChecked();
        return n + (n == 1 ? " município conferido: " : " municípios conferidos: ")
                + (d == 0 ? "nenhuma divergência" : d + (d == 1 ? " divergência" : " divergências")) + " com o YAML"
                + (nc == 0 ? "" : "; " + nc + (nc == 1 ? " verificação não conferida" : " verificações não conferidas"))
                + ".";
    }
}
