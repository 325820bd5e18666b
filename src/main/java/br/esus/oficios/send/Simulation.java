package br.esus.oficios.send;

import br.esus.oficios.output.AtomicFiles;
import jakarta.mail.MessagingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * {@code simular}: the message is written, exactly as it would go, to
 * {@code output/<uf>-<slug>/envios/2026-11-23T183000-oficio-dominio.eml} (open it in any mail client).
 */
final class Simulation {
    static final String PASTA = "envios";
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss", Locale.ROOT);

    private Simulation() {
    }

    static Path write(PreparedMessage pm, Clock clock) throws IOException, MessagingException {
        Path dir = pm.outgoing().pasta().resolve(PASTA);
        Files.createDirectories(dir);
        String base = ZonedDateTime.now(clock).format(NAME_TIME) + "-" + pm.outgoing().documento();
        Path file = dir.resolve(base + ".eml");
        for (int n = 2; Files.exists(file); n++) {
            file = dir.resolve(base + "-" + n + ".eml");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        pm.message().writeTo(out);
        AtomicFiles.write(file, out.toByteArray(), false);
        return file;
    }
}
