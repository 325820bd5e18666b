package br.esus.oficios.write.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * The numbering part of one document: one abstract definition for bullets, one for decimals (nine levels each),
 * and a new numbering instance for every list so that each ordered list starts at its own number; and one for the
 * ofício's paragraphs (MRPR3 5.1.6: "1." at the margin, the text's first line at 2.5 cm), so that a paragraph
 * inserted in Word is numbered and the next ones renumbered.
 */
final class DocxNumbering {

    static final BigInteger BULLETS = BigInteger.ONE;
    static final BigInteger DECIMALS = BigInteger.TWO;
    static final BigInteger PARAGRAPHS = BigInteger.valueOf(3);
    /** Where the text of a numbered paragraph starts: the 2.5 cm indent of the Texto style. */
    static final int PARAGRAPH_TEXT = 1418;
    /** Indent step per level, and the room for the bullet or number (0.63 cm, Word's default). */
    static final int STEP = 357;
    private static final String[] BULLET_GLYPHS = {"\u2022", "\u2013", "\u25AA"}; // • – ▪ (Calibri and Carlito)

    private final XWPFDocument doc;
    private XWPFNumbering numbering;
    private BigInteger paragraphs;

    DocxNumbering(XWPFDocument doc) {
        this.doc = doc;
    }

    /** A new list: returns its numId. Ordered lists restart at {@code start} on their level. */
    BigInteger newList(boolean ordered, int start, int level) {
        XWPFNumbering n = numbering();
        BigInteger numId = n.addNum(ordered ? DECIMALS : BULLETS);
        if (ordered) {
            CTNum num = n.getNum(numId).getCTNum();
            CTNumLvl override = num.addNewLvlOverride();
            override.setIlvl(BigInteger.valueOf(level));
            override.addNewStartOverride().setVal(BigInteger.valueOf(Math.max(0, start)));
        }
        return numId;
    }

    /**
     * The numbering of the ofício's numbered paragraphs, one for the whole document; the first paragraph gets
     * {@code first}.
     */
    BigInteger paragraphs(int first) {
        if (paragraphs == null) {
            XWPFNumbering n = numbering();
            n.addAbstractNum(new XWPFAbstractNum(paragraphsNum()));
            paragraphs = n.addNum(PARAGRAPHS);
            if (first != 1) {
                CTNumLvl override = n.getNum(paragraphs).getCTNum().addNewLvlOverride();
                override.setIlvl(BigInteger.ZERO);
                override.addNewStartOverride().setVal(BigInteger.valueOf(Math.max(0, first)));
            }
        }
        return paragraphs;
    }

    /** "1." at the left margin, then a tab to the 2.5 cm where the first line's text starts; no hanging indent. */
    private static CTAbstractNum paragraphsNum() {
        CTAbstractNum a = CTAbstractNum.Factory.newInstance();
        a.setAbstractNumId(PARAGRAPHS);
        a.addNewName().setVal("Parágrafos do ofício");
        CTLvl lvl = a.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
        lvl.addNewLvlText().setVal("%1.");
        lvl.addNewLvlJc().setVal(STJc.LEFT);
        CTPPrGeneral ppr = lvl.addNewPPr();
        CTTabStop tab = ppr.addNewTabs().addNewTab();
        tab.setVal(STTabJc.NUM);
        tab.setPos(BigInteger.valueOf(PARAGRAPH_TEXT));
        ppr.addNewInd().setLeft(BigInteger.ZERO);
        ppr.getInd().setFirstLine(BigInteger.ZERO);
        return a;
    }

    /** The left indent of the text of a list item at {@code level} (0-based). */
    static int textIndent(int level) {
        return STEP * (level + 1);
    }

    private XWPFNumbering numbering() {
        if (numbering == null) {
            numbering = doc.createNumbering();
            numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(BULLETS, false)));
            numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(DECIMALS, true)));
        }
        return numbering;
    }

    private static CTAbstractNum abstractNum(BigInteger id, boolean ordered) {
        CTAbstractNum a = CTAbstractNum.Factory.newInstance();
        a.setAbstractNumId(id);
        a.addNewName().setVal(ordered ? "Lista numerada" : "Lista com marcadores");
        for (int level = 0; level < 9; level++) {
            CTLvl lvl = a.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            if (ordered) {
                lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
                lvl.addNewLvlText().setVal("%" + (level + 1) + ".");
            } else {
                lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
                lvl.addNewLvlText().setVal(BULLET_GLYPHS[level % BULLET_GLYPHS.length]);
            }
            lvl.addNewLvlJc().setVal(STJc.LEFT);
            CTPPrGeneral ppr = lvl.addNewPPr();
            ppr.addNewInd().setLeft(BigInteger.valueOf(textIndent(level)));
            ppr.getInd().setHanging(BigInteger.valueOf(STEP));
            CTFonts fonts = lvl.addNewRPr().addNewRFonts();
            fonts.setAscii("Calibri");
            fonts.setHAnsi("Calibri");
            fonts.setCs("Calibri");
        }
        return a;
    }
}
