package br.esus.oficios.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of {@code gerar}, also accepted by {@code gerar-oficios} without a subcommand. */
final class GerarOptions {
    @Option(names = {"-f", "--formato"}, paramLabel = "FORMATOS", split = ",",
            description = "Formatos, separados por vírgula: pdf, docx, md (padrão: todos).")
    List<String> formats;

    @Option(names = {"-d", "--documento"}, paramLabel = "IDS", split = ",",
            description = "Documentos, separados por vírgula: oficio-dominio, ticket-prescricao, application-properties, "
                    + "pop, checklist (padrão: todos).")
    List<String> documents;

    @Option(names = {"-o", "--saida"}, paramLabel = "PASTA", defaultValue = "output",
            description = "Pasta de saída (padrão: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--fonte", paramLabel = "ARQUIVO.ttf",
            description = "Fonte TrueType para o PDF. Sem ela, procura Calibri ou Carlito no sistema.")
    Path font;
}
