package br.esus.oficios.sign;

import br.esus.oficios.doc.PageGeometry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where the visible signature goes on the last page: under the last line of text, which in the ofício is the
 * signatário's cargo (the block is then centred under it), in the room left before the footer. The footer lives in
 * the bottom margin (2 cm, PageGeometry), which the block never enters.
 */
final class SignaturePlace {
    /** {@link PageGeometry#BOTTOM_MARGIN}, as PDFBox's coordinates are floats: the footer is there. */
    static final float BOTTOM_MARGIN = (float) PageGeometry.BOTTOM_MARGIN;
    /** Space between the last line (the cargo) and the block. */
    static final float GAP = 6;

    private SignaturePlace() {
    }

    /** A line of text on the page, in PDF coordinates (origin bottom left). */
    record Line(String text, float left, float right, float top, float bottom) {
        String squeezed() {
            return text.replaceAll("\\s+", "");
        }
    }

    /**
     * @param anchorText the signatário's cargo, or null: when it is the last line of the page (the ofício's
     *        signature area), the block is centred under it; otherwise it goes under the last line, centred on the text
     * @return the block's rectangle, or null when the page has no room for it under the last line
     */
    static PDRectangle find(PDDocument doc, int pageIndex, String anchorText, float width, float height)
            throws IOException {
        PDRectangle media = doc.getPage(pageIndex).getMediaBox();
        List<Line> body = lines(doc, pageIndex).stream().filter(l -> l.top() > BOTTOM_MARGIN + 1).toList();
        float center = (float) (PageGeometry.LEFT_MARGIN + PageGeometry.TEXT_WIDTH / 2); // the text's centre
        float top = media.getHeight() - BOTTOM_MARGIN;
        if (!body.isEmpty()) {
            Line last = body.get(body.size() - 1);
            top = last.bottom() - GAP;
            if (anchorText != null && last.squeezed().equals(anchorText.replaceAll("\\s+", ""))) {
                center = (last.left() + last.right()) / 2;
            }
        }
        if (top - BOTTOM_MARGIN < height) {
            return null;
        }
        float x = Math.max(0, Math.min(center - width / 2, media.getWidth() - width));
        return new PDRectangle(x, top - height, width, height);
    }

    /** The page's lines, top to bottom: characters grouped by their baseline. */
    static List<Line> lines(PDDocument doc, int pageIndex) throws IOException {
        List<TextPosition> positions = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                positions.add(text);
            }
        };
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        stripper.getText(doc);
        TreeMap<Integer, List<TextPosition>> byBaseline = new TreeMap<>();
        for (TextPosition p : positions) {
            byBaseline.computeIfAbsent(Math.round(p.getYDirAdj()), k -> new ArrayList<>()).add(p);
        }
        List<Line> lines = new ArrayList<>();
        for (List<TextPosition> ps : byBaseline.values()) {
            ps.sort((a, b) -> Float.compare(a.getXDirAdj(), b.getXDirAdj()));
            StringBuilder sb = new StringBuilder();
            float left = Float.MAX_VALUE;
            float right = -Float.MAX_VALUE;
            float top = -Float.MAX_VALUE;
            float bottom = Float.MAX_VALUE;
            for (TextPosition p : ps) {
                sb.append(p.getUnicode());
                float baseline = p.getPageHeight() - p.getYDirAdj();
                left = Math.min(left, p.getXDirAdj());
                right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                top = Math.max(top, baseline + p.getHeightDir());
                bottom = Math.min(bottom, baseline - p.getFontSizeInPt() * 0.25f);
            }
            lines.add(new Line(sb.toString(), left, right, top, bottom));
        }
        return lines;
    }
}
