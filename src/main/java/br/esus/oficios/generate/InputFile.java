package br.esus.oficios.generate;

import java.nio.file.Path;

/**
 * A municipality file: where it is, and how messages name it (as the user would write it, relative to the working
 * directory).
 */
public record InputFile(Path path, Path shown) {
}
