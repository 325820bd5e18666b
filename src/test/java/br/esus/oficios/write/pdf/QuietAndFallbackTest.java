package br.esus.oficios.write.pdf;

import br.esus.oficios.write.OficioFixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuietAndFallbackTest {

    @Test
    void renderingPrintsNothingEvenWithGlyphsTheFontLacks(@TempDir Path empty) throws Exception {
        List<String> logged = new ArrayList<>();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r.getLoggerName() + ": " + r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        recorder.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        root.addHandler(recorder);
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            System.setOut(capture);
            PdfWriter writer = new PdfWriter(FontChoice.resolve(null, List.of(empty)));
            writer.write(Fixtures.hostile());
            writer.write(Fixtures.pop());
        } finally {
            System.setErr(err);
            System.setOut(out);
            root.removeHandler(recorder);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8), "nada no terminal");
        assertTrue(logged.isEmpty(), "nada nos logs: " + logged);
    }

    @Test
    void fallbackFontGivesAnEmbeddedLiberationPdfAndTheWarningOnce(@TempDir Path empty) throws Exception {
        PdfWriter writer = new PdfWriter(FontChoice.resolve(null, List.of(empty)));
        assertEquals(1, writer.warnings().size());
        byte[] pdf = writer.write(OficioFixture.oficio(OficioFixture.brasao(PdfWriterTest.OUT)));
        writer.write(Fixtures.checklist());
        assertEquals(1, writer.warnings().size(), "o aviso não se repete por documento");
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (COSName n : d.getPage(0).getResources().getFontNames()) {
                var font = d.getPage(0).getResources().getFont(n);
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().contains("Liberation"), font.getName());
            }
        }
    }
}
