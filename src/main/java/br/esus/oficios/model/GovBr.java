package br.esus.oficios.model;

/**
 * {@code govbr:}: GOV.BR login credentials. The secret itself never is in the YAML, only the name of the
 * environment variable that holds it.
 */
public record GovBr(String clientId, String clientSecretEnv) {
    public static final String SECRET_ENV_PADRAO = "GOVBR_CLIENT_SECRET";
}
