package br.esus.oficios.output;

import br.esus.oficios.model.Municipio;
import java.io.IOException;
import java.nio.file.Path;

/** Where a municipality's files go: {@code <saida>/<uf>-<slug>/}, never outside {@code <saida>}. */
public final class OutputLayout {
    private final Path root;

    public OutputLayout(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path folder(Municipio m) throws IOException {
        String name = m.outputFolderName();
        if (!name.matches("[a-z0-9-]+")) {
            throw new IOException("nome de pasta inválido: " + name);
        }
        Path base = root.toAbsolutePath().normalize();
        Path dir = base.resolve(name).normalize();
        if (!dir.getParent().equals(base)) {
            throw new IOException("a pasta " + dir + " ficaria fora de " + base);
        }
        return root.resolve(name);
    }
}
