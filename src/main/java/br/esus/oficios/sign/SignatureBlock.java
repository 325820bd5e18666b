package br.esus.oficios.sign;

import br.esus.oficios.model.BrazilianDate;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * What the visible signature says, as in SEI and the GOV.BR signer: who signed, with which certificate (its holder
 * and issuer), when (Brazilian time) and where to verify it; and its appearance stream.
 *
 * @param holder the certificate holder's name (without the CPF)
 * @param issuer the common name of the certificate's issuer
 * @param when the time claimed in the signature (/M)
 */
record SignatureBlock(String holder, String issuer, ZonedDateTime when) {
    static final String VERIFY = "Verifique em https://validar.iti.gov.br";
    static final float WIDTH = 300;
    static final float HEIGHT = 52;
    private static final float PADDING = 5;
    private static final float LEADING = 11;
    private static final float MIN_SIZE = 5;

    List<String> lines() {
        return List.of("Documento assinado digitalmente por " + holder,
                "Certificado de " + holder + ", emitido por " + issuer,
                "em " + BrazilianDate.dateTime(when) + " (horário de Brasília)",
                VERIFY);
    }

    /** The one sentence screen readers get (/TU of the field, /Alt of its structure element). */
    String description() {
        return "Assinatura digital de " + holder + ", certificado emitido por " + issuer + ", em "
                + BrazilianDate.dateTime(when) + " (horário de Brasília). " + VERIFY + ".";
    }

    PDAppearanceStream appearance(PDDocument doc, PDFont font) throws IOException {
        PDAppearanceStream ap = new PDAppearanceStream(doc);
        ap.setBBox(new PDRectangle(WIDTH, HEIGHT));
        ap.setResources(new PDResources());
        try (PDPageContentStream cs = new PDPageContentStream(doc, ap)) {
            cs.setStrokingColor(0.25f, 0.25f, 0.45f);
            cs.setLineWidth(0.7f);
            cs.addRect(0.5f, 0.5f, WIDTH - 1, HEIGHT - 1);
            cs.stroke();
            cs.setNonStrokingColor(0f, 0f, 0f);
            List<String> lines = lines();
            float y = HEIGHT - PADDING - 8;
            for (int i = 0; i < lines.size(); i++) {
                String text = drawable(font, lines.get(i));
                float size = fit(font, text, i == 0 ? 8.5f : 8f);
                cs.beginText();
                cs.setFont(font, size);
                cs.newLineAtOffset(PADDING + 1, y);
                cs.showText(text);
                cs.endText();
                y -= LEADING;
            }
        }
        return ap;
    }

    /** The largest size up to {@code size} at which the line fits the box. */
    private static float fit(PDFont font, String text, float size) throws IOException {
        float room = WIDTH - 2 * PADDING - 2;
        float width = font.getStringWidth(text) / 1000 * size;
        return width <= room ? size : Math.max(MIN_SIZE, size * room / width);
    }

    /** The text with any character the font cannot draw replaced by '?'. */
    private static String drawable(PDFont font, String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                sb.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                sb.append('?');
            }
        });
        return sb.toString();
    }
}
