package br.esus.oficios.sign;

import br.esus.oficios.generate.InputFile;
import br.esus.oficios.render.DocumentId;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run of {@code assinar}.
 *
 * @param certificate {@code --certificado}, resolved; null to take each file's {@code signatario.certificado}
 * @param certificateShown {@code --certificado} as the user wrote it
 * @param env the environment: the certificate's password is read from it by name
 * @param now the time of the signatures
 */
public record SignRequest(List<InputFile> files, Set<DocumentId> documents, Path certificate, String certificateShown,
        Map<String, String> env, LocalDate today, Instant now) {
    public SignRequest {
        files = List.copyOf(files);
        documents = Set.copyOf(documents);
        env = Map.copyOf(env);
    }

    /** Without the environment: it holds passwords and secrets, and a record's own toString would print them. */
    @Override
    public String toString() {
        return "SignRequest[files=" + files + ", documents=" + documents + ", certificate=" + certificateShown
                + ", today=" + today + ", now=" + now + "]";
    }
}
