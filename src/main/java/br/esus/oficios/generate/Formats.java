package br.esus.oficios.generate;

import br.esus.oficios.write.DocWriter;
import br.esus.oficios.write.MarkdownWriter;
import br.esus.oficios.write.docx.DocxWriter;
import br.esus.oficios.write.pdf.PdfWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The output formats and their writers. Writers are built only for the formats a run asks for. */
public final class Formats {
    /** Every format, in the order files are written. */
    public static final List<String> ALL = List.of("pdf", "docx", "md");

    private Formats() {
    }

    /** Warnings the writers have for the user (e.g. the PDF font fallback), to print once per run. */
    public static List<String> warnings(List<DocWriter> writers) {
        List<String> out = new ArrayList<>();
        for (DocWriter w : writers) {
            out.addAll(w.warnings());
        }
        return out;
    }


    /**
     * @param font the {@code --fonte} TrueType file, or null to look for Calibri/Carlito
     */
    public static List<DocWriter> writers(List<String> formats, Path font) {
        List<DocWriter> out = new ArrayList<>();
        for (String f : formats) {
            if (f.equals("md")) {
                out.add(new MarkdownWriter());
            } else if (f.equals("pdf")) {
                out.add(new PdfWriter(font));
            } else if (f.equals("docx")) {
                out.add(new DocxWriter());
            } else {
                throw new IllegalArgumentException("formato sem escritor: " + f);
            }
        }
        return out;
    }
}
