package br.esus.oficios.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** The options of {@code gerar}, also accepted by {@code gerar-oficios} without a subcommand. */
final class GerarOptions {
    /** {@code -f/--formato}; null when not given. */
    List<String> formats;

    /** {@code -d/--documento}; null when not given. */
    List<String> documents;

    /** {@code -o/--saida}. */
    Path output;

    /** {@code --fonte}. */
    Path font;

    /** Adds {@code -f}, {@code -d}, {@code -o} and {@code --fonte} to a command, bound to this object. */
    void addTo(CommandSpec spec) {
        spec.addOption(CommandModel.listOption(String.class, () -> formats, v -> formats = v, "-f", "--formato")
                .paramLabel("FORMATOS").splitRegex(",")
                .description("Formatos, separados por vírgula: pdf, docx, md (padrão: todos).")
                .build());
        spec.addOption(CommandModel.listOption(String.class, () -> documents, v -> documents = v, "-d", "--documento")
                .paramLabel("IDS").splitRegex(",")
                .description("Documentos, separados por vírgula: oficio-dominio, ticket-prescricao, "
                        + "application-properties, pop, checklist (padrão: todos).")
                .build());
        spec.addOption(CommandModel.outputFolder(() -> output, v -> output = v));
        spec.addOption(CommandModel.option(Path.class, () -> font, v -> font = v, "--fonte")
                .paramLabel("ARQUIVO.ttf")
                .description("Fonte TrueType para o PDF. Sem ela, procura Calibri ou Carlito no sistema.")
                .build());
    }
}
