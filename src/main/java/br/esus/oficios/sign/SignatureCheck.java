package br.esus.oficios.sign;

import java.time.Instant;

/**
 * What was found about one signature of a PDF.
 *
 * @param subFilter e.g. {@code ETSI.CAdES.detached}
 * @param supported the SubFilter is a detached CMS this tool reads ({@code ETSI.CAdES.detached},
 *        {@code adbe.pkcs7.detached}); when false, nothing below is known
 * @param holder the holder's name ({@link CertificateNames#holder}), null when the CMS could not be read
 * @param issuer the issuer's common name
 * @param govBr the certificate was issued by the GOV.BR CA ("AC Final do Governo Federal do Brasil"): an advanced
 *        signature, not an ICP-Brasil one
 * @param when the signing time the signer claims (CMS signing-time, else the dictionary's /M); null when neither
 * @param certificateValidThen the certificate was within its validity at {@code when}
 * @param certificateFrom the start of the certificate's validity
 * @param certificateTo the end of the certificate's validity
 * @param byteRangeOk the byte range starts at 0 and leaves out exactly the signature's /Contents
 * @param coversFile the byte range runs to the end of the file
 * @param laterCovered bytes were added after this signature, and a later signature covers them (a second signature)
 * @param cmsOk the CMS verifies: the digest of the signed bytes matches and the signature value is right
 * @param cmsProblem why the CMS does not verify (null when it does)
 * @param generated the gerar-oficios content hash and document id in the XMP of the signed revision (null when
 *        the signature could not be placed in the file)
 * @param chain the chain to the trust anchors; null when none was given
 */
public record SignatureCheck(
        String subFilter, boolean supported, String holder, String issuer, boolean govBr, Instant when,
        boolean whenFromCms, boolean certificateValidThen, Instant certificateFrom, Instant certificateTo,
        boolean byteRangeOk, boolean coversFile, boolean laterCovered, boolean cmsOk, String cmsProblem,
        SignatureReader.XmpIds generated, TrustAnchors.Chain chain) {

    /** The gerar-oficios content hash of the signed revision, or null. */
    public String contentSha256() {
        return generated == null ? null : generated.contentSha256();
    }

    /** The gerar-oficios document id of the signed revision ({@code oficio-dominio}), or null. */
    public String documento() {
        return generated == null ? null : generated.documento();
    }

    /** The signed bytes are intact and nothing after them is unsigned: the digest matches over a sound range. */
    public boolean intact() {
        return supported && byteRangeOk && cmsOk && (coversFile || laterCovered);
    }

    /** Intact, with a certificate valid when it signed, and a chain to the anchors when they were given. */
    public boolean valid() {
        return intact() && certificateValidThen && (chain == null || chain.trusted());
    }

    /** Bytes were added after the signature and no later signature covers them. */
    public boolean alteredAfter() {
        return supported && byteRangeOk && !coversFile && !laterCovered;
    }
}
