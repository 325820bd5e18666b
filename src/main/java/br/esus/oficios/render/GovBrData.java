package br.esus.oficios.render;

import br.esus.oficios.model.GovBr;
import br.esus.oficios.model.Instalacao;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The template data {@code govbr}: the GOV.BR login's client id, its secret (from the environment variable the file
 * names, never from the file), and the addresses the PEC registers. A value left out becomes a marker the user sees
 * in application.properties, with a warning.
 */
final class GovBrData {

    static final String KEY = "govbr";
    static final String CLIENT_SECRET = "client_secret";
    static final String CLIENT_SECRET_DEFINIDO = "client_secret_definido";
    static final String CLIENT_SECRET_ENV = "client_secret_env";
    static final String CLIENT_ID_DEFINIDO = "client_id_definido";

    private GovBrData() {
    }

    static Map<String, Object> of(GovBr g, Instalacao i, Map<String, String> env) {
        String envName = g.clientSecretEnv();
        String secret = env.get(envName);
        boolean secretSet = secret != null && !secret.isEmpty();
        String clientId = g.clientId();
        boolean idSet = clientId != null && !clientId.isBlank();
        String base = "https://" + i.dominio();
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("client_id", idSet ? clientId : "PREENCHA-O-CLIENT-ID");
        x.put(CLIENT_ID_DEFINIDO, idSet);
        x.put(CLIENT_SECRET_ENV, envName);
        x.put(CLIENT_SECRET, secretSet ? secret : "DEFINA-A-VARIAVEL-" + envName);
        x.put(CLIENT_SECRET_DEFINIDO, secretSet);
        x.put("pagina_inicial", base);
        x.put("urls_retorno", List.of(base + "/login/oauth2/code/govbr", base + "/oauth2/code/govbr"));
        x.put("url_logout", base + "/logout");
        return x;
    }

    /** The model without {@code govbr.client_secret}: what every document except the properties file sees. */
    static Map<String, Object> withoutSecret(Map<String, Object> model) {
        if (!(model.get(KEY) instanceof Map<?, ?> govbr) || !govbr.containsKey(CLIENT_SECRET)) {
            return model;
        }
        Map<String, Object> copy = new LinkedHashMap<>(model);
        Map<Object, Object> g = new LinkedHashMap<>(govbr);
        g.remove(CLIENT_SECRET);
        copy.put(KEY, g);
        return copy;
    }

    /** What application.properties got a marker for, to tell the user. */
    static List<String> warnings(Map<String, Object> model) {
        List<String> w = new ArrayList<>();
        if (model.get(KEY) instanceof Map<?, ?> g) {
            if (Boolean.FALSE.equals(g.get(CLIENT_SECRET_DEFINIDO))) {
                w.add("variável de ambiente " + g.get(CLIENT_SECRET_ENV) + " não definida: application.properties"
                        + " ficou com um marcador no lugar do client-secret; defina-a e gere de novo");
            }
            if (Boolean.FALSE.equals(g.get(CLIENT_ID_DEFINIDO))) {
                w.add("govbr.client_id não preenchido: application.properties ficou com um marcador no lugar do"
                        + " client-id; preencha-o no arquivo do município e gere de novo");
            }
        }
        return w;
    }
}
