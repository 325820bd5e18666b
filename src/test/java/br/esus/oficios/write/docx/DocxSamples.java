package br.esus.oficios.write.docx;

import br.esus.oficios.write.OficioFixture;
import java.nio.file.Files;
import java.nio.file.Path;

import br.esus.oficios.doc.Doc;

/** Writes the fixtures to a folder, to open them in Word or convert them with LibreOffice: {@code DocxSamples DIR}. */
public final class DocxSamples {

    private DocxSamples() {
    }

    public static void main(String[] args) throws Exception {
        br.esus.oficios.write.QuietLibraries.apply();
        Path dir = Path.of(args.length > 0 ? args[0] : "target/docx-amostras");
        Files.createDirectories(dir);
        DocxWriter w = new DocxWriter();
        Path brasao = OficioFixture.brasao(dir);
        Doc[] docs = {OficioFixture.oficio(brasao), DocxFixtures.oficioLinhaAPorLinha(brasao), DocxFixtures.pop(),
            DocxFixtures.checklist(), DocxFixtures.longDoc()};
        String[] names = {"oficio", "oficio-linhas", "pop", "checklist", "longo"};
        for (int i = 0; i < docs.length; i++) {
            Files.write(dir.resolve(names[i] + ".docx"), w.write(docs[i]));
        }
        System.out.println("amostras em " + dir.toAbsolutePath());
    }
}
