package br.esus.oficios.model;

/**
 * {@code govbr:}: GOV.BR login credentials. The secret itself never is in the YAML, only the name of the
 * environment variable that holds it.
 *
 * @param clientId null when the file leaves it out
 * @param clientSecretEnv never blank: {@link #SECRET_ENV_PADRAO} when the file leaves it out
 */
public record GovBr(String clientId, String clientSecretEnv) {
    public static final String SECRET_ENV_PADRAO = "GOVBR_CLIENT_SECRET";

    public GovBr {
        clientSecretEnv = clientSecretEnv == null || clientSecretEnv.isBlank() ? SECRET_ENV_PADRAO : clientSecretEnv;
    }
}
