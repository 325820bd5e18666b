package br.esus.oficios.write.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.esus.oficios.cli.LibreOffice;
import br.esus.oficios.write.LineBreakFixture;
import br.esus.oficios.write.OficioFixture;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LineBreakFixture}'s paragraphs in the DOCX: its XML, and LibreOffice's rendering of it. */
class DocxLineBreaksTest {
    @TempDir
    static Path tmp;
    static byte[] docx;

    @BeforeAll
    static void write() throws Exception {
        docx = new DocxWriter().write(LineBreakFixture.sweep(OficioFixture.brasao(tmp)));
        // A copy to look at: soffice --headless --convert-to pdf target/docx-amostras/quebras.docx
        Files.write(Files.createDirectories(Path.of("target", "docx-amostras")).resolve("quebras.docx"), docx);
    }

    @Test
    void keptValuesHaveNoBreakSpacesAndHyphensAndAddressesAreHyperlinks() throws Exception {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFParagraph p = d.getParagraphs().stream().filter(x -> x.getText().contains("telefone")).findFirst()
                    .orElseThrow();
            String xml = p.getCTP().xmlText();
            assertTrue(xml.contains("(79)\u00A099812</w:t><w:noBreakHyphen/><w:t>3456"), xml);
            assertTrue(xml.contains("49500</w:t><w:noBreakHyphen/>"), xml);
            assertTrue(xml.contains("Nº\u00A07/2026/SMS/PMI"), xml);
            List<XWPFHyperlinkRun> links = p.getRuns().stream().filter(r -> r instanceof XWPFHyperlinkRun)
                    .map(r -> (XWPFHyperlinkRun) r).toList();
            assertEquals(3, links.size());
            assertEquals("mailto:juliana.andrade@itabaiana.se.gov.br", links.get(0).getHyperlink(d).getURL());
            assertEquals("juliana.\u200Bandrade@\u200Bitabaiana.\u200Bse.\u200Bgov.br", links.get(0).text());
            assertEquals("https://esus.itabaiana.se.gov.br/login", links.get(1).getHyperlink(d).getURL());
            assertEquals("https://esus.\u200Bitabaiana.\u200Bse.\u200Bgov.br/\u200Blogin", links.get(1).text());
        }
    }

    @Test
    void libreOfficeNeverSplitsKeptValuesAndBreaksAddressesWhereAllowed() throws Exception {
        LibreOffice.assumeAvailable();
        Path file = tmp.resolve("quebras.docx");
        Files.write(file, docx);
        Map<String, Path> pdf = LibreOffice.toPdf(tmp, List.of(file), 120);
        List<String> lines = LineBreakFixture.lines(Files.readAllBytes(pdf.get("quebras")));
        LineBreakFixture.assertNothingKeptIsSplit(lines);
        LineBreakFixture.assertAddressesBreakWhereAllowed(lines);
    }
}
