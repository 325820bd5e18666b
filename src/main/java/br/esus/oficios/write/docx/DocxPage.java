package br.esus.oficios.write.docx;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.doc.ImageFormat;
import br.esus.oficios.write.Brasao;
import br.esus.oficios.write.PageFooter;
import br.esus.oficios.write.WriteException;

/**
 * The page of the padrão ofício (MRPR3 5.2): A4, margins 3 / 1.5 / 2 / 2 cm, the letterhead on the first page only,
 * and the page number centred in the footer from the second page on. Header and footer sit where the PDF puts
 * them: the letterhead from the 2 cm top margin down, in a box at least 3 cm high followed by 6 pt, so the text starts
 * at 5 cm (the Manual's header area) plus 6 pt; the footer from the top of the bottom 2 cm, 4 pt below it.
 */
final class DocxPage {

    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    static final int MARGIN_LEFT = 1701;   // 3 cm
    static final int MARGIN_RIGHT = 851;   // 1.5 cm
    static final int MARGIN_TOP = 1134;    // 2 cm
    static final int MARGIN_BOTTOM = 1134; // 2 cm
    /** The letterhead starts at the top margin, as in the PDF (where it is the first thing in the page's body). */
    static final int HEADER_DISTANCE = MARGIN_TOP;
    /** The width of the text area, which tables fill. */
    static final int TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

    /** The letterhead box: at least 3 cm high (PdfMeasures.LETTERHEAD_MIN_HEIGHT), so with the top margin 5 cm. */
    static final int HEADER_BOX = 1701;
    /** Height of the brasão on the page: 1.6 cm (PdfMeasures.BRASAO_HEIGHT), in EMU (1 cm = 360 000 EMU). */
    static final int BRASAO_HEIGHT_EMU = 576_000;

    /** Footer heights, from styles.xml (exact line heights): the PDF's space above the footer, 4 pt (PageFooter.PADDING). */
    static final int FOOTER_PADDING = 80;
    /** A footer line (Rodape): 9 pt × 1.15. */
    static final int FOOTER_LINE = 207;
    /** The page number (RodapeNumero): 12 pt × 1.1, and 2 pt below. */
    static final int FOOTER_NUMBER = 264 + 40;

    private DocxPage() {
    }

    static void setUp(XWPFDocument doc, DocMeta meta, Brasao brasao) throws WriteException {
        List<String> footerLines = meta.letterhead() ? meta.footerLines() : List.of();
        // Word hangs a footer from its distance to the bottom edge, LibreOffice from the top of the bottom margin:
        // both footers are made exactly as high as the bottom margin minus the footer distance, so they agree and
        // the first line is 4 pt below the top of the bottom 2 cm, as in the PDF. A line too long for the page
        // (a long address, e-mail or site) wraps, and the bottom margin grows as the PDF's does (PageFooter), so
        // that the footer never reaches the edge of the paper.
        int lines = PageFooter.lines(footerLines);
        int footerHeight = FOOTER_PADDING + FOOTER_NUMBER + lines * FOOTER_LINE;
        int marginBottom = Math.max(MARGIN_BOTTOM, (int) Math.ceil(PageFooter.margin(footerLines, true) * 20));
        int footerDistance = Math.max(0, marginBottom - footerHeight);

        CTBody body = doc.getDocument().getBody();
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        mar.setTop(BigInteger.valueOf(MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(marginBottom));
        mar.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
        mar.setFooter(BigInteger.valueOf(footerDistance));
        mar.setGutter(BigInteger.ZERO);

        // createFooter(FIRST) also writes <w:titlePg/>: the first page has its own footer (and header).
        XWPFFooter firstFooter = doc.createFooter(HeaderFooterType.FIRST);
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);

        if (meta.letterhead()) {
            letterhead(doc.createHeader(HeaderFooterType.FIRST), meta, brasao);
        }
        // Without a letterhead there is no first-page header at all: an empty one would still push the text down.

        XWPFParagraph number = paragraph(footer, DocxStyles.RODAPE_NUMERO);
        CTSimpleField field = number.getCTP().addNewFldSimple();
        field.setInstr(" PAGE \\* MERGEFORMAT ");
        field.addNewR().addNewT().setStringValue("2");
        for (String line : footerLines) {
            paragraph(firstFooter, DocxStyles.RODAPE).createRun().setText(line);
            paragraph(footer, DocxStyles.RODAPE).createRun().setText(line);
        }
        if (firstFooter.getParagraphs().isEmpty()) {
            paragraph(firstFooter, DocxStyles.RODAPE);
        }
        fill(firstFooter, footerHeight, FOOTER_PADDING + Math.max(1, lines) * FOOTER_LINE);
        fill(footer, footerHeight, FOOTER_PADDING + FOOTER_NUMBER + lines * FOOTER_LINE);
    }

    /** The 4 pt above the footer's first line, and below its last line what it takes to be {@code height} high. */
    private static void fill(XWPFFooter footer, int height, int used) {
        List<XWPFParagraph> ps = footer.getParagraphs();
        ps.get(0).setSpacingBefore(FOOTER_PADDING);
        int rest = height - used;
        if (rest > 0) {
            XWPFParagraph last = ps.get(ps.size() - 1);
            last.setSpacingAfter(rest + (last.getStyle().equals(DocxStyles.RODAPE_NUMERO) ? 40 : 0));
        }
    }

    /**
     * The first-page letterhead, centred: the brasão (1.6 cm high, then 4 pt) and the organ names, in a borderless
     * one-cell table whose row is at least 3 cm high (the PDF's letterhead), then 6 pt. Word and LibreOffice
     * start the text right below it: at 5 cm from the top edge plus 6 pt, as the PDF does, with or without a brasão.
     */
    private static void letterhead(XWPFHeader header, DocMeta meta, Brasao brasao) throws WriteException {
        XWPFTable table = header.createTable(1, 1);
        for (XWPFParagraph p : List.copyOf(header.getParagraphs())) {
            header.removeParagraph(p); // a paragraph POI put before the table
        }
        boxProperties(table);
        XWPFTableRow row = table.getRow(0);
        row.setHeight(HEADER_BOX);
        row.setHeightRule(TableRowHeightRule.AT_LEAST);
        row.setCantSplitRow(true);
        XWPFTableCell cell = row.getCell(0);
        CTTblWidth w = cell.getCTTc().isSetTcPr() && cell.getCTTc().getTcPr().isSetTcW()
                ? cell.getCTTc().getTcPr().getTcW()
                : (cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr()).addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(TEXT_WIDTH));
        boolean first = true;
        if (brasao != null) {
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setStyle(DocxStyles.CABECALHO_BRASAO);
            try {
                boolean png = brasao.format() == ImageFormat.PNG;
                p.createRun().addPicture(new ByteArrayInputStream(brasao.bytes()),
                        png ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG, png ? "brasao.png" : "brasao.jpg",
                        brasaoWidthEmu(brasao), BRASAO_HEIGHT_EMU);
                describe(p.getRuns().get(p.getRuns().size() - 1), meta.brasaoAltText());
            } catch (InvalidFormatException | java.io.IOException e) {
                throw new WriteException("não foi possível incluir o brasão no cabeçalho: " + e.getMessage(), e);
            }
            first = false;
        }
        for (String line : meta.headerLines()) {
            XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
            first = false;
            p.setStyle(DocxStyles.CABECALHO);
            p.createRun().setText(line);
        }
        if (first) {
            cell.getParagraphs().get(0).setStyle(DocxStyles.CABECALHO);
        }
        header.createParagraph().setStyle(DocxStyles.CABECALHO_FIM);
    }

    /** The picture's description (Word's alt text) in both places Word and LibreOffice read it. */
    private static void describe(XWPFRun run, String text) {
        var inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setDescr(text);
        inline.getDocPr().setName(text);
        for (XWPFPicture pic : run.getEmbeddedPictures()) {
            pic.getCTPicture().getNvPicPr().getCNvPr().setDescr(text);
        }
    }

    private static void boxProperties(XWPFTable table) {
        DocxTable.properties(table.getCTTbl(), TEXT_WIDTH, border -> border.setVal(STBorder.NONE), 0, 0);
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        grid.addNewGridCol().setW(BigInteger.valueOf(TEXT_WIDTH));
    }

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

    /** Width of the brasão on the page in EMU, keeping its aspect ratio at {@link #BRASAO_HEIGHT_EMU}. */
    private static int brasaoWidthEmu(Brasao brasao) {
        return (int) Math.round((double) BRASAO_HEIGHT_EMU * brasao.width() / Math.max(1, brasao.height()));
    }
}
