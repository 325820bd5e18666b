package br.esus.oficios.write.docx;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.write.WriteException;

/**
 * The page of the padrão ofício (MRPR3 5.2): A4, margins 3 / 1.5 / 2 / 2 cm, the letterhead on the first page only,
 * and the page number centred in the footer from the second page on.
 */
final class DocxPage {

    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    static final int MARGIN_LEFT = 1701;   // 3 cm
    static final int MARGIN_RIGHT = 851;   // 1.5 cm
    static final int MARGIN_TOP = 1134;    // 2 cm
    static final int MARGIN_BOTTOM = 1134; // 2 cm
    static final int HEADER_DISTANCE = 567; // 1 cm from the top edge
    static final int FOOTER_DISTANCE = 567; // 1 cm from the bottom edge: the footer sits in the bottom 2 cm
    /** The width of the text area, which tables fill. */
    static final int TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

    private DocxPage() {
    }

    static void setUp(XWPFDocument doc, DocMeta meta, Brasao brasao) throws WriteException {
        CTBody body = doc.getDocument().getBody();
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        mar.setTop(BigInteger.valueOf(MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        mar.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
        mar.setFooter(BigInteger.valueOf(FOOTER_DISTANCE));
        mar.setGutter(BigInteger.ZERO);

        // createHeader/createFooter(FIRST) also write <w:titlePg/>: the first page has its own header and footer.
        XWPFHeader firstHeader = doc.createHeader(HeaderFooterType.FIRST);
        XWPFFooter firstFooter = doc.createFooter(HeaderFooterType.FIRST);
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);

        if (meta.letterhead()) {
            if (brasao != null) {
                XWPFParagraph p = paragraph(firstHeader, DocxStyles.CABECALHO);
                try {
                    p.createRun().addPicture(new ByteArrayInputStream(brasao.bytes()), brasao.pictureType(),
                            brasao.fileName(), brasao.widthEmu(), Brasao.HEIGHT_EMU);
                } catch (InvalidFormatException | java.io.IOException e) {
                    throw new WriteException("não foi possível incluir o brasão no cabeçalho: " + e.getMessage(), e);
                }
            }
            for (String line : meta.headerLines()) {
                paragraph(firstHeader, DocxStyles.CABECALHO).createRun().setText(line);
            }
            reserveHeaderArea(firstHeader, brasao != null, meta.headerLines().size());
        }
        // An empty first header still needs a paragraph to be valid.
        if (firstHeader.getParagraphs().isEmpty()) {
            paragraph(firstHeader, DocxStyles.CABECALHO);
        }

        XWPFParagraph number = paragraph(footer, DocxStyles.RODAPE_NUMERO);
        CTSimpleField field = number.getCTP().addNewFldSimple();
        field.setInstr(" PAGE \\* MERGEFORMAT ");
        field.addNewR().addNewT().setStringValue("2");

        if (meta.letterhead()) {
            for (String line : meta.footerLines()) {
                paragraph(firstFooter, DocxStyles.RODAPE).createRun().setText(line);
                paragraph(footer, DocxStyles.RODAPE).createRun().setText(line);
            }
        }
        if (firstFooter.getParagraphs().isEmpty()) {
            paragraph(firstFooter, DocxStyles.RODAPE);
        }
    }

    /**
     * The padrão ofício's header area is the top 5 cm of the first page (Manual de Redação, 5.2), as in the PDF: the
     * space after the last header line makes Word and LibreOffice start the text at about 5 cm from the top edge.
     * Line heights are estimated (Calibri 12 pt single spacing is about 14.6 pt); the brasão is 2 cm high.
     */
    private static void reserveHeaderArea(XWPFHeader header, boolean withBrasao, int lines) {
        int used = HEADER_DISTANCE + (withBrasao ? Brasao.HEIGHT_TWIPS + LINE_TWIPS : 0) + lines * LINE_TWIPS;
        int after = Math.max(MIN_AFTER_HEADER, HEADER_AREA - used);
        List<XWPFParagraph> ps = header.getParagraphs();
        ps.get(ps.size() - 1).setSpacingAfter(after);
    }

    /** 5 cm. */
    static final int HEADER_AREA = 2835;
    static final int LINE_TWIPS = 292;
    static final int MIN_AFTER_HEADER = 360;

    /** The header's or footer's next paragraph (reusing the empty one POI may have created) in a style. */
    private static XWPFParagraph paragraph(XWPFHeaderFooter part, String style) {
        XWPFParagraph p;
        if (part.getParagraphs().size() == 1 && part.getParagraphs().get(0).getRuns().isEmpty()
                && part.getParagraphs().get(0).getStyle() == null
                && part.getParagraphs().get(0).getCTP().sizeOfFldSimpleArray() == 0) {
            p = part.getParagraphs().get(0);
        } else {
            p = part.createParagraph();
        }
        p.setStyle(style);
        return p;
    }
}
