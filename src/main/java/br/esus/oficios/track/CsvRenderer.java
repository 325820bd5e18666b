package br.esus.oficios.track;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV that Excel in Portuguese opens right with a double click: UTF-8 with BOM, {@code ;} as separator, CRLF line
 * ends, fields quoted per RFC 4180 when they hold {@code ;}, quotes or line breaks. One row per municipality × item,
 * in the order of the other views (most urgent municipality first, items in catalog order). Dates are dd/mm/aaaa;
 * {@code status} is the label a reader sees ("pendente (alta prioridade)"); {@code alerta} holds the warning text
 * when the document was sent but the YAML still says pending, or when its send is uncertain (then
 * {@code enviado_em} is empty: it is not known to have been sent). A field that starts with {@code = + - @}, a tab or a
 * carriage return gets an apostrophe before it, so Excel shows it as text instead of running it as a formula (a
 * phone "+55 …" in responsavel, a note "=…"). Invalid files have no rows (they are reported on stderr and make the
 * exit code 1). The last four columns repeat, on every row of a municipality, its PEC version, the day the version
 * was published (empty when {@code versoes-pec.yaml} lacks it), its age and its situation on the day the checklist
 * runs ("em dia", "sem suporte desde 14/11/2025", "dados rejeitados desde 01/01/2026", "dados rejeitados a partir de
 * 17/12/2026", "fora da tabela de versões"). When some municipality has a run of {@code conferir}, one more column,
 * {@code conferencia}, holds the latest result of each item it covers ("conferido em 06/12/2026: ok"); without
 * any, the columns stay as they were.
 */
final class CsvRenderer implements TextRenderer {
    static final List<String> COLUMNS = List.of("uf", "municipio", "grupo", "item", "titulo", "status", "data",
            "responsavel", "observacao", "enviado_em", "alerta", "versao_pec", "versao_publicada", "versao_idade",
            "versao_situacao");

    @Override
    public String text(ChecklistMatrix m) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        boolean checks = m.anyChecked();
        List<String> columns = new ArrayList<>(COLUMNS);
        if (checks) {
            columns.add(ViewPhrases.CHECK_COLUMN);
        }
        line(columns, sb);
        for (MunicipioProgress p : m.municipios()) {
            for (ItemState i : p.items()) {
                List<String> fields = new ArrayList<>(List.of(p.uf(), p.name(), i.item().grupo(), i.item().id(), nz(i.item().titulo()),
                        i.status().rotulo(), DateText.br(i.date()), nz(i.responsible()), nz(i.note()),
                        DateText.br(i.confirmedSentOn()), i.alert(), p.versao().versao().texto(),
                        p.versao().publicada() == null ? "" : DateText.br(p.versao().publicada().publicada()),
                        p.versao().age(), p.versao().text()));
                if (checks) {
                    fields.add(i.checkNote());
                }
                line(fields, sb);
            }
        }
        return sb.toString();
    }

    private static void line(List<String> fields, StringBuilder sb) {
        for (int f = 0; f < fields.size(); f++) {
            if (f > 0) {
                sb.append(';');
            }
            sb.append(quote(asText(fields.get(f))));
        }
        sb.append("\r\n");
    }

    /** The field with an apostrophe before it when Excel would read it as a formula (OWASP, CSV injection). */
    static String asText(String s) {
        if (s.isEmpty() || "=+-@\t\r".indexOf(s.charAt(0)) < 0) {
            return s;
        }
        return "'" + s;
    }

    /** RFC 4180: quote a field that holds the separator, a quote or a line break; double the quotes inside. */
    static String quote(String s) {
        if (s.indexOf(';') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
