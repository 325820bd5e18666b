package br.esus.oficios.cli;

import br.esus.oficios.generate.Formats;
import br.esus.oficios.render.DocumentId;
import br.esus.oficios.write.DocWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Parses {@code -f pdf,docx,md} and {@code -d oficio-dominio,pop} with Portuguese errors. */
final class Choices {
    private Choices() {
    }

    static List<String> formats(CommandLine cl, List<String> given) {
        if (given == null) {
            return Formats.ALL;
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String g : split(cl, given, "-f/--formato", Formats.ALL)) {
            if (!Formats.ALL.contains(g)) {
                throw new ParameterException(cl, "formato desconhecido '" + g + "' em -f/--formato; use um ou mais de: "
                        + String.join(",", Formats.ALL));
            }
            chosen.add(g);
        }
        return Formats.ALL.stream().filter(chosen::contains).toList();
    }

    static Set<DocumentId> documents(CommandLine cl, List<String> given) {
        if (given == null) {
            return EnumSet.allOf(DocumentId.class);
        }
        Set<DocumentId> out = EnumSet.noneOf(DocumentId.class);
        for (String g : split(cl, given, "-d/--documento", DocumentId.ids())) {
            DocumentId id = DocumentId.fromId(g);
            if (id == null) {
                throw new ParameterException(cl, "documento desconhecido '" + g + "' em -d/--documento; use um ou mais de: "
                        + String.join(",", DocumentId.ids()));
            }
            out.add(id);
        }
        return out;
    }

    /**
     * The writers for {@code formats}, built once for the run; their warnings (the PDF font fallback) are printed
     * here, once. A bad {@code --fonte} is a usage error.
     */
    static List<DocWriter> writers(CommandLine cl, CliContext ctx, List<String> formats, Path font) {
        List<DocWriter> writers;
        try {
            writers = Formats.writers(formats, font == null ? null : ctx.resolve(font));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cl, e.getMessage());
        }
        Formats.warnings(writers).forEach(ctx.err()::println);
        ctx.err().flush();
        return writers;
    }

    /** A {@code --modelos} folder that does not exist would silently fall back to the built-in templates. */
    static void modelos(CommandLine cl, CliContext ctx, Path modelos) {
        if (modelos != null && !java.nio.file.Files.isDirectory(ctx.resolve(modelos))) {
            throw new ParameterException(cl, "a pasta de modelos " + modelos + " (--modelos) não existe; confira o caminho");
        }
    }

    private static List<String> split(CommandLine cl, List<String> given, String option, List<String> known) {
        List<String> out = new ArrayList<>();
        for (String g : given) {
            for (String part : g.split(",")) {
                String p = part.trim().toLowerCase(java.util.Locale.ROOT);
                if (!p.isEmpty()) {
                    out.add(p);
                }
            }
        }
        if (out.isEmpty()) {
            throw new ParameterException(cl, option + " vazio; use um ou mais de: " + String.join(",", known));
        }
        return out;
    }
}
