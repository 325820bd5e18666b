package br.esus.oficios.write.pdf;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which font files the PDF uses, chosen once per batch: an explicit file ({@code --fonte}), else Calibri or
 * Carlito from the system font folders (MRPR3 5.1.6: "Calibri ou Carlito"), else Liberation Sans shipped in a
 * Maven artifact, with a warning. Code blocks use DejaVu Sans Mono or Liberation Mono found the same way, else
 * Liberation Mono from the artifact. The font bytes are read once and kept; each rendering thread parses them
 * once ({@link #parse(Face)}).
 *
 * @param bodyName the name of the body font, for messages ("Carlito", "Calibri", "Liberation Sans", a file name)
 * @param body regular, bold, italic and bold italic faces of the body font (regular always present)
 * @param mono regular and bold faces of the monospace font
 * @param warnings messages for the user (Portuguese, one line each), e.g. the fallback warning
 */
public record FontChoice(String bodyName, List<Face> body, List<Face> mono, List<String> warnings) {


    static final String FALLBACK_WARNING = "aviso: fonte Carlito/Calibri não encontrada; usando Liberation Sans. "
            + "Para o padrão ofício instale a Carlito (Debian/Ubuntu: sudo apt install fonts-crosextra-carlito)";

    public FontChoice {
        body = List.copyOf(body);
        mono = List.copyOf(mono);
        warnings = List.copyOf(warnings);
    }

    /**
     * One face of a family.
     *
     * @param weight 400 or 700
     * @param italic true for italic
     * @param origin the file path or the resource the bytes came from
     * @param data the TrueType file
     */
    public record Face(int weight, boolean italic, String origin, byte[] data) {
    }

    /**
     * The faces of the bundled font (Liberation Sans) that draws, character by character, what the body or the code
     * font lacks (TextLayout), read from the artifact once.
     */
    public static List<Face> reserveFaces() {
        return Reserve.FACES;
    }

    private static final class Reserve {
        static final List<Face> FACES = List.copyOf(resourceFaces("LiberationSans-Regular.ttf",
                "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"));
    }

    /** Parses a face: one {@link TrueTypeFont} per thread, GSUB off (notas-bibliotecas §10: 10× faster). */
    public static TrueTypeFont parse(Face face) {
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.data()));
            ttf.setEnableGsub(false);
            return ttf;
        } catch (IOException e) {
            throw new UncheckedIOException("fonte ilegível: " + face.origin(), e);
        }
    }

    /** The system font folders of Windows, Linux and macOS that exist on this machine. */
    public static List<Path> systemFontDirs() {
        return candidateFontDirs(System.getProperty("user.home", ""), System.getenv("WINDIR"),
                System.getenv("LOCALAPPDATA")).stream().filter(Files::isDirectory).toList();
    }

    /** Where Microsoft Office for macOS keeps its own fonts (Calibri among them), inside the Word app. */
    static final String MAC_OFFICE_FONTS = "Microsoft Word.app/Contents/Resources/DFonts";

    /**
     * The font folders searched, in order (the first file found with a name wins): Windows, Linux, macOS, then
     * the fonts that Microsoft Office for macOS installs inside Word ({@code /Applications} or
     * {@code ~/Applications}), not in the system folders.
     *
     * @param home the user's home folder, or empty
     * @param windir the WINDIR environment variable, or null
     * @param localAppData the LOCALAPPDATA environment variable, or null
     */
    static List<Path> candidateFontDirs(String home, String windir, String localAppData) {
        List<Path> dirs = new ArrayList<>();
        dirs.add(Path.of(windir != null ? windir : "C:\\Windows", "Fonts"));
        if (localAppData != null) {
            dirs.add(Path.of(localAppData, "Microsoft", "Windows", "Fonts"));
        }
        dirs.add(Path.of("/usr/share/fonts"));
        dirs.add(Path.of("/usr/local/share/fonts"));
        boolean hasHome = home != null && !home.isEmpty();
        if (hasHome) {
            dirs.add(Path.of(home, ".local", "share", "fonts"));
            dirs.add(Path.of(home, ".fonts"));
            dirs.add(Path.of(home, "Library", "Fonts"));
        }
        dirs.add(Path.of("/Library/Fonts"));
        dirs.add(Path.of("/System/Library/Fonts"));
        dirs.add(Path.of("/Applications").resolve(MAC_OFFICE_FONTS));
        if (hasHome) {
            dirs.add(Path.of(home, "Applications").resolve(MAC_OFFICE_FONTS));
        }
        return dirs;
    }

    /** {@link #resolve(Path, List)} over the system font folders. */
    public static FontChoice resolve(Path explicitFile) {
        return resolve(explicitFile, systemFontDirs());
    }

    /**
     * Chooses the fonts.
     *
     * @param explicitFile a TrueType file given by the user, or null
     * @param fontDirs folders searched recursively for Calibri/Carlito and the monospace font
     * @throws IllegalArgumentException (Portuguese message) when the explicit file is missing or not TrueType
     */
    public static FontChoice resolve(Path explicitFile, List<Path> fontDirs) {
        Map<String, Path> found = scan(fontDirs);
        List<String> warnings = new ArrayList<>();
        String bodyName;
        List<Face> body;
        if (explicitFile != null) {
            body = explicitFaces(explicitFile);
            bodyName = explicitFile.getFileName().toString();
        } else if (found.containsKey("calibri.ttf")) {
            bodyName = "Calibri";
            body = systemFaces(found, "calibri.ttf", "calibrib.ttf", "calibrii.ttf", "calibriz.ttf");
        } else if (found.containsKey("carlito-regular.ttf")) {
            bodyName = "Carlito";
            body = systemFaces(found, "carlito-regular.ttf", "carlito-bold.ttf", "carlito-italic.ttf",
                    "carlito-bolditalic.ttf");
        } else {
            bodyName = "Liberation Sans";
            body = resourceFaces("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                    "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf");
            warnings.add(FALLBACK_WARNING);
        }
        List<Face> mono;
        if (found.containsKey("dejavusansmono.ttf")) {
            mono = systemFaces(found, "dejavusansmono.ttf", "dejavusansmono-bold.ttf", null, null);
        } else if (found.containsKey("liberationmono-regular.ttf")) {
            mono = systemFaces(found, "liberationmono-regular.ttf", "liberationmono-bold.ttf", null, null);
        } else {
            mono = resourceFaces("LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf", null, null);
        }
        return new FontChoice(bodyName, body, mono, warnings);
    }

    private static final Set<String> WANTED = Set.of(
            "calibri.ttf", "calibrib.ttf", "calibrii.ttf", "calibriz.ttf",
            "carlito-regular.ttf", "carlito-bold.ttf", "carlito-italic.ttf", "carlito-bolditalic.ttf",
            "dejavusansmono.ttf", "dejavusansmono-bold.ttf",
            "liberationmono-regular.ttf", "liberationmono-bold.ttf");

    /** Lower-case file name → first path found, over every folder, recursively. */
    private static Map<String, Path> scan(List<Path> dirs) {
        Map<String, Path> found = new HashMap<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir, 8)) {
                files.forEach(p -> {
                    Path name = p.getFileName();
                    if (name != null) {
                        String lower = name.toString().toLowerCase(Locale.ROOT);
                        if (WANTED.contains(lower) && Files.isRegularFile(p) && Files.isReadable(p)) {
                            found.putIfAbsent(lower, p);
                        }
                    }
                });
            } catch (IOException | UncheckedIOException | SecurityException e) {
                // An unreadable folder is skipped: the next one, or the fallback, is used.
            }
        }
        return found;
    }

    private static List<Face> systemFaces(Map<String, Path> found, String regular, String bold, String italic,
            String boldItalic) {
        List<Face> faces = new ArrayList<>();
        faces.add(fileFace(found.get(regular), 400, false));
        addIfFound(faces, found, bold, 700, false);
        addIfFound(faces, found, italic, 400, true);
        addIfFound(faces, found, boldItalic, 700, true);
        return faces;
    }

    private static void addIfFound(List<Face> faces, Map<String, Path> found, String name, int weight,
            boolean italic) {
        if (name != null && found.containsKey(name)) {
            try {
                faces.add(fileFace(found.get(name), weight, italic));
            } catch (IllegalArgumentException e) {
                // A broken optional face: the regular one stands in for it.
            }
        }
    }

    /** The explicit file as the regular face, and its bold/italic siblings when they sit next to it. */
    private static List<Face> explicitFaces(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("fonte não encontrada: " + file
                    + " (confira o caminho do arquivo .ttf em --fonte)");
        }
        List<Face> faces = new ArrayList<>();
        faces.add(fileFace(file, 400, false));
        Path dir = file.toAbsolutePath().getParent();
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : ".ttf";
        sibling(dir, siblingNames(stem, ext, "Bold", "b")).ifPresent(p -> faces.add(fileFaceOrNull(p, 700, false)));
        sibling(dir, siblingNames(stem, ext, "Italic", "i")).ifPresent(p -> faces.add(fileFaceOrNull(p, 400, true)));
        sibling(dir, siblingNames(stem, ext, "BoldItalic", "z")).ifPresent(p -> faces.add(fileFaceOrNull(p, 700, true)));
        faces.removeIf(f -> f == null);
        return faces;
    }

    /** Candidate names of a sibling face: Carlito-Bold.ttf for Carlito-Regular.ttf, calibrib.ttf for calibri.ttf. */
    private static List<String> siblingNames(String stem, String ext, String styleWord, String windowsSuffix) {
        Set<String> names = new LinkedHashSet<>();
        String base = stem.replaceFirst("(?i)[-_ ]?(regular|normal|book|roman)$", "");
        names.add(base + "-" + styleWord + ext);
        names.add(base + styleWord + ext);
        names.add(base + " " + styleWord + ext);
        names.add(base + "_" + styleWord + ext);
        if (styleWord.equals("BoldItalic")) {
            names.add(base + "-BoldOblique" + ext);
            names.add(base + "bi" + ext);
        }
        if (styleWord.equals("Italic")) {
            names.add(base + "-Oblique" + ext);
        }
        names.add(base + windowsSuffix + ext);
        return new ArrayList<>(names);
    }

    private static Optional<Path> sibling(Path dir, List<String> names) {
        if (dir == null) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.toList();
            for (String wanted : names) {
                for (Path p : all) {
                    if (p.getFileName().toString().equalsIgnoreCase(wanted) && Files.isRegularFile(p)) {
                        return Optional.of(p);
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Face fileFaceOrNull(Path p, int weight, boolean italic) {
        try {
            return fileFace(p, weight, italic);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Face fileFace(Path p, int weight, boolean italic) {
        byte[] data;
        try {
            data = Files.readAllBytes(p);
        } catch (IOException e) {
            throw new IllegalArgumentException("não foi possível ler a fonte " + p + ": " + e.getMessage(), e);
        }
        Face face = new Face(weight, italic, p.toString(), data);
        checkTrueType(face);
        return face;
    }

    private static List<Face> resourceFaces(String regular, String bold, String italic, String boldItalic) {
        List<Face> faces = new ArrayList<>();
        faces.add(resourceFace(regular, 400, false));
        if (bold != null) {
            faces.add(resourceFace(bold, 700, false));
        }
        if (italic != null) {
            faces.add(resourceFace(italic, 400, true));
        }
        if (boldItalic != null) {
            faces.add(resourceFace(boldItalic, 700, true));
        }
        return faces;
    }

    private static Face resourceFace(String file, int weight, boolean italic) {
        String resource = "/liberation/" + file;
        try (InputStream in = FontChoice.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("fonte interna ausente: " + resource
                        + " (o pacote openpdf-fonts-extra não está no classpath)");
            }
            return new Face(weight, italic, "classpath:" + resource, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rejects files fontbox cannot read as TrueType (e.g. OpenType/CFF .otf, which PDFBox cannot embed as TrueType). */
    private static void checkTrueType(Face face) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.data()))) {
            if (ttf.getNumberOfGlyphs() <= 0 || ttf.getGlyph() == null) {
                throw new IllegalArgumentException("fonte sem contornos TrueType: " + face.origin()
                        + " (use um arquivo .ttf)");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("não é uma fonte TrueType: " + face.origin()
                    + " (use um arquivo .ttf; fontes .otf/CFF não servem)", e);
        }
    }
}
