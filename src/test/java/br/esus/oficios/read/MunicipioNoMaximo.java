package br.esus.oficios.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A valid municipality file with every field that has a maximum length ({@link FieldCatalog#maxLength}) at that maximum, built
 * from the field table itself: when a field or a limit changes, the file follows. The fields without a maximum (a
 * date, a CEP, a choice) take the table's example. Values are single words without a space (the hardest to lay out:
 * nowhere to break) or text with spaces, as asked.
 */
public final class MunicipioNoMaximo {

    /** The checklist items that get a responsible person and an observation at their maximum. */
    private static final List<String> ITENS = List.of("cenario", "backup", "dns_govbr");
    /** What the domain ends with: a BA gov.br domain. */
    private static final String FIM_DOMINIO = ".santoamaro.ba.gov.br";

    private final boolean espacos;
    private final int dominio;
    private final String ibge;
    private final Map<String, Integer> comprimentos = new LinkedHashMap<>();
    /** Every value written, by path ({@code pop.historico[0].descricao}), as in the file. */
    private final Map<String, String> valores = new LinkedHashMap<>();

    /**
     * @param espacos text with spaces (else one word per value)
     * @param dominio the length of {@code instalacao.dominio} (at most 253)
     * @param ibge a valid IBGE code of a municipality of BA (two files in one folder need two)
     */
    public MunicipioNoMaximo(boolean espacos, int dominio, String ibge) {
        this.espacos = espacos;
        this.dominio = dominio;
        this.ibge = ibge;
    }

    /** Gives the value at {@code path} {@code comprimento} characters instead of its maximum. */
    public MunicipioNoMaximo com(String path, int comprimento) {
        comprimentos.put(path, comprimento);
        return this;
    }

    /** The paths this file gives a value at its maximum (list items and checklist items with their index or id). */
    public static List<String> caminhosComMaximo() {
        MunicipioNoMaximo m = new MunicipioNoMaximo(false, FieldCatalog.MAX_DOMINIO, "2928604");
        m.yaml();
        return m.valores.keySet().stream().filter(p -> MunicipioFields.CATALOG.maxLength(p) > 0).toList();
    }

    public static int maximo(String path) {
        return MunicipioFields.CATALOG.maxLength(path);
    }

    /** The values written by the last {@link #yaml()}, by path. */
    public Map<String, String> valores() {
        return valores;
    }

    public String yaml() {
        valores.clear();
        StringBuilder y = new StringBuilder("# Todos os campos no tamanho máximo.\n");
        for (Field c : MunicipioFields.CATALOG.fields()) {
            String indent = "  ".repeat(c.level());
            if (c.isBlock()) {
                if (c.required() || MunicipioFields.CATALOG.fields().stream()
                        .anyMatch(f -> f.path().startsWith(c.path() + ".") && incluir(f))) {
                    y.append(indent).append(c.key()).append(":\n");
                }
                continue;
            }
            if (!incluir(c)) {
                continue;
            }
            switch (c.path()) {
                case "pop.distribuicao" -> {
                    y.append(indent).append("distribuicao:\n");
                    for (int i = 0; i < 2; i++) {
                        y.append(indent).append("  - ").append(q(valor(c.path() + "[" + i + "]", "distribuicao")))
                                .append('\n');
                    }
                }
                case "pop.historico" -> {
                    y.append(indent).append("historico:\n");
                    String[][] versoes = {{"1.0", "2026-10-20"}, {"1.1", "2026-11-23"}};
                    for (int i = 0; i < versoes.length; i++) {
                        y.append(indent).append("  - {versao: \"").append(versoes[i][0]).append("\", data: ")
                                .append(versoes[i][1]).append(", descricao: ")
                                .append(q(valor("pop.historico[" + i + "].descricao", "descricao"))).append("}\n");
                    }
                }
                case "pop.versao" -> y.append(indent).append("versao: \"1.1\"\n");
                case "municipio.codigo_ibge" -> y.append(indent).append("codigo_ibge: \"").append(ibge)
                        .append("\"\n");
                default -> {
                    String v = MunicipioFields.CATALOG.maxLength(c.path()) > 0 ? q(valor(c.path(), c.key())) : c.example();
                    y.append(indent).append(c.key()).append(": ").append(v).append('\n');
                }
            }
        }
        y.append("checklist:\n");
        for (String id : ITENS) {
            y.append("  ").append(id).append(": {status: pendente-alta, responsavel: ")
                    .append(q(valor("checklist." + id + ".responsavel", "responsavel"))).append(", observacao: ")
                    .append(q(valor("checklist." + id + ".observacao", "observacao"))).append("}\n");
        }
        return y.toString();
    }

    /**
     * Required fields, and the optional ones with a maximum; never the brasão (a file that would have to exist) nor
     * the gender (which must agree with the tratamento).
     */
    private static boolean incluir(Field c) {
        if (c.path().equals("prefeitura.brasao") || c.path().endsWith(".genero") || c.isBlock()) {
            return false;
        }
        return c.required() || MunicipioFields.CATALOG.maxLength(c.path()) > 0 || c.path().startsWith("pop.")
                || c.path().equals("orgao_dominio.cep") || c.path().equals("orgao_dominio.uf");
    }

    private String valor(String path, String chave) {
        int n = comprimentos.getOrDefault(path, MunicipioFields.CATALOG.maxLength(path));
        String v = switch (chave) {
            case "email" -> email(n);
            case "dominio" -> dominio(comprimentos.getOrDefault(path, dominio));
            case "url" -> comprimentos.containsKey(path)
                    ? preencher("https://" + dominio(dominio) + "/", n, "pagina")
                    : "https://" + dominio(dominio);
            case "site" -> preencher("https://saude.santoamaro.ba.gov.br/", n,
                    espacos ? "documentos-da-secretaria/" : "documentosdasecretaria");
            case "pasta" -> preencher("/opt/", n, espacos ? "e-SUS-APS/" : "eSUSAPSInstalacaoDoServidor");
            // A 0800 keeps what was typed (a DDD number would be written again, shorter): the value stays at its maximum.
            case "telefone" -> preencher("0800 724 1234", n, "-");
            case "sigla" -> preencher("SMS", n, "W");
            case "codigo" -> preencher("POP-TI-", n, "W");
            case "client_secret_env", "certificado_senha_env" -> preencher("GOVBR_", n, "SEGREDO_");
            case "client_id" -> preencher("esus-", n, "santoamaro-");
            default -> texto(n);
        };
        valores.put(path, v);
        return v;
    }

    /** A name, a cargo, an address: one long word, or words of a name, {@code n} characters. */
    private String texto(int n) {
        return espacos ? preencher("", n, "Conceição Wanderley de Albuquerque ")
                : preencher("", n, "ÃçãoWmwWanderleyAlbuquerque");
    }

    /** {@code inicio} and {@code bloco} over and over, {@code n} characters, never ending in a space. */
    private static String preencher(String inicio, int n, String bloco) {
        StringBuilder sb = new StringBuilder(inicio);
        while (sb.length() < n) {
            sb.append(bloco);
        }
        sb.setLength(n);
        if (sb.charAt(n - 1) == ' ') {
            sb.setCharAt(n - 1, 'x');
        }
        return sb.toString();
    }

    /** A domain of {@code n} characters under santoamaro.ba.gov.br, labels of at most 63. */
    static String dominio(int n) {
        return rotulos(n - FIM_DOMINIO.length(), 'e') + FIM_DOMINIO;
    }

    /** An e-mail of {@code n} characters: 64 before the @ (the most), the rest a domain. */
    private static String email(int n) {
        String local = preencher("", Math.min(FieldCatalog.MAX_EMAIL_LOCAL, n - 30), "ti.saude.");
        if (local.endsWith(".")) {
            local = local.substring(0, local.length() - 1) + "x";
        }
        return local + "@" + dominio(n - local.length() - 1);
    }

    /** {@code n} characters of labels of {@code letra}, at most 63 each, separated by dots. */
    private static String rotulos(int n, char letra) {
        List<String> labels = new ArrayList<>();
        int left = n;
        while (left > 0) {
            int len = Math.min(FieldCatalog.MAX_ROTULO, left);
            if (left - len == 1) {
                len--; // a label of 1 after the dot would leave none
            }
            labels.add(String.valueOf(letra).repeat(len));
            left -= len + 1;
        }
        return String.join(".", labels);
    }

    /** The value in double quotes for YAML. */
    private static String q(String v) {
        return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
