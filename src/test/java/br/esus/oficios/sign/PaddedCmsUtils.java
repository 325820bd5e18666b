package br.esus.oficios.sign;
import eu.europa.esig.dss.cms.CMS;
import eu.europa.esig.dss.cms.object.CMSObjectUtils;
import eu.europa.esig.dss.cms.object.CMSSignedDataObject;
import eu.europa.esig.dss.spi.exception.IllegalInputException;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import java.io.ByteArrayInputStream;

/**
 * Test-scope shim: DSS 6.x (dss-cms-object) parses /Contents with new CMSSignedData(byte[]), which BouncyCastle >= 1.85
 * rejects when the CMS is followed by the zero padding of the /Contents placeholder ("Extra data detected in stream",
 * bcgit/bc-java#2360). Reading from a stream ignores the trailing bytes, as BC <= 1.84 did.
 * Registered in META-INF/services/eu.europa.esig.dss.cms.ICMSUtils ahead of dss-cms-object's (first on the class path wins).
 */
public class PaddedCmsUtils extends CMSObjectUtils {
  @Override public CMS parseToCMS(byte[] binaries) {
    try {
      return new CMSSignedDataObject(new CMSSignedData(new ByteArrayInputStream(binaries)));
    } catch (CMSException e) {
      throw new IllegalInputException("Not a valid CAdES file. Reason : " + e.getMessage(), e);
    }
  }
}
