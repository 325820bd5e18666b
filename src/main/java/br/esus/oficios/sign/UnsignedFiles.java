package br.esus.oficios.sign;

import br.esus.oficios.read.TemplateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

/**
 * Whether the unsigned PDF can be signed as it is, or must be generated first: it is missing, or older than its
 * municipality file or than a template file in use (the {@code --modelos} folder, {@code ./templates}).
 */
final class UnsignedFiles {
    private UnsignedFiles() {
    }

    static boolean stale(Path pdf, Path yaml, TemplateFiles templates) {
        try {
            if (!Files.isRegularFile(pdf)) {
                return true;
            }
            FileTime made = Files.getLastModifiedTime(pdf);
            if (Files.getLastModifiedTime(yaml).compareTo(made) > 0) {
                return true;
            }
            for (Path dir : templates.dirs()) {
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path t : files.filter(Files::isRegularFile).toList()) {
                        if (Files.getLastModifiedTime(t).compareTo(made) > 0) {
                            return true;
                        }
                    }
                }
            }
            return false;
        } catch (IOException e) {
            return true; // whatever cannot be compared is generated again
        }
    }
}
