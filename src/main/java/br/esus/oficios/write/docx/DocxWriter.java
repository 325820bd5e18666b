package br.esus.oficios.write.docx;

import br.esus.oficios.write.QuietLibraries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import br.esus.oficios.doc.Doc;
import br.esus.oficios.doc.DocMeta;
import br.esus.oficios.write.Brasao;
import br.esus.oficios.write.DocWriter;
import br.esus.oficios.write.WriteException;

/**
 * Writes a {@link Doc} as DOCX (Apache POI XWPF) in the padrão ofício: styles defined once in {@code styles.xml}
 * and used by every paragraph, A4 with the Manual's margins, the letterhead on the first page, page numbers from the
 * second page on, real list numbering, tables with a repeated header row. Thread-safe: the only state is the
 * immutable style sheet text; every call builds its own document.
 */
public final class DocxWriter implements DocWriter {

    static {
        QuietLibraries.apply();
    }

    private final DocxStyles styles = DocxStyles.load();

    /** Loads the POI and XMLBeans classes and the style sheet. */
    @Override
    public void prepare() {
        styles.part();
    }

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public byte[] write(Doc doc) throws WriteException {
        DocMeta meta = doc.meta();
        Brasao brasao = meta.letterhead() && meta.brasao() != null ? Brasao.read(meta.brasao()) : null;
        XWPFDocument x = null;
        try {
            byte[] stylesPart = styles.part();
            x = new XWPFDocument();
            // An empty styles part in its usual place; StableZip puts the real one (the same for every document) in.
            x.createStyles();
            DocxPage.setUp(x, meta, brasao);
            new DocxBody(x).write(doc.blocks());
            properties(x, meta);
            DocxSettings.apply(x, meta.language());
            // POI zips the parts and StableZip zips them again with the document's date: the first zip is kept
            // uncompressed (deflate level 0; POI writes into the ZipArchiveOutputStream it is given), so the parts
            // are compressed once, by StableZip, and the bytes are the same as compressing them twice.
            ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
            try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
                zip.setLevel(Deflater.NO_COMPRESSION);
                x.write(zip);
            }
            return StableZip.withDate(out.toByteArray(), doc.meta().date(), Map.of(DocxStyles.PART_NAME, stylesPart));
        } catch (IOException | RuntimeException e) {
            throw new WriteException("não foi possível gerar o DOCX de " + meta.documentId() + ": " + e, e);
        } finally {
            if (x != null) {
                // Not close(): for a package made in memory close() saves the whole document once more, to nowhere.
                x.getPackage().revert();
            }
        }
    }

    private static void properties(XWPFDocument x, DocMeta meta) {
        POIXMLProperties.CoreProperties core = x.getProperties().getCoreProperties();
        core.setTitle(nullToEmpty(meta.title()));
        core.setCreator(nullToEmpty(meta.author()));
        core.setSubjectProperty(nullToEmpty(meta.subject()));
        core.setKeywords(String.join(", ", meta.keywords()));
        core.getUnderlyingProperties().setLanguageProperty(meta.language());
        if (meta.dateTime() != null) {
            Date d = Date.from(meta.dateTime().toInstant()); // the PDF's instant (DocMeta#dateTime)
            core.setCreated(Optional.of(d));
            core.getUnderlyingProperties().setModifiedProperty(Optional.of(d));
        }
        x.getProperties().getExtendedProperties().setApplication("gerar-oficios");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
