package br.esus.oficios.sign;

/**
 * The ICP-Brasil signature policy a PAdES signature declares (DOC-ICP-15.03): its OID, the SHA-256 {@code
 * signPolicyHash} the policy file carries inside (not the hash of the {@code .der} file), and where the policy is
 * published.
 */
public record SignaturePolicy(String oid, String sha256Hex, String uri) {

    /** PA_PAdES_AD_RB v1.3, in force since 23/07/2025 (Instrução Normativa ITI nº 34/2025). */
    public static final SignaturePolicy AD_RB_V1_3 = new SignaturePolicy("2.16.76.1.7.1.11.1.3",
            "23e4be4b9b362172e4ebb0e72b86a133ece5aad843d8651c6e38a0ba3f08fc60",
            "http://politicas.icpbrasil.gov.br/PA_PAdES_AD_RB_v1_3.der");
}
