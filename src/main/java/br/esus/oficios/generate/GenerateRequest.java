package br.esus.oficios.generate;

import br.esus.oficios.render.DocumentId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run of {@code gerar}.
 *
 * @param files the municipality files, already expanded from folders
 * @param documents which documents to write
 * @param formats which formats ({@code pdf}, {@code docx}, {@code md}) for the documents that have them
 * @param env the environment (secrets are read from it by name)
 * @param today the date of the run (documents without a date of their own)
 */
public record GenerateRequest(List<InputFile> files, Set<DocumentId> documents, List<String> formats, Map<String, String> env,
        LocalDate today) {
    public GenerateRequest {
        files = List.copyOf(files);
        documents = Set.copyOf(documents);
        formats = List.copyOf(formats);
        env = Map.copyOf(env);
    }
}
