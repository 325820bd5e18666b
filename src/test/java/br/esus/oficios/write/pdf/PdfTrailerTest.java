package br.esus.oficios.write.pdf;

import br.esus.oficios.write.OficioFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trailer of every PDF counts its objects right: {@code /Size} is one more than the highest object number, and
 * the cross-reference stream lists itself (what {@code qpdf --check} checks).
 */
class PdfTrailerTest {

    @TempDir
    Path dir;

    private Map<String, byte[]> pdfs() throws Exception {
        PdfWriter writer = new PdfWriter((Path) null);
        Path brasao = OficioFixture.brasao(dir);
        return Map.of("oficio", writer.write(OficioFixture.oficio(brasao)), "pop", writer.write(Fixtures.pop()),
                "checklist", writer.write(Fixtures.checklist()));
    }

    @Test
    void sizeIsOneMoreThanTheHighestObjectNumberAndTheXrefStreamListsItself() throws Exception {
        for (Map.Entry<String, byte[]> pdf : pdfs().entrySet()) {
            assertCounts(pdf.getKey(), pdf.getValue());
        }
    }

    private static void assertCounts(String name, byte[] bytes) throws IOException {
        try (PDDocument d = Loader.loadPDF(bytes)) {
            COSDocument cos = d.getDocument();
            long size = cos.getTrailer().getLong(COSName.SIZE);
            long highest = cos.getXrefTable().keySet().stream().mapToLong(COSObjectKey::getNumber).max().orElse(0);
            assertEquals(highest + 1, size, name + ": /Size do trailer");
            assertTrue(cos.getXrefTable().containsValue(cos.getStartXref()),
                    name + ": o fluxo de referências cruzadas (em " + cos.getStartXref() + ") se lista");
        }
    }

    @Test
    void qpdfFindsNothingToWarnAbout() throws Exception {
        assumeTrue(qpdfInstalled(), "qpdf não instalado");
        for (Map.Entry<String, byte[]> pdf : pdfs().entrySet()) {
            Path f = dir.resolve(pdf.getKey() + ".pdf");
            Files.write(f, pdf.getValue());
            Process p = new ProcessBuilder("qpdf", "--check", f.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), pdf.getKey() + ": " + out);
            assertFalse(out.contains("WARNING"), pdf.getKey() + ": " + out);
        }
    }

    private static boolean qpdfInstalled() {
        try {
            Process p = new ProcessBuilder("qpdf", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /**
     * The stream's own offset may need a wider field than the other entries: a hand-made file whose objects all sit
     * below byte 256 and whose cross-reference stream starts past it.
     */
    @Test
    void theSelfEntryWidensTheOffsetFieldWhenItMustAndThePdfStillOpens() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes("%PDF-1.6\n".getBytes(StandardCharsets.ISO_8859_1));
        int catalog = pdf.size();
        pdf.writeBytes("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        int pages = pdf.size();
        pdf.writeBytes("2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        pdf.writeBytes(("%" + "x".repeat(300) + "\n").getBytes(StandardCharsets.ISO_8859_1));
        int xref = pdf.size();
        byte[] rows = deflate(new byte[] {0, 0, (byte) 0xFF, 1, (byte) catalog, 0, 1, (byte) pages, 0});
        pdf.writeBytes(("3 0 obj\n<<\n/Length " + rows.length + "\n/Root 1 0 R\n/Type /XRef\n/Size 4\n/Index [0 3]\n"
                + "/W [1 1 1]\n/Filter /FlateDecode\n>>\nstream\r\n").getBytes(StandardCharsets.ISO_8859_1));
        pdf.writeBytes(rows);
        pdf.writeBytes(("\r\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1));
        byte[] before = pdf.toByteArray();

        byte[] after = XrefSelfEntry.add(before);

        assertNotSame(before, after);
        String text = new String(after, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("/Index [0 4]") && text.contains("/W [1 2 1]") && text.contains("/Size 4"), text);
        assertTrue(text.endsWith("startxref\n" + xref + "\n%%EOF\n"), "nada antes do fluxo mudou de lugar");
        try (PDDocument d = Loader.loadPDF(after)) {
            assertEquals(Long.valueOf(xref), d.getDocument().getXrefTable().get(new COSObjectKey(3, 0)));
            assertEquals(Long.valueOf(pages), d.getDocument().getXrefTable().get(new COSObjectKey(2, 0)));
        }
        assertSame(after, XrefSelfEntry.add(after), "um fluxo que já se lista fica como está");
    }

    private static byte[] deflate(byte[] data) {
        Deflater d = new Deflater();
        d.setInput(data);
        d.finish();
        byte[] buf = new byte[1024];
        int n = d.deflate(buf);
        d.end();
        return java.util.Arrays.copyOf(buf, n);
    }
}
