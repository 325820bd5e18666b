package br.esus.oficios.generate;

import br.esus.oficios.write.DocWriter;
import br.esus.oficios.write.MarkdownWriter;
import br.esus.oficios.write.docx.DocxWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The output formats and their writers. Writers are built only for the formats a run asks for. */
public final class Formats {
    /** Every format, in the order files are written. */
    public static final List<String> ALL = List.of("pdf", "docx", "md");

    private Formats() {
    }

    /** The formats this build can write. */
    public static List<String> available() {
        return List.of("docx", "md");
    }

    /**
     * @param font the {@code --fonte} TrueType file, or null to look for Calibri/Carlito
     */
    public static List<DocWriter> writers(List<String> formats, Path font) {
        List<DocWriter> out = new ArrayList<>();
        for (String f : formats) {
            if (f.equals("md")) {
                out.add(new MarkdownWriter());
            } else if (f.equals("docx")) {
                out.add(new DocxWriter());
            } else {
                throw new IllegalArgumentException("formato sem escritor: " + f);
            }
        }
        return out;
    }
}
