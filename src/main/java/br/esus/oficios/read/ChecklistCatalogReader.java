package br.esus.oficios.read;

import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.ChecklistItem;
import br.esus.oficios.model.Problem;
import br.esus.oficios.model.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the checklist catalog {@code checklist.yaml} (a list {@code itens:} of id, titulo, descricao, referencia,
 * grupo, prioridade) from the templates folders or the copy inside the jar. Thread-safe.
 */
public final class ChecklistCatalogReader {
    /** The catalog's file name inside the templates folders. */
    public static final String ARQUIVO = "checklist.yaml";

    /** The groups of the checklist, in the order they are printed. */
    public static final List<String> GRUPOS = List.of("implantação", "migração", "integrações", "segurança e backup");

    /** {@code prioridade} in the catalog, and the status of an item a municipality does not mention. */
    private static final Map<String, Status> PRIORIDADES = Field.words(
            new Status[] {Status.PENDENTE_ALTA, Status.PENDENTE_BAIXA}, s -> s.yaml().substring("pendente-".length()));

    private static final List<String> CHAVES_ITEM =
            List.of("id", "titulo", "descricao", "referencia", "grupo", "prioridade", "validade_dias");
    private static final Map<String, String> EXEMPLOS = Map.of(
            "id", "contra_chave", "titulo", "Contra-chave", "descricao", "Contra-chave gerada e digitada no PEC.",
            "referencia", "\"PEC_02 §2.4.4\"", "grupo", "implantação", "prioridade", "alta", "validade_dias", "35");

    /** The values that are free text (the reader keeps their unusual spaces). */
    private static final Pattern TEXTO_LIVRE = Pattern.compile("itens\\[\\d+]\\.(titulo|descricao|referencia)");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    private final YamlTree tree = new YamlTree();

    /**
     * @throws ChecklistCatalogException when the catalog is missing, unreadable or has any error
     */
    public ChecklistCatalog load(TemplateFiles files) throws ChecklistCatalogException {
        Path shown = files.findFile(ARQUIVO).orElse(Path.of(files.describe(ARQUIVO)));
        List<Problem> problems = new ArrayList<>();
        Optional<byte[]> bytes;
        try {
            bytes = files.read(ARQUIVO);
        } catch (IOException e) {
            throw new ChecklistCatalogException(List.of(Problem.error(shown, 0, 0, "",
                    "não foi possível ler o catálogo do checklist (" + e.getMessage() + "); confira o arquivo")));
        }
        if (bytes.isEmpty()) {
            throw new ChecklistCatalogException(List.of(Problem.error(shown, 0, 0, "",
                    "catálogo do checklist não encontrado; ponha " + ARQUIVO + " na pasta de modelos")));
        }
        Optional<ChecklistCatalog> packed = PackedTemplates.checklist(bytes.get());
        if (packed.isPresent()) {
            return packed.get();
        }
        ChecklistCatalog catalog = parse(shown, bytes.get(), problems);
        List<Problem> errors = problems.stream().filter(p -> !p.warning())
                .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column)).toList();
        if (!errors.isEmpty()) {
            throw new ChecklistCatalogException(errors);
        }
        return catalog;
    }

    /** Parses catalog bytes; problems are added to {@code problems}. */
    ChecklistCatalog parse(Path shown, byte[] bytes, List<Problem> problems) {
        YamlNode.Mapping root = tree.parse(shown, bytes, problems, "itens: com a lista de itens (veja o "
                + ARQUIVO + " que vem com o programa)");
        if (root == null) {
            return null;
        }
        FieldReader f = new FieldReader(shown, problems, path -> EXEMPLOS.get(path.substring(path.lastIndexOf('.') + 1)),
                "o " + ARQUIVO + " que vem com o programa")
                .freeText(path -> TEXTO_LIVRE.matcher(path).matches());
        YamlNode itens = root.entries().get("itens");
        if (itens == null) {
            f.missing(root, "itens", true);
            return null;
        }
        f.keys(root, List.of("itens"));
        if (!(itens instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
            f.error(itens, "`itens` deve ser uma lista não vazia de itens, cada um começando com `- id: ...`");
            return null;
        }
        List<ChecklistItem> out = new ArrayList<>();
        Map<String, YamlNode> vistos = new HashMap<>();
        for (YamlNode n : seq.items()) {
            if (!(n instanceof YamlNode.Mapping m)) {
                f.error(n, "cada item deve ser um bloco com id, titulo, descricao, referencia, grupo e prioridade");
                continue;
            }
            f.keys(m, CHAVES_ITEM);
            YamlNode.Scalar idNode = f.scalar(m, "id", true);
            String id = null;
            if (idNode != null) {
                id = idNode.text();
                if (!ID.matcher(id).matches()) {
                    f.error(idNode, "id inválido " + Texts.quote(id) + "; use só letras minúsculas sem acento, "
                            + "números e _ (ex.: contra_chave)");
                    id = null;
                } else if (vistos.containsKey(id)) {
                    f.error(idNode, "id repetido " + Texts.quote(id) + " (já usado na linha "
                            + vistos.get(id).line() + "); cada item precisa de um id próprio");
                    id = null;
                } else {
                    vistos.put(id, idNode);
                }
            }
            String titulo = f.text(m, "titulo", true);
            String descricao = f.text(m, "descricao", true);
            String referencia = f.text(m, "referencia", true);
            YamlNode.Scalar grupoNode = f.scalar(m, "grupo", true);
            String grupo = null;
            if (grupoNode != null) {
                grupo = grupoNode.text();
                if (!GRUPOS.contains(grupo)) {
                    f.error(grupoNode, "grupo inválido " + Texts.quote(grupo) + "; "
                            + Suggest.closest(grupo, GRUPOS).map(s -> "você quis dizer " + Texts.code(s) + "? ")
                                    .orElse("")
                            + "use um destes: " + String.join(", ", GRUPOS));
                }
            }
            Status prioridade = f.choice(m, "prioridade", true, PRIORIDADES);
            Integer validade = f.integer(m, "validade_dias", false, 1, 3660);
            out.add(new ChecklistItem(id, titulo, descricao, referencia, grupo, prioridade, validade));
        }
        return new ChecklistCatalog(out);
    }
}
