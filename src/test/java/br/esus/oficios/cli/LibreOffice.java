package br.esus.oficios.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * LibreOffice for the tests that check a DOCX as LibreOffice lays it out: one {@code soffice} call converts every
 * file to PDF, with a profile of its own. Without LibreOffice such a test fails on CI ({@code CI=true}) and is skipped,
 * with a message, elsewhere.
 */
public final class LibreOffice {

    /** Why the DOCX was not checked, when LibreOffice is missing. */
    static final String MISSING = "LibreOffice (soffice) não está instalado: o DOCX não foi conferido como o "
            + "LibreOffice o mostra (instale libreoffice-writer-nogui)";

    private LibreOffice() {
    }

    /** The {@code soffice} (or {@code libreoffice}) program on the PATH, or null. */
    public static Path find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("soffice", "libreoffice")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * Converts {@code docx} to PDF in {@code work/docx-pdf}, in one call, and returns each PDF by the DOCX's name
     * without {@code .docx}; an empty map when LibreOffice is missing (then call {@link #assumeAvailable()}).
     */
    public static Map<String, Path> toPdf(Path work, List<Path> docx, int timeoutSeconds)
            throws IOException, InterruptedException {
        Path soffice = find();
        Map<String, Path> pdfs = new LinkedHashMap<>();
        if (soffice == null) {
            return pdfs;
        }
        Path out = Files.createDirectories(work.resolve("docx-pdf"));
        List<String> cmd = new ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + work.resolve("lo-perfil").toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", out.toString()));
        docx.forEach(p -> cmd.add(p.toString()));
        Path log = work.resolve("soffice.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(timeoutSeconds, TimeUnit.SECONDS), "o soffice terminou");
        for (Path d : docx) {
            String name = d.getFileName().toString().replaceFirst("\\.docx$", "");
            Path converted = out.resolve(name + ".pdf");
            assertTrue(Files.exists(converted), () -> converted + " não foi gerado: " + read(log));
            pdfs.put(name, converted);
        }
        return pdfs;
    }

    /** Fails on CI, skips with a message elsewhere, when LibreOffice is missing. */
    public static void assumeAvailable() {
        if (find() != null) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(MISSING);
        }
        System.err.println("AVISO: " + MISSING + "; teste ignorado.");
        Assumptions.assumeTrue(false, MISSING);
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(sem log)";
        }
    }
}
