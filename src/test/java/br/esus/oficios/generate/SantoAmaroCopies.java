package br.esus.oficios.generate;

import br.esus.oficios.read.SyntheticIbge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A batch for the generator tests: copies of the Santo Amaro example, each another municipality of its own. */
final class SantoAmaroCopies {

    private SantoAmaroCopies() {
    }

    /** {@code n} files {@code m1.yaml}…{@code mN.yaml} in {@code root/municipios}, shown as {@code municipios/mI.yaml}. */
    static List<InputFile> write(Path root, int n) throws IOException {
        String example = Files.readString(Path.of("municipios/ba-santo-amaro.yaml"));
        Path in = Files.createDirectories(root.resolve("municipios"));
        List<InputFile> inputs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Path f = in.resolve("m" + i + ".yaml");
            Files.writeString(f, SyntheticIbge.otherMunicipality(example, "2928604", "Santo Amaro", i));
            inputs.add(new InputFile(f, Path.of("municipios", "m" + i + ".yaml")));
        }
        return inputs;
    }
}
