package br.esus.oficios.write.pdf;

import br.esus.oficios.doc.Block;
import br.esus.oficios.doc.ColumnStyle;
import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.doc.Inline;
import br.esus.oficios.doc.PageGeometry;
import br.esus.oficios.doc.ParagraphStyle;
import br.esus.oficios.doc.Shell;
import br.esus.oficios.write.Brasao;
import br.esus.oficios.write.MarkDrawing;
import br.esus.oficios.write.PageFooter;
import br.esus.oficios.write.WriteException;
import br.esus.oficios.write.TableWidths;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes a {@link Doc} straight to a tagged PDF (PDF/A-2a, PDF/UA-1) with PDFBox: the blocks become items (a line
 * of text, a slice of a code box, a table row), laid out with the measures of {@link PdfMeasures}; lines are broken
 * greedily where {@link PlainLineBreaker} allows, pages between items, going back over the items that keep with the
 * next (a paragraph's first and last two lines, headings, the fecho with the signature and the lines before it, a
 * code box, a table row, a section printed whole). Each item is drawn in its structure element's marked content
 * (the rest as artifacts), links get their annotation and Link element, top-level headings the outline. One per
 * thread: its fonts and caches are not shared.
 */
final class Typesetter {

    static final float CM = PdfMeasures.CM;
    static final float PAGE_H = PDRectangle.A4.getHeight();
    static final float TOP = (float) PageGeometry.TOP_MARGIN;
    static final float LEFT = (float) PageGeometry.LEFT_MARGIN;
    static final float WIDTH = (float) PageGeometry.TEXT_WIDTH;
    static final float BODY = PdfMeasures.BODY_SIZE;
    static final float CODE_SIZE = PdfMeasures.CODE.size();
    static final float CODE_LEADING = PdfMeasures.CODE.leading();
    static final float CODE_RULE = PdfMeasures.CODE_RULE;
    static final float CODE_PAD_X = PdfMeasures.CODE_PAD_X;
    static final float CODE_PAD_Y = PdfMeasures.CODE_PAD_Y;
    static final float TABLE_SIZE = PdfMeasures.TABLE.size();
    static final float TABLE_LEADING = PdfMeasures.TABLE.leading();
    static final float CELL_PAD_Y = PdfMeasures.CELL_PAD_Y;
    static final float CELL_PAD_X = PdfMeasures.CELL_PAD_X;
    static final float TABLE_BEFORE = PdfMeasures.TABLE.before();
    static final float TABLE_AFTER = PdfMeasures.TABLE.after();
    static final float SIGNING_ROW = PdfMeasures.SIGNING_ROW;
    /** The most leading spaces a wrapped code line's continuation follows (further in, it would leave no room). */
    static final int MAX_CODE_INDENT = 16;

    private final Faces faces;
    private final TextLayout text;
    private final byte[] srgb;
    /** The brasões of the last few municipalities, ready to embed (a batch of thousands does not keep them all). */
    private final BoundedCache<Path, byte[]> brasaoPng = new BoundedCache<>(BRASOES_KEPT, path -> {
        try {
            return Brasao.read(path).printable();
        } catch (WriteException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
    });
    static final int BRASOES_KEPT = 16;

    /** Made by PdfWriter, which has set the libraries up first (QuietLibraries). */
    Typesetter(FontChoice fonts) {
        this.faces = new Faces(fonts);
        this.text = new TextLayout(faces);
        this.srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    /** One line box (or an unbreakable box) of the flow, with what it needs to be drawn. */
    private static final class Item {
        final float spaceBefore;
        final float height;
        /** Goes on the page of the next item: a line of a paragraph's first or last two, a heading, a table row. */
        boolean keepWithNext;
        /**
         * Goes on the page of the next item when the whole group fits a page: a code box, a section printed whole,
         * a list item with code, the fecho and signatures with no paragraph before them.
         */
        boolean keepInGroup;

        boolean keeps(boolean groups) {
            return keepWithNext || groups && keepInGroup;
        }

        /** The height of the header rows repeated above it when it starts a page (0 when none). */
        float headerHeight() {
            float h = 0;
            if (header != null) {
                for (Item row : header) {
                    h += row.height;
                }
            }
            return h;
        }
        /** A table row's header rows, repeated (as artifacts) at the top of a page the row starts. */
        List<Item> header;
        /** A slice of a table row (its lines from, to): the slices of a row on one page are drawn as one. */
        RowPainter row;
        int from;
        int to;
        /** Where it was drawn: the page's index and the distance from the top of the paper. */
        int page;
        float top;
        final Painter painter;

        Item(float spaceBefore, float height, Painter painter) {
            this.spaceBefore = spaceBefore;
            this.height = height;
            this.painter = painter;
        }
    }

    private interface Painter {
        void paint(Canvas c, float top) throws IOException;
    }

    /** Draws the lines {@code from} to {@code to} of a table row, its cells one after the other. */
    private interface RowPainter {
        void paint(Canvas c, float top, int from, int to) throws IOException;
    }

    /** A page being drawn: its content stream and its marked contents (MCID → structure element). */
    private static final class Canvas {
        final PDPage page;
        final PDPageContentStream cs;
        final Faces.Loaded fonts;
        final List<PDStructureElement> parents = new ArrayList<>();

        Canvas(PDPage page, PDPageContentStream cs, Faces.Loaded fonts, Links links) {
            this.page = page;
            this.cs = cs;
            this.fonts = fonts;
            this.links = links;
        }

        boolean repeating;
        /** The structure element whose marked content is open, or null (an artifact). */
        PDStructureElement owner;
        final Links links;

        void tagged(PDStructureElement e) throws IOException {
            if (repeating) {
                artifact(true);
                return;
            }
            owner = e;
            int mcid = parents.size();
            parents.add(e);
            COSDictionary props = new COSDictionary();
            props.setInt(COSName.MCID, mcid);
            if (e.getPage() == null) {
                e.setPage(page);
            }
            if (e.getPage().getCOSObject() == page.getCOSObject()) {
                // on the element's own page (/Pg): the MCID alone, as most writers do
                e.appendKid(PDMarkedContent.create(COSName.P, props));
            } else {
                PDMarkedContentReference ref = new PDMarkedContentReference();
                ref.setMCID(mcid);
                ref.setPage(page);
                e.appendKid(ref);
            }
            cs.beginMarkedContent(COSName.getPDFName(e.getStructureType()), PDPropertyList.create(props));
        }

        void artifact(boolean pagination) throws IOException {
            owner = null;
            COSDictionary props = new COSDictionary();
            if (pagination) {
                props.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
            }
            cs.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(props));
        }

        void end() throws IOException {
            cs.endMarkedContent();
        }

        /**
         * Draws {@code drawing} (a status mark) as a Span of the element being drawn, with {@code label} as its
         * alternative text: a screen reader says "concluído" or "a marcar" where the eye sees the mark.
         */
        void described(String label, Drawing drawing) throws IOException {
            inChild(parent -> {
                PDStructureElement span = new PDStructureElement("Span", parent);
                span.setAlternateDescription(label);
                parent.appendKid(span);
                return span;
            }, drawing);
        }

        /**
         * Draws {@code drawing} as (part of) {@code link}: its own marked content in the link's structure element (a
         * child of the element being drawn), and a link annotation over {@code area}.
         */
        void link(TextLayout.Link link, PDRectangle area, Drawing drawing) throws IOException {
            PDStructureElement element = inChild(parent -> links.element(link, parent), drawing);
            if (element != null) {
                links.annotate(page, link, area, element);
            }
        }

        /**
         * Draws {@code drawing} in a marked-content sequence of its own, in the element {@code child} gives for the
         * element being drawn, which goes on after it; returns that element. An artifact (a footer, a repeated
         * header row) is drawn as it is, not read nor clicked: then null.
         */
        private PDStructureElement inChild(java.util.function.UnaryOperator<PDStructureElement> child,
                Drawing drawing) throws IOException {
            PDStructureElement parent = owner;
            if (repeating || parent == null) {
                drawing.draw();
                return null;
            }
            end();
            PDStructureElement element = child.apply(parent);
            tagged(element);
            drawing.draw();
            end();
            tagged(parent);
            return element;
        }
    }

    /** Drawing that may throw, run in a marked-content sequence of its own. */
    private interface Drawing {
        void draw() throws IOException;
    }

    /** The links of one document: one structure element each, and their annotations. */
    private static final class Links {
        final Map<TextLayout.Link, PDStructureElement> elements = new java.util.IdentityHashMap<>();
        final List<PDAnnotationLink> annotations = new ArrayList<>();
        final List<PDStructureElement> owners = new ArrayList<>();

        PDStructureElement element(TextLayout.Link link, PDStructureElement parent) {
            return elements.computeIfAbsent(link, l -> {
                PDStructureElement e = new PDStructureElement("Link", parent);
                parent.appendKid(e);
                return e;
            });
        }

        void annotate(PDPage page, TextLayout.Link link, PDRectangle area, PDStructureElement element)
                throws IOException {
            PDAnnotationLink a = new PDAnnotationLink();
            a.setRectangle(area);
            PDBorderStyleDictionary border = new PDBorderStyleDictionary();
            border.setWidth(0);
            a.setBorderStyle(border);
            PDActionURI action = new PDActionURI();
            action.setURI(link.url);
            a.setAction(action);
            a.setPage(page);
            page.getAnnotations().add(a);
            page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
            PDObjectReference ref = new PDObjectReference();
            ref.setReferencedObject(a);
            ref.setPage(page);
            element.appendKid(ref);
            annotations.add(a);
            owners.add(element);
        }
    }

    /** The PDF, with the characters no font had (drawn as "#"). */
    record Result(byte[] bytes, List<Integer> missing) {
    }

    Result write(Doc doc) throws IOException {
        text.startDocument();
        try (PDDocument pd = new PDDocument()) {
            PDStructureTreeRoot root = new PDStructureTreeRoot();
            pd.getDocumentCatalog().setStructureTreeRoot(root);
            PDStructureElement document = new PDStructureElement("Document", root);
            root.appendKid(document);
            Flow flow = new Flow(pd, document, doc.meta(), doc.blocks());
            flow.document(doc);
            List<int[]> pages = paginate(flow.items, doc.meta());
            paint(pd, flow.items, pages, doc.meta(), root);
            outline(pd, flow.headings);

            PDMarkInfo mark = new PDMarkInfo();
            mark.setMarked(true);
            pd.getDocumentCatalog().setMarkInfo(mark);
            PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
            prefs.setDisplayDocTitle(true);
            pd.getDocumentCatalog().setViewerPreferences(prefs);
            PdfA2b.finish(pd, srgb);
            PdfMetadata.write(pd, doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            pd.save(out);
            return new Result(XrefSelfEntry.add(out.toByteArray()), text.missing());
        }
    }

    /** A heading of the document's top level, for the outline: its level, text and first line. */
    private record Bookmark(int level, String title, Item first) {
    }

    /** The fewest headings for which an outline helps (the ofício has none). */
    static final int MIN_BOOKMARKS = 2;

    /**
     * The outline (bookmarks), one entry per top-level heading, nested by level: a reader jumps to a step of the POP
     * or a group of the checklist from the side panel, and PDF/UA asks for it in a long document.
     */
    private static void outline(PDDocument pd, List<Bookmark> headings) {
        if (headings.size() < MIN_BOOKMARKS) {
            return;
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        List<PDOutlineNode> open = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        for (Bookmark b : headings) {
            while (!levels.isEmpty() && levels.get(levels.size() - 1) >= b.level()) {
                levels.remove(levels.size() - 1);
                open.remove(open.size() - 1);
            }
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(b.title());
            PDPageXYZDestination dest = new PDPageXYZDestination();
            dest.setPage(pd.getPage(b.first().page));
            dest.setLeft(0);
            dest.setTop(Math.round(PAGE_H - b.first().top));
            item.setDestination(dest);
            (open.isEmpty() ? outline : open.get(open.size() - 1)).addLast(item);
            open.add(item);
            levels.add(b.level());
        }
        pd.getDocumentCatalog().setDocumentOutline(outline);
    }

    private static float bottomMargin(DocMeta meta, int page) {
        return (float) PageFooter.margin(meta.letterhead() ? meta.footerLines() : List.of(), page > 0);
    }

    /** The height page {@code page} (from 0) holds between its margins. */
    private static float bodyHeight(DocMeta meta, int page) {
        return PAGE_H - TOP - bottomMargin(meta, page);
    }

    /** Pages as {first item, end item}: greedy, then back to the last break that no keep-with-next forbids. */
    private static List<int[]> paginate(List<Item> items, DocMeta meta) {
        List<int[]> pages = new ArrayList<>();
        if (items.isEmpty()) {
            pages.add(new int[] {0, 0}); // an empty document is one blank page, not none
        }
        int i = 0;
        while (i < items.size()) {
            float limit = bodyHeight(meta, pages.size());
            int start = i;
            float y = 0;
            while (i < items.size()) {
                Item it = items.get(i);
                float sb = i == start ? 0 : it.spaceBefore;
                if (i == start) {
                    y += it.headerHeight();
                }
                if (i > start && y + sb + it.height > limit) {
                    break;
                }
                y += sb + it.height;
                i++;
            }
            if (i < items.size()) {
                // Back to the last break no keep forbids; a group (a section printed whole, a code box) that would
                // not fit a page of its own anyway is cut like the text around it, keeping only the line keeps.
                int j = backOff(items, start, i, true);
                if (j > 0 && !fitsAPage(items, j, bodyHeight(meta, 1))) {
                    j = backOff(items, start, i, false);
                }
                if (j > 0) {
                    i = j;
                }
            }
            pages.add(new int[] {start, i});
        }
        return pages;
    }

    /**
     * The last break at or before {@code i} that no keep forbids (with {@code groups}, the groups' keeps too), or -1
     * when every break of the page is forbidden.
     */
    private static int backOff(List<Item> items, int start, int i, boolean groups) {
        int j = i;
        while (j > start + 1 && items.get(j - 1).keeps(groups)) {
            j--;
        }
        return j > start + 1 || !items.get(start).keeps(groups) ? j : -1;
    }

    /** Whether the items that keep together from {@code from} on fit a page of {@code limit}. */
    private static boolean fitsAPage(List<Item> items, int from, float limit) {
        float y = items.get(from).headerHeight();
        for (int k = from; k < items.size(); k++) {
            y += (k == from ? 0 : items.get(k).spaceBefore) + items.get(k).height;
            if (y > limit) {
                return false;
            }
            if (!items.get(k).keeps(true)) {
                return true;
            }
        }
        return true;
    }

    private void paint(PDDocument pd, List<Item> items, List<int[]> pages, DocMeta meta, PDStructureTreeRoot root)
            throws IOException {
        Faces.Loaded fonts = faces.new Loaded(pd);
        Links links = new Links();
        List<COSObjectable> parentTree = new ArrayList<>(); // by key: the pages' MCIDs, then the annotations
        for (int p = 0; p < pages.size(); p++) {
            PDPage page = new PDPage(PDRectangle.A4);
            pd.addPage(page);
            page.setStructParents(p);
            try (PDPageContentStream cs = new PDPageContentStream(pd, page)) {
                Canvas c = new Canvas(page, cs, fonts, links);
                float y = TOP;
                Item first = pages.get(p)[0] < items.size() ? items.get(pages.get(p)[0]) : null;
                if (first != null && first.header != null) {
                    c.repeating = true;
                    for (Item h : first.header) {
                        h.painter.paint(c, y);
                        y += h.height;
                    }
                    c.repeating = false;
                }
                for (int i = pages.get(p)[0]; i < pages.get(p)[1]; i++) {
                    Item it = items.get(i);
                    y += i == pages.get(p)[0] ? 0 : it.spaceBefore;
                    it.page = p;
                    it.top = y;
                    if (it.row != null) {
                        int j = i;
                        float h = it.height;
                        while (j + 1 < pages.get(p)[1] && items.get(j + 1).row == it.row) {
                            h += items.get(++j).height;
                        }
                        it.row.paint(c, y, it.from, items.get(j).to);
                        i = j;
                        y += h;
                        continue;
                    }
                    it.painter.paint(c, y);
                    y += it.height;
                }
                footer(c, meta, p);
                COSArray mcids = new COSArray();
                for (PDStructureElement e : c.parents) {
                    mcids.add(e);
                }
                parentTree.add(new PDParentTreeValue(mcids));
            }
        }
        for (int i = 0; i < links.annotations.size(); i++) {
            links.annotations.get(i).setStructParent(parentTree.size());
            parentTree.add(links.owners.get(i));
        }
        // One flat /Nums array in the root node, keys in order, no /Limits (a root has none; the signer appends
        // its widget's entry to this array, WidgetTags).
        COSArray nums = new COSArray();
        for (int k = 0; k < parentTree.size(); k++) {
            nums.add(org.apache.pdfbox.cos.COSInteger.get(k));
            nums.add(parentTree.get(k));
        }
        COSDictionary tree = new COSDictionary();
        tree.setItem(COSName.NUMS, nums);
        root.getCOSObject().setItem(COSName.PARENT_TREE, tree);
        root.setParentTreeNextKey(parentTree.size());
    }

    /** The footer lines, centred, and the page number from page 2 on: artifacts (Pagination). */
    private void footer(Canvas c, DocMeta meta, int page) throws IOException {
        List<String> lines = meta.letterhead() ? meta.footerLines() : List.of();
        if (page == 0 && lines.isEmpty()) {
            return;
        }
        float y = PAGE_H - bottomMargin(meta, page) + (float) PageFooter.PADDING;
        c.artifact(true);
        if (page > 0) {
            drawCentred(c, List.of(new Inline.Text(String.valueOf(page + 1))), (float) PageFooter.NUMBER_SIZE,
                    (float) PageFooter.NUMBER_LEADING, y);
            y += (float) PageFooter.NUMBER;
        }
        for (String line : lines) {
            y += drawCentred(c, List.of(new Inline.Text(line)), (float) PageFooter.FONT_SIZE,
                    (float) PageFooter.LEADING, y);
        }
        c.end();
    }

    private float drawCentred(Canvas c, List<Inline> content, float size, float lh, float top) throws IOException {
        List<TextLayout.Line> lines = text.lines(text.words(content, size, false, false), WIDTH, WIDTH);
        float y = top;
        for (TextLayout.Line line : lines) {
            drawLine(c, line, LEFT + (WIDTH - line.width()) / 2, y, size, lh, 0);
            y += size * lh;
        }
        return y - top;
    }

    /** Draws one line's words from {@code x}, {@code extra} added at each space (justification). */
    private void drawLine(Canvas c, TextLayout.Line line, float x, float top, float size, float lh, float extra)
            throws IOException {
        if (line.words().isEmpty()) {
            return;
        }
        float baseline = PAGE_H - (top + (size * lh - (faces.ascent(0) + faces.descent(0)) * size) / 2
                + faces.ascent(0) * size);
        PDPageContentStream cs = c.cs;
        cs.beginText();
        int lastFace = -1;
        float lastSize = -1;
        List<TextLayout.Word> words = line.words();
        for (int w = 0; w < words.size(); w++) {
            TextLayout.Word word = words.get(w);
            List<TextLayout.Piece> pieces = word.pieces();
            for (int k = 0; k < pieces.size(); k++) {
                TextLayout.Piece p = pieces.get(k);
                if (p.mark() != null) {
                    cs.endText();
                    float mx = x;
                    c.described(p.mark().label(), () -> mark(cs, p.mark(), mx, baseline));
                    cs.beginText();
                    lastFace = -1;
                    x += TextLayout.MARK_WIDTH;
                    continue;
                }
                boolean spaceAfter = k == pieces.size() - 1 && w < words.size() - 1 && word.spaceAfter() > 0;
                String shown = spaceAfter ? p.text() + " " : p.text();
                float width = faces.width(p.face(), p.text()) * p.size();
                if (p.link() != null) {
                    float px = x;
                    float h = size * lh;
                    PDRectangle area = new PDRectangle(px, PAGE_H - top - h, width, h);
                    cs.endText();
                    c.link(p.link(), area, () -> {
                        cs.beginText();
                        cs.setFont(c.fonts.font(p.face()), p.size());
                        cs.setTextMatrix(Matrix.getTranslateInstance(px, baseline));
                        cs.showText(shown);
                        cs.endText();
                    });
                    cs.beginText();
                    lastFace = -1;
                    x += width;
                    continue;
                }
                if (p.face() != lastFace || p.size() != lastSize) {
                    cs.setFont(c.fonts.font(p.face()), p.size());
                    lastFace = p.face();
                    lastSize = p.size();
                }
                cs.setTextMatrix(Matrix.getTranslateInstance(x, baseline));
                cs.showText(shown);
                x += width;
            }
            if (w < words.size() - 1) {
                x += word.spaceAfter() + (word.spaceAfter() > 0 ? extra : 0);
            }
        }
        cs.endText();
    }

    /**
     * A status mark: the shapes of {@link MarkDrawing} (the DOCX fills the same), in a box whose bottom is 1.5 pt
     * below the baseline.
     */
    private static void mark(PDPageContentStream cs, Inline.Symbol symbol, float x, float baseline)
            throws IOException {
        cs.saveGraphicsState();
        // MarkDrawing's points: from the box's top left corner, y down
        cs.transform(new Matrix(1, 0, 0, -1, x, baseline - 1.5f + (float) MarkDrawing.side(symbol)));
        for (MarkDrawing.Part part : MarkDrawing.parts(symbol)) {
            fill(cs, part.rgb());
            path(cs, part.shape().getPathIterator(part.transform()));
            cs.fill();
        }
        cs.restoreGraphicsState();
    }

    /** Adds a Java2D path of lines and cubic curves (what MarkDrawing's shapes are made of) to the page. */
    private static void path(PDPageContentStream cs, PathIterator it) throws IOException {
        double[] p = new double[6];
        for (; !it.isDone(); it.next()) {
            switch (it.currentSegment(p)) {
                case PathIterator.SEG_MOVETO -> cs.moveTo((float) p[0], (float) p[1]);
                case PathIterator.SEG_LINETO -> cs.lineTo((float) p[0], (float) p[1]);
                case PathIterator.SEG_CUBICTO -> cs.curveTo((float) p[0], (float) p[1], (float) p[2], (float) p[3],
                        (float) p[4], (float) p[5]);
                case PathIterator.SEG_CLOSE -> cs.closePath();
                default -> throw new IllegalStateException("curva quadrática numa marca");
            }
        }
    }

    private static void fill(PDPageContentStream cs, int rgb) throws IOException {
        cs.setNonStrokingColor(((rgb >> 16) & 0xff) / 255f, ((rgb >> 8) & 0xff) / 255f, (rgb & 0xff) / 255f);
    }

    private static void stroke(PDPageContentStream cs, int rgb) throws IOException {
        cs.setStrokingColor(((rgb >> 16) & 0xff) / 255f, ((rgb >> 8) & 0xff) / 255f, (rgb & 0xff) / 255f);
    }

    /** The document as a list of items, with its structure elements. */
    private final class Flow {
        final PDDocument pd;
        final PDStructureElement document;
        final List<Item> items = new ArrayList<>();
        final List<Bookmark> headings = new ArrayList<>();
        /** How many list items the block being laid out is in: their paragraphs are spaced 3 pt. */
        int listDepth;
        final Map<Block.Table, double[]> alignedWidths;
        final DocMeta meta;
        /** The height a page from the second on holds: an item taller than this is cut. */
        final float maxBody;
        float pendingMargin;

        Flow(PDDocument pd, PDStructureElement document, DocMeta meta, List<Block> blocks) {
            this.pd = pd;
            this.meta = meta;
            this.document = document;
            this.alignedWidths = TableWidths.aligned(blocks);
            this.maxBody = bodyHeight(meta, 1);
        }

        void document(Doc doc) throws IOException {
            DocMeta meta = doc.meta();
            List<Block> blocks = doc.blocks();
            if (meta.letterhead()) {
                letterhead(meta);
            } else if (!(!blocks.isEmpty() && blocks.get(0) instanceof Block.Heading h && h.level() == 1)
                    && meta.title() != null && !meta.title().isBlank()) {
                heading(1, List.of(new Inline.Text(meta.title())), LEFT, WIDTH, document, false);
            }
            int[] group = finalGroup(blocks);
            List<int[]> whole = new ArrayList<>(); // {first item, block that ends the section}
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i) instanceof Block.Heading h && h.whole()) {
                    whole.add(new int[] {items.size(), Block.Heading.sectionEnd(blocks, i)});
                }
                if (i == group[0] - 1 && blocks.get(i) instanceof Block.Paragraph p) {
                    List<Item> lines = paragraph(p, LEFT, WIDTH, BODY, document, null);
                    keepLast(lines, 2);
                    closing(blocks.subList(group[0], group[1] + 1));
                    i = group[1];
                } else if (i == group[0]) {
                    // fecho and signatures with no paragraph before them: at least they share a page
                    int from = items.size();
                    closing(blocks.subList(group[0], group[1] + 1));
                    keepTogether(from);
                    i = group[1];
                } else {
                    block(blocks.get(i), LEFT, WIDTH, BODY, document);
                }
                for (java.util.Iterator<int[]> it = whole.iterator(); it.hasNext(); ) {
                    int[] w = it.next();
                    if (w[1] <= i + 1 || i + 1 == blocks.size()) {
                        keepTogether(w[0]); // a section printed whole ({.inteira}): on one page
                        it.remove();
                    }
                }
            }
        }

        /** The items from {@code from} on go on one page, when they fit one. */
        private void keepTogether(int from) {
            for (int k = from; k < items.size() - 1; k++) {
                items.get(k).keepInGroup = true;
            }
        }

        private void keepLast(List<Item> lines, int n) {
            for (int k = Math.max(0, lines.size() - n); k < lines.size(); k++) {
                lines.get(k).keepWithNext = true;
            }
        }

        /**
         * Fecho and signatures, never split and never alone on a page (item 5.1.8): they go with the last lines of
         * the paragraph before them (keepLast). The first one's space above is its own, from that paragraph's last
         * line; below the group, the last one's space and the paragraph's (the group counts as that paragraph's last
         * line, as in the DOCX).
         */
        private void closing(List<Block> group) throws IOException {
            float after = 0;
            for (int k = 0; k < group.size(); k++) {
                Block.Paragraph p = (Block.Paragraph) group.get(k);
                PdfMeasures.Part part = PdfMeasures.paragraph(p.style());
                float before = k == 0 ? part.before() : Math.max(after, part.before());
                List<Item> lines = paragraphLines(p.content(), p.style(), 0, LEFT, WIDTH, BODY, document, "P",
                        before, null);
                keepLast(lines, lines.size());
                after = part.after();
            }
            items.get(items.size() - 1).keepWithNext = false;
            pendingMargin = after + PdfMeasures.paragraph(ParagraphStyle.TEXTO).after();
        }

        private void letterhead(DocMeta meta) throws IOException {
            byte[] png = meta.brasao() == null ? null : brasao(meta.brasao());
            float img = png == null ? 0 : PdfMeasures.BRASAO_HEIGHT + PdfMeasures.BRASAO_AFTER;
            PdfMeasures.Part lh = PdfMeasures.LETTERHEAD;
            int lines = 0; // a long organ name wraps: the letterhead grows, past its 3 cm if need be
            for (String line : meta.headerLines()) {
                lines += text.lines(text.words(List.of(new Inline.Text(line)), lh.size(), false, false), WIDTH,
                        WIDTH).size();
            }
            float h = Math.max(PdfMeasures.LETTERHEAD_MIN_HEIGHT, img + lines * lh.size() * lh.leading());
            PDStructureElement fig = png == null ? null : new PDStructureElement("Figure", document);
            if (fig != null) {
                fig.setAlternateDescription(meta.brasaoAltText());
                document.appendKid(fig);
            }
            List<PDStructureElement> ps = new ArrayList<>();
            for (int i = 0; i < meta.headerLines().size(); i++) {
                PDStructureElement e = new PDStructureElement("P", document);
                document.appendKid(e);
                ps.add(e);
            }
            items.add(new Item(0, h, (c, top) -> {
                float y = top;
                if (png != null) {
                    PDImageXObject x = PDImageXObject.createFromByteArray(pd, png, "brasao");
                    float ih = PdfMeasures.BRASAO_HEIGHT;
                    float iw = ih * x.getWidth() / x.getHeight();
                    c.tagged(fig);
                    c.cs.drawImage(x, LEFT + (WIDTH - iw) / 2, PAGE_H - top - ih, iw, ih);
                    c.end();
                    y += img;
                }
                for (int i = 0; i < meta.headerLines().size(); i++) {
                    c.tagged(ps.get(i));
                    y += drawCentred(c, List.of(new Inline.Text(meta.headerLines().get(i))),
                            PdfMeasures.LETTERHEAD.size(), PdfMeasures.LETTERHEAD.leading(), y);
                    c.end();
                }
            }));
            pendingMargin = PdfMeasures.LETTERHEAD.after();
        }

        private byte[] brasao(Path path) throws IOException {
            try {
                return brasaoPng.get(path);
            } catch (UncheckedIOException e) {
                throw e.getCause(); // the brasão could not be read: its message, as WriteException says it
            }
        }

        void block(Block b, float left, float width, float size, PDStructureNode parent) throws IOException {
            if (b instanceof Block.Paragraph p) {
                paragraph(p, left, width, size, parent, null);
            } else if (b instanceof Block.Heading h) {
                heading(h.level(), h.content(), left, width, parent, parent == document);
            } else if (b instanceof Block.ListBlock l) {
                list(l, left, width, size, parent);
            } else if (b instanceof Block.CodeBlock code) {
                code(code, left, width, parent);
            } else if (b instanceof Block.Quote q) {
                PDStructureElement e = child(parent, "BlockQuote");
                for (Block inner : q.blocks()) {
                    block(inner, left + (float) PageGeometry.QUOTE_INSET, width - (float) PageGeometry.QUOTE_INSET,
                            PdfMeasures.QUOTE.size(), e);
                }
            } else if (b instanceof Block.Table t) {
                table(t, left, width, parent);
            } else if (b instanceof Block.ThematicBreak) {
                float before = Math.max(pendingMargin, PdfMeasures.RULE_SPACE);
                items.add(new Item(before, 0.5f, (c, top) -> {
                    c.artifact(false);
                    stroke(c.cs, PdfMeasures.RULE_COLOUR);
                    c.cs.setLineWidth(PdfMeasures.RULE_WIDTH);
                    c.cs.moveTo(left, PAGE_H - top);
                    c.cs.lineTo(left + width, PAGE_H - top);
                    c.cs.stroke();
                    c.end();
                }));
                pendingMargin = PdfMeasures.RULE_SPACE;
            }
        }

        private PDStructureElement child(PDStructureNode parent, String type) {
            PDStructureElement e = new PDStructureElement(type, parent);
            parent.appendKid(e);
            return e;
        }

        /** A heading; {@code bookmark} for the document's own top-level headings (not the title it is given). */
        void heading(int level, List<Inline> content, float left, float width, PDStructureNode parent,
                boolean bookmark) throws IOException {
            PdfMeasures.Part part = PdfMeasures.heading(level);
            float size = part.size();
            float bottom = part.after();
            PDStructureElement e = child(parent, "H" + level);
            float before = Math.max(pendingMargin, part.before());
            List<TextLayout.Line> lines = text.lines(text.words(content, size, part.bold(), false), width, width);
            List<Item> added = addLines(lines, e, left, width, size, part.leading(), before, 0, part.align(), null);
            added.forEach(it -> it.keepWithNext = true);
            String title = Inline.plainText(content).replace('\n', ' ').strip();
            if (bookmark && !title.isEmpty() && !added.isEmpty()) {
                headings.add(new Bookmark(level, title, added.get(0)));
            }
            pendingMargin = bottom;
        }

        /** A paragraph; {@code label} (a list item's Lbl) is drawn left of its first line. */
        List<Item> paragraph(Block.Paragraph p, float left, float width, float size, PDStructureNode parent,
                Label label) throws IOException {
            ParagraphStyle s = p.style();
            PdfMeasures.Part part = PdfMeasures.paragraph(s);
            float top = part.before();
            float bottom = part.after();
            if (label != null || listDepth > 0) {
                top = PdfMeasures.LIST_ITEM_SPACE;
                bottom = PdfMeasures.LIST_ITEM_SPACE;
            }
            if (label == null && Inline.plainText(p.content()).isBlank()) {
                pendingMargin = Math.max(pendingMargin, Math.max(top, bottom)); // an empty paragraph: its space only
                return List.of();
            }
            float before = Math.max(pendingMargin, top);
            List<Item> lines = paragraphLines(p.content(), s, p.number(), left, width,
                    part.size() != PdfMeasures.BODY_SIZE ? part.size() : size, parent, "P", before, label);
            if (lines.size() >= 2) {
                lines.get(0).keepWithNext = true;
                lines.get(lines.size() - 2).keepWithNext = true;
            }
            pendingMargin = bottom;
            return lines;
        }

        List<Item> paragraphLines(List<Inline> content, ParagraphStyle s, int number, float left, float width,
                float size, PDStructureNode parent, String type, float before, Label label) throws IOException {
            PDStructureElement e = child(parent, type);
            PdfMeasures.Part part = PdfMeasures.paragraph(s);
            float indent = part.indent();
            List<TextLayout.Line> lines = text.lines(text.words(content, size, part.bold(), false),
                    width - indent, width);
            String num = s == ParagraphStyle.TEXTO && number > 0 ? number + "." : null;
            return addLines(lines, e, left, width, size, part.leading(), before, indent, part.align(),
                    num == null ? label : new Label(num, e, 0));
        }

        /** Items for lines; {@code label} drawn at {@code left - label.gap} on the first line. */
        List<Item> addLines(List<TextLayout.Line> lines, PDStructureElement e, float left, float width, float size,
                float lh, float before, float indent, PdfMeasures.Align align, Label label) {
            List<Item> out = new ArrayList<>();
            for (int k = 0; k < lines.size(); k++) {
                TextLayout.Line line = lines.get(k);
                float x0 = left + (k == 0 ? indent : 0);
                float avail = width - (k == 0 ? indent : 0);
                float dx = align == PdfMeasures.Align.RIGHT ? avail - line.width()
                        : align == PdfMeasures.Align.CENTER ? (avail - line.width()) / 2 : 0;
                boolean justify = align == PdfMeasures.Align.JUSTIFY;
                int gaps = 0;
                for (int w = 0; w < line.words().size() - 1; w++) {
                    gaps += line.words().get(w).spaceAfter() > 0 ? 1 : 0;
                }
                float extra = justify && !line.last() && gaps > 0 ? (avail - line.width()) / gaps : 0;
                Label lbl = k == 0 ? label : null;
                Item it = new Item(k == 0 ? before : 0, size * lh, (c, top) -> {
                    if (lbl != null) {
                        List<TextLayout.Line> l = text.lines(text.words(List.of(new Inline.Text(lbl.text)), size,
                                false, false), 1000, 1000);
                        c.tagged(lbl.element);
                        drawLine(c, l.get(0), left - lbl.gap - (lbl.gap > 0 ? l.get(0).width() : 0), top, size, lh, 0);
                        c.end();
                    }
                    c.tagged(e);
                    drawLine(c, line, x0 + dx, top, size, lh, extra);
                    c.end();
                });
                out.add(it);
                items.add(it);
            }
            return out;
        }

        void list(Block.ListBlock l, float left, float width, float size, PDStructureNode parent) throws IOException {
            PDStructureElement le = child(parent, "L");
            float inset = (float) PageGeometry.LIST_INSET;
            float top = parent instanceof PDStructureElement pe && "LBody".equals(pe.getStructureType())
                    ? PdfMeasures.LIST_ITEM_SPACE : 0;
            pendingMargin = Math.max(pendingMargin, top);
            int n = l.start();
            for (Block.ListItem item : l.items()) {
                PDStructureElement li = child(le, "LI");
                PDStructureElement lbl = child(li, "Lbl");
                PDStructureElement body = child(li, "LBody");
                Label label = new Label(l.ordered() ? (n++) + "." : "•", lbl, PdfMeasures.LIST_LABEL_GAP);
                boolean first = true;
                boolean hasCode = item.blocks().stream().anyMatch(b -> b instanceof Block.CodeBlock);
                int from = items.size();
                listDepth++;
                if (item.blocks().isEmpty()) {
                    // an empty item ("1. " with nothing after it) still shows its number
                    paragraph(new Block.Paragraph(ParagraphStyle.NORMAL, 0, List.of()), left + inset,
                            width - inset, size, body, label);
                }
                for (Block b : item.blocks()) {
                    if (first && b instanceof Block.Paragraph p) {
                        paragraph(p, left + inset, width - inset, size, body, label);
                    } else {
                        if (first) {
                            // an item that starts with a table or a code box: its label on a line of its own
                            paragraph(new Block.Paragraph(ParagraphStyle.NORMAL, 0, List.of()), left + inset,
                                    width - inset, size, body, label);
                        }
                        block(b, left + inset, width - inset, size, body);
                    }
                    first = false;
                }
                listDepth--;
                if (hasCode) {
                    keepTogether(from); // a step with its commands: on one page
                }
                pendingMargin = Math.max(pendingMargin, PdfMeasures.LIST_ITEM_SPACE);
            }
            pendingMargin = Math.max(pendingMargin, PdfMeasures.LIST_AFTER);
        }

        /**
         * A box of code: each source line wraps with its continuation 1.5 em further in than where the line starts
         * (its leading spaces are text, so a copied command keeps them); the lines of a command continued with its
         * shell's continuation stay on one page, and the whole box too when it fits one (as the DOCX's Codigo style
         * keeps its lines together).
         */
        void code(Block.CodeBlock code, float left, float width, PDStructureNode parent) throws IOException {
            PDStructureElement e = child(parent, "Code");
            float size = CODE_SIZE;
            float lh = CODE_LEADING;
            float inner = width - CODE_RULE - 2 * CODE_PAD_X;
            float space = faces.width(Faces.MONO, " ") * size;
            String body = code.text().endsWith("\n") ? code.text().substring(0, code.text().length() - 1) : code.text();
            String[] sources = body.replace("\r\n", "\n").replace('\r', '\n').replace("\t", "    ").split("\n", -1);
            Shell shell = Shell.ofLanguage(code.language()).orElse(null);
            List<List<TextLayout.Line>> units = new ArrayList<>();
            List<List<Float>> unitIndents = new ArrayList<>();
            List<TextLayout.Line> lines = new ArrayList<>();
            List<Float> indents = new ArrayList<>();
            boolean command = false;
            for (String src : sources) {
                int spaces = 0;
                while (spaces < src.length() && src.charAt(spaces) == ' ') {
                    spaces++;
                }
                float lead = spaces * space;
                float hang = Math.min(spaces, MAX_CODE_INDENT) * space + 1.5f * size;
                List<TextLayout.Word> words = new ArrayList<>();
                if (spaces > 0) {
                    String blank = " ".repeat(spaces);
                    words.add(new TextLayout.Word(List.of(new TextLayout.Piece(blank, Faces.MONO, size, null)), lead,
                            0, false));
                }
                words.addAll(text.words(List.of(new Inline.Text(src.substring(spaces))), size, false, true));
                List<TextLayout.Line> wrapped = text.lines(words, inner, inner - hang);
                for (int k = 0; k < wrapped.size(); k++) {
                    lines.add(wrapped.get(k));
                    indents.add(k == 0 ? 0f : hang);
                }
                boolean continues = shell != null && shell.continues(src);
                command = continues;
                if (!command) {
                    units.add(lines);
                    unitIndents.add(indents);
                    lines = new ArrayList<>();
                    indents = new ArrayList<>();
                }
            }
            if (!lines.isEmpty()) {
                units.add(lines);
                unitIndents.add(indents);
            }
            // A command taller than a page (or a source line wrapped that much) goes line by line.
            for (int u = 0; u < units.size(); u++) {
                if (units.get(u).size() > 1 && units.get(u).size() * size * lh + 2 * CODE_PAD_Y > maxBody) {
                    List<TextLayout.Line> unit = units.remove(u);
                    List<Float> unitIndent = unitIndents.remove(u);
                    for (int k = unit.size() - 1; k >= 0; k--) {
                        units.add(u, List.of(unit.get(k)));
                        unitIndents.add(u, List.of(unitIndent.get(k)));
                    }
                }
            }
            float before = pendingMargin;
            for (int u = 0; u < units.size(); u++) {
                List<TextLayout.Line> unit = units.get(u);
                List<Float> unitIndent = unitIndents.get(u);
                float padTop = u == 0 ? CODE_PAD_Y : 0;
                float padBottom = u == units.size() - 1 ? CODE_PAD_Y : 0;
                float h = padTop + unit.size() * size * lh + padBottom;
                Item it = new Item(u == 0 ? before : 0, h, (c, top) -> {
                    c.artifact(false);
                    fill(c.cs, PdfMeasures.CODE_FILL);
                    c.cs.addRect(left, PAGE_H - top - h, width, h);
                    c.cs.fill();
                    fill(c.cs, PdfMeasures.CODE_RULE_COLOUR);
                    c.cs.addRect(left, PAGE_H - top - h, CODE_RULE, h);
                    c.cs.fill();
                    c.cs.setNonStrokingColor(0f, 0f, 0f);
                    c.end();
                    c.tagged(e);
                    float y = top + padTop;
                    for (int k = 0; k < unit.size(); k++) {
                        drawLine(c, unit.get(k), left + CODE_RULE + CODE_PAD_X + unitIndent.get(k), y, size, lh, 0);
                        y += size * lh;
                    }
                    c.end();
                });
                it.keepInGroup = u < units.size() - 1;
                items.add(it);
            }
            pendingMargin = PdfMeasures.CODE.after();
        }

        void table(Block.Table t, float left, float width, PDStructureNode parent) throws IOException {
            PDStructureElement te = child(parent, "Table");
            double[] shared = alignedWidths.get(t);
            double[] cols = shared != null ? shared.clone() : TableWidths.of(t, width);
            if (shared != null) {
                for (int k = 0; k < cols.length; k++) {
                    cols[k] *= width; // the widths the tables of the same header share, as fractions
                }
            }
            List<List<List<Inline>>> rows = new ArrayList<>(t.header());
            rows.addAll(t.rows());
            float before = Math.max(pendingMargin, TABLE_BEFORE);
            List<Item> header = new ArrayList<>();
            float headerHeight = 0;
            for (int r = 0; r < rows.size(); r++) {
                boolean head = r < t.header().size();
                PDStructureElement tr = child(te, "TR");
                List<List<TextLayout.Line>> cells = new ArrayList<>();
                List<PDStructureElement> elements = new ArrayList<>();
                int bands = 1;
                boolean signing = false;
                for (int k = 0; k < rows.get(r).size() && k < cols.length; k++) {
                    float inner = (float) (cols[k] - TableWidths.CELL_EXTRA);
                    List<Inline> content = rows.get(r).get(k);
                    List<TextLayout.Word> words = text.words(content, TABLE_SIZE, head, false);
                    List<TextLayout.Line> ls = text.lines(words, inner, inner);
                    cells.add(ls);
                    PDStructureElement cell = child(tr, head ? "TH" : "TD");
                    if (head) {
                        PDTableAttributeObject scope = new PDTableAttributeObject();
                        scope.setScope(PDTableAttributeObject.SCOPE_COLUMN);
                        cell.addAttribute(scope);
                    }
                    elements.add(cell);
                    bands = Math.max(bands, ls.size());
                    signing |= !head && t.column(k) == ColumnStyle.A_ASSINAR;
                }
                float line = TABLE_SIZE * TABLE_LEADING;
                float natural = bands * line + 2 * CELL_PAD_Y;
                float extra = signing && natural < SIGNING_ROW ? SIGNING_ROW - natural : 0;
                List<Item> rowItems = new ArrayList<>();
                // A row is one item, its cells drawn one after the other (the order a reader copies them in); a row
                // taller than a page is cut into its lines, one item each, kept together as far as the page goes.
                int step = natural + extra <= maxBody - headerHeight ? bands : 1;
                int count = bands;
                float pad = extra;
                RowPainter painter = (c, top, from, to) -> {
                    boolean first = from == 0;
                    boolean last = to == count;
                    float h = (to - from) * line + (first ? CELL_PAD_Y : 0) + (last ? CELL_PAD_Y + pad : 0);
                    c.artifact(false);
                    if (head) {
                        fill(c.cs, PdfMeasures.TABLE_HEADER_FILL);
                        c.cs.addRect(left, PAGE_H - top - h, width, h);
                        c.cs.fill();
                        c.cs.setNonStrokingColor(0f, 0f, 0f);
                    }
                    stroke(c.cs, PdfMeasures.TABLE_BORDER);
                    c.cs.setLineWidth(PdfMeasures.TABLE_BORDER_WIDTH);
                    float x = left;
                    for (int k = 0; k <= cells.size(); k++) {
                        c.cs.moveTo(x, PAGE_H - top);
                        c.cs.lineTo(x, PAGE_H - top - h);
                        if (k < cells.size()) {
                            x += (float) cols[k];
                        }
                    }
                    c.cs.moveTo(left, PAGE_H - top);
                    c.cs.lineTo(x, PAGE_H - top);
                    c.cs.moveTo(left, PAGE_H - top - h);
                    c.cs.lineTo(x, PAGE_H - top - h);
                    c.cs.stroke();
                    c.end();
                    x = left;
                    for (int k = 0; k < cells.size(); k++) {
                        List<TextLayout.Line> ls = cells.get(k);
                        float inner = (float) (cols[k] - TableWidths.CELL_EXTRA);
                        Block.Align align = k < t.alignments().size() ? t.alignments().get(k) : Block.Align.DEFAULT;
                        boolean open = false;
                        float y = top + (first ? CELL_PAD_Y : 0);
                        for (int at = from; at < to && at < ls.size(); at++, y += line) {
                            TextLayout.Line l = ls.get(at);
                            if (l.words().isEmpty()) {
                                continue;
                            }
                            float dx = align == Block.Align.RIGHT ? inner - l.width()
                                    : align == Block.Align.CENTER ? (inner - l.width()) / 2 : 0;
                            if (!open) {
                                c.tagged(elements.get(k));
                                open = true;
                            }
                            drawLine(c, l, x + CELL_PAD_X + Math.max(0, dx), y, TABLE_SIZE, TABLE_LEADING, 0);
                        }
                        if (open) {
                            c.end();
                        }
                        x += (float) cols[k];
                    }
                };
                for (int band = 0; band < bands; band += step) {
                    boolean first = band == 0;
                    boolean last = band + step >= bands;
                    float h = step * line + (first ? CELL_PAD_Y : 0) + (last ? CELL_PAD_Y + extra : 0);
                    int from = band;
                    int to = Math.min(bands, band + step);
                    Item it = new Item(r == 0 && first ? before : 0, h, (c, top) -> painter.paint(c, top, from, to));
                    it.row = painter;
                    it.from = from;
                    it.to = to;
                    it.keepWithNext = !last; // a row stays on one page when it fits one
                    rowItems.add(it);
                    items.add(it);
                }
                if (head) {
                    rowItems.forEach(it -> it.keepWithNext = true);
                    header.addAll(rowItems);
                    for (Item it : rowItems) {
                        headerHeight += it.height;
                    }
                } else if (!header.isEmpty()) {
                    for (Item it : rowItems) {
                        it.header = header;
                    }
                }
            }
            pendingMargin = TABLE_AFTER;
        }
    }

    /** A label drawn left of a first line: a list number or bullet, or a paragraph number (gap 0: at the margin). */
    private record Label(String text, PDStructureElement element, float gap) {
    }

    /** The first fecho (else signature) and the fechos/signatures right after it. */
    static int[] finalGroup(List<Block> blocks) {
        int anchor = -1;
        for (int i = 0; i < blocks.size() && anchor < 0; i++) {
            if (style(blocks.get(i)) == ParagraphStyle.FECHO) {
                anchor = i;
            }
        }
        for (int i = 0; i < blocks.size() && anchor < 0; i++) {
            if (style(blocks.get(i)) == ParagraphStyle.ASSINATURA) {
                anchor = i;
            }
        }
        if (anchor < 0) {
            return new int[] {-1, -1};
        }
        int end = anchor;
        while (end + 1 < blocks.size() && (style(blocks.get(end + 1)) == ParagraphStyle.ASSINATURA
                || style(blocks.get(end + 1)) == ParagraphStyle.FECHO)) {
            end++;
        }
        return new int[] {anchor, end};
    }

    private static ParagraphStyle style(Block b) {
        return b instanceof Block.Paragraph p ? p.style() : null;
    }
}
