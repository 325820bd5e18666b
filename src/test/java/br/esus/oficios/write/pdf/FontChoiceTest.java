package br.esus.oficios.write.pdf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FontChoiceTest {

    /** Copies a Liberation face from the artifact to a file, under another name. */
    static Path fontFile(Path dir, String resource, String name) throws IOException {
        Files.createDirectories(dir);
        try (InputStream in = FontChoiceTest.class.getResourceAsStream("/liberation/" + resource)) {
            Path p = dir.resolve(name);
            Files.copy(in, p);
            return p;
        }
    }

    @Test
    void withNoFontFoundFallsBackToLiberationWithOneWarning(@TempDir Path empty) {
        FontChoice c = FontChoice.resolve(null, List.of(empty));
        assertEquals("Liberation Sans", c.bodyName());
        assertEquals(4, c.body().size());
        assertEquals(List.of(FontChoice.FALLBACK_WARNING), c.warnings());
        assertTrue(c.warnings().get(0).contains("sudo apt install fonts-crosextra-carlito"));
        assertTrue(c.mono().get(0).origin().contains("LiberationMono"));
    }

    @Test
    void findsCarlitoRecursivelyWithItsFaces(@TempDir Path dir) throws IOException {
        Path deep = dir.resolve("truetype/crosextra");
        fontFile(deep, "LiberationSans-Regular.ttf", "Carlito-Regular.ttf");
        fontFile(deep, "LiberationSans-Bold.ttf", "Carlito-Bold.ttf");
        FontChoice c = FontChoice.resolve(null, List.of(dir));
        assertEquals("Carlito", c.bodyName());
        assertEquals(2, c.body().size());
        assertEquals(700, c.body().get(1).weight());
        assertTrue(c.warnings().isEmpty());
    }

    @Test
    void prefersCalibriToCarlito(@TempDir Path dir) throws IOException {
        fontFile(dir.resolve("a"), "LiberationSans-Regular.ttf", "Carlito-Regular.ttf");
        fontFile(dir.resolve("b"), "LiberationSans-Regular.ttf", "CALIBRI.TTF");
        fontFile(dir.resolve("b"), "LiberationSans-BoldItalic.ttf", "calibriz.ttf");
        FontChoice c = FontChoice.resolve(null, List.of(dir));
        assertEquals("Calibri", c.bodyName());
        assertTrue(c.body().stream().anyMatch(f -> f.weight() == 700 && f.italic()));
    }

    @Test
    void searchOrderEndsWithTheCalibriOfMicrosoftOfficeForMac() {
        String home = "/Users/ana";
        List<Path> dirs = FontChoice.candidateFontDirs(home, null, null);
        Path userFonts = Path.of(home, "Library", "Fonts");
        Path office = Path.of("/Applications/Microsoft Word.app/Contents/Resources/DFonts");
        Path userOffice = Path.of(home, "Applications/Microsoft Word.app/Contents/Resources/DFonts");
        assertEquals(List.of(Path.of("C:\\Windows", "Fonts"), Path.of("/usr/share/fonts"),
                Path.of("/usr/local/share/fonts"), Path.of(home, ".local", "share", "fonts"), Path.of(home, ".fonts"),
                userFonts, Path.of("/Library/Fonts"), Path.of("/System/Library/Fonts"), office, userOffice), dirs);
        List<Path> windows = FontChoice.candidateFontDirs("", "D:\\WIN", "C:\\Users\\ana\\AppData\\Local");
        assertEquals(Path.of("D:\\WIN", "Fonts"), windows.get(0));
        assertEquals(Path.of("C:\\Users\\ana\\AppData\\Local", "Microsoft", "Windows", "Fonts"), windows.get(1));
        assertFalse(windows.contains(userOffice), "sem pasta pessoal, nada dela");
    }

    @Test
    void findsTheCalibriThatMicrosoftWordForMacBrings(@TempDir Path home) throws IOException {
        Path dfonts = home.resolve("Applications/Microsoft Word.app/Contents/Resources/DFonts");
        fontFile(dfonts, "LiberationSans-Regular.ttf", "Calibri.ttf");
        fontFile(dfonts, "LiberationSans-Bold.ttf", "Calibrib.ttf");
        List<Path> dirs = FontChoice.candidateFontDirs(home.toString(), null, null).stream()
                .filter(p -> p.startsWith(home) && Files.isDirectory(p)).toList();
        FontChoice c = FontChoice.resolve(null, dirs);
        assertEquals("Calibri", c.bodyName());
        assertEquals(2, c.body().size());
        assertTrue(c.body().get(0).origin().startsWith(dfonts.toString()), c.body().get(0).origin());
        assertTrue(c.warnings().isEmpty());
    }

    @Test
    void explicitFileWinsAndBringsItsSiblings(@TempDir Path dir) throws IOException {
        Path regular = fontFile(dir, "LiberationSans-Regular.ttf", "Minha-Regular.ttf");
        fontFile(dir, "LiberationSans-Bold.ttf", "Minha-Bold.ttf");
        fontFile(dir, "LiberationSans-Italic.ttf", "Minha-Italic.ttf");
        FontChoice c = FontChoice.resolve(regular, List.of());
        assertEquals("Minha-Regular.ttf", c.bodyName());
        assertEquals(3, c.body().size());
        assertTrue(c.warnings().isEmpty());
    }

    @Test
    void explicitFileMissingOrNotTrueTypeIsAClearError(@TempDir Path dir) throws IOException {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> FontChoice.resolve(dir.resolve("nao-existe.ttf"), List.of()));
        assertTrue(missing.getMessage().startsWith("fonte não encontrada"), missing.getMessage());
        Path junk = Files.writeString(dir.resolve("texto.ttf"), "isto não é uma fonte");
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> FontChoice.resolve(junk, List.of()));
        assertTrue(bad.getMessage().contains("TrueType"), bad.getMessage());
    }
}
