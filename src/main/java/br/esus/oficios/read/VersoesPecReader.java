package br.esus.oficios.read;

import br.esus.oficios.model.Problem;
import br.esus.oficios.model.TabelaVersoesPec;
import br.esus.oficios.model.VersaoPec;
import br.esus.oficios.model.VersaoPublicada;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the PEC versions table {@code versoes-pec.yaml} (a list {@code versoes:} of versao, publicada, nota) from the
 * templates folders or the copy inside the jar, like {@link ChecklistCatalogReader}. Thread-safe.
 */
public final class VersoesPecReader {
    /** The table's file name inside the templates folders. */
    public static final String ARQUIVO = "versoes-pec.yaml";

    private static final List<String> CHAVES = List.of("versao", "publicada", "nota");
    private static final Map<String, String> EXEMPLOS = Map.of(
            "versao", "\"5.4.29\"", "publicada", "2026-01-22", "nota", "\"Exige Java 17\"");

    /** The values that are free text (the reader keeps their unusual spaces). */
    private static final Pattern TEXTO_LIVRE = Pattern.compile("versoes\\[\\d+]\\.nota");

    private final YamlTree tree = new YamlTree();

    /**
     * @throws VersoesPecException when the table is missing, unreadable or has any error
     */
    public TabelaVersoesPec load(TemplateFiles files) throws VersoesPecException {
        Path shown = files.findFile(ARQUIVO).orElse(Path.of(files.describe(ARQUIVO)));
        Optional<byte[]> bytes;
        try {
            bytes = files.read(ARQUIVO);
        } catch (IOException e) {
            throw new VersoesPecException(List.of(Problem.error(shown, 0, 0, "",
                    "não foi possível ler a tabela de versões do PEC (" + e.getMessage() + "); confira o arquivo")));
        }
        if (bytes.isEmpty()) {
            throw new VersoesPecException(List.of(Problem.error(shown, 0, 0, "",
                    "tabela de versões do PEC não encontrada; ponha " + ARQUIVO + " na pasta de modelos")));
        }
        Optional<TabelaVersoesPec> packed = PackedTemplates.versoes(bytes.get());
        if (packed.isPresent()) {
            return packed.get();
        }
        List<Problem> problems = new ArrayList<>();
        TabelaVersoesPec tabela = parse(shown, bytes.get(), problems);
        List<Problem> errors = problems.stream().filter(p -> !p.warning())
                .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column)).toList();
        if (!errors.isEmpty()) {
            throw new VersoesPecException(errors);
        }
        return tabela;
    }

    /** Parses table bytes; problems are added to {@code problems}. */
    TabelaVersoesPec parse(Path shown, byte[] bytes, List<Problem> problems) {
        YamlNode.Mapping root = tree.parse(shown, bytes, problems, "versoes: com a lista de versões (veja o "
                + ARQUIVO + " que vem com o programa)");
        if (root == null) {
            return null;
        }
        FieldReader f = new FieldReader(shown, problems, path -> EXEMPLOS.get(path.substring(path.lastIndexOf('.') + 1)),
                "o " + ARQUIVO + " que vem com o programa")
                .freeText(path -> TEXTO_LIVRE.matcher(path).matches());
        YamlNode versoes = root.entries().get("versoes");
        if (versoes == null) {
            f.missing(root, "versoes", true);
            return null;
        }
        f.keys(root, List.of("versoes"));
        if (!(versoes instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
            f.error(versoes, "`versoes` deve ser uma lista não vazia, cada linha como "
                    + "`- {versao: \"5.4.29\", publicada: 2026-01-22}`");
            return null;
        }
        List<VersaoPublicada> out = new ArrayList<>();
        Map<VersaoPec, YamlNode> vistas = new HashMap<>();
        for (YamlNode n : seq.items()) {
            if (!(n instanceof YamlNode.Mapping m)) {
                f.error(n, "cada linha deve ser um bloco com versao, publicada e (opcional) nota, como "
                        + "`- {versao: \"5.4.29\", publicada: 2026-01-22}`");
                continue;
            }
            f.keys(m, CHAVES);
            YamlNode.Scalar versaoNode = f.scalar(m, "versao", true);
            VersaoPec versao = null;
            if (versaoNode != null) {
                versao = VersaoPec.parse(versaoNode.text());
                if (versao == null) {
                    f.error(versaoNode, "versão inválida " + Texts.quote(versaoNode.text())
                            + "; escreva-a entre aspas, com pontos (ex.: \"5.4.29\")");
                } else if (vistas.containsKey(versao)) {
                    f.error(versaoNode, "versão repetida " + Texts.quote(versaoNode.text()) + " (já está na linha "
                            + vistas.get(versao).line() + "); cada versão aparece uma vez");
                    versao = null;
                } else {
                    vistas.put(versao, versaoNode);
                }
            }
            LocalDate publicada = f.date(m, "publicada", true);
            String nota = f.text(m, "nota", false);
            if (versao != null && publicada != null) {
                out.add(new VersaoPublicada(versao, publicada, nota));
            }
        }
        return new TabelaVersoesPec(out);
    }
}
