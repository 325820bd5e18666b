package br.esus.oficios.write.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's verdict on a PDF, for the profiles every PDF of the tool declares: PDF/A-2a and PDF/UA-1. */
public final class VeraPdf {

    /** The profiles the tool's PDFs declare in their XMP and must pass. */
    public static final List<PDFAFlavour> DECLARED = List.of(PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1);

    private VeraPdf() {
    }

    /** The failed rules of the declared profiles, one a line ("UA1 7.1-3 message"); empty when the PDF passes. */
    public static String failures(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        StringBuilder all = new StringBuilder();
        for (PDFAFlavour flavour : DECLARED) {
            try (VeraPDFFoundry foundry = Foundries.defaultInstance();
                    PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), flavour);
                    PDFAValidator validator = foundry.createValidator(flavour, false)) {
                ValidationResult result = validator.validate(parser);
                if (!result.isCompliant()) {
                    all.append(result.getTestAssertions().stream()
                            .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                            .map(a -> flavour.getId() + " " + a.getRuleId().getClause() + "-"
                                    + a.getRuleId().getTestNumber() + " " + a.getMessage())
                            .distinct().collect(Collectors.joining("\n", "", "\n")));
                }
            }
        }
        return all.toString();
    }
}
