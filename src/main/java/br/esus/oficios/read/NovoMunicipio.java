package br.esus.oficios.read;

import br.esus.oficios.model.Banco;
import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.ChecklistItem;
import br.esus.oficios.model.GovBr;
import br.esus.oficios.model.Hierarquia;
import br.esus.oficios.model.Slug;
import br.esus.oficios.model.Uf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code gerar-oficios novo UF "Nome"}: writes {@code <pasta>/<uf>-<slug>.yaml} with every key of a municipality
 * file, a Portuguese comment on each, the values already known filled in and {@code PREENCHER} where the user must
 * write; optional keys are written as comments (the prefeitura's sigla excepted: the ofício's identification needs
 * it), so that {@code validar} only asks for what is required. The file ends with a line break. Its first line
 * points editors to the JSON Schema, written beside the folder when missing or stale ({@link #schemaFile}).
 * Thread-safe.
 */
public final class NovoMunicipio {
    private static final int LARGURA = 100;
    /** Optional keys the footer and the endereçamento of the ofício want: commented out, with PREENCHER. */
    private static final List<String> RECOMENDADOS = List.of("secretaria.telefone", "secretaria.email",
            "orgao_dominio.cep", "orgao_dominio.cidade");

    private final ChecklistCatalog catalog;

    public NovoMunicipio(ChecklistCatalog catalog) {
        this.catalog = catalog;
    }

    /** The file as the user would type it: its folder's name and its own ("municipios/ba-x.yaml"). */
    private static String shown(Path file) {
        Path dir = file.getParent() == null ? null : file.getParent().getFileName();
        return (dir == null ? file.getFileName() : dir.resolve(file.getFileName())).toString().replace('\\', '/');
    }

    /**
     * What is wrong with a municipality's name as the user typed it (empty, control characters, a / or \\, no
     * letter at all), in Portuguese; null when it is a usable name. The reader applies the same rule to
     * {@code municipio.nome}.
     */
    public static String problemaNome(String nome) {
        String n = nome == null ? "" : nome.strip();
        if (n.isEmpty()) {
            return "o nome do município está vazio; use gerar-oficios novo UF \"Nome do município\"";
        }
        for (int i = 0; i < n.length(); i++) {
            if (Texts.isControl(n.charAt(i))) {
                return "o nome do município " + Texts.quote(n) + " tem caracteres de controle; escreva só o nome";
            }
        }
        if (n.indexOf('/') >= 0 || n.indexOf('\\') >= 0) {
            return "o nome do município " + Texts.quote(n) + " não leva / nem \\ (vai no ofício como nome da "
                    + "cidade); escreva só o nome, por exemplo Santo Amaro";
        }
        if (n.codePoints().noneMatch(Character::isLetter)) {
            return "o nome do município " + Texts.quote(n) + " não tem nenhuma letra; escreva o nome da cidade, por "
                    + "exemplo Santo Amaro";
        }
        return null;
    }

    /** The file name for a municipality: {@code ba-santo-amaro.yaml}. */
    public static String fileName(Uf uf, String nome) {
        return uf.name().toLowerCase(Locale.ROOT) + "-" + Slug.of(nome) + ".yaml";
    }

    /**
     * What {@link #create} did.
     *
     * @param file the file written
     * @param nome the name written in it: the list's spelling when the one given differs only in accents, case or
     *        punctuation
     * @param warning what to tell the user about the name (not in the IBGE list), if anything
     */
    public record Created(Path file, String nome, Optional<String> warning) {
    }

    /**
     * Writes the file. A name in the IBGE list ({@link IbgeCatalogue}) for {@code uf} gets its code and the list's
     * spelling; another keeps {@code codigo_ibge: PREENCHER}, with a warning that says so (with a "você quis dizer").
     *
     * @throws NovoMunicipioException when the name is empty or has control characters, the file already exists,
     *         or it cannot be written
     */
    public Created create(Path municipiosDir, Uf uf, String nome) throws NovoMunicipioException {
        String given = nome == null ? "" : nome.strip();
        String problema = problemaNome(given);
        if (problema != null) {
            throw new NovoMunicipioException(problema);
        }
        IbgeCatalogue list = IbgeCatalogue.get();
        Optional<IbgeCatalogue.Entry> listed = list.byName(uf, given);
        String n = listed.map(IbgeCatalogue.Entry::nome).orElse(given);
        Optional<String> warning = listed.isPresent() ? Optional.empty()
                : Optional.of(IbgeListCheck.novo(given, uf, list));
        Path file = municipiosDir.resolve(fileName(uf, n));
        Path schema = schemaFile(municipiosDir);
        try {
            writeSchema(schema);
        } catch (IOException e) {
            throw new NovoMunicipioException("não foi possível gravar " + schema + " (" + e.getMessage()
                    + "); confira a pasta e as permissões", e);
        }
        try {
            Files.createDirectories(municipiosDir);
            Files.writeString(file, content(uf, n, listed.map(IbgeCatalogue.Entry::codigo), file),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new NovoMunicipioException("o arquivo " + file + " já existe; edite-o, ou apague-o antes de criar "
                    + "outro", e);
        } catch (IOException e) {
            throw new NovoMunicipioException("não foi possível criar " + file + " (" + e.getMessage()
                    + "); confira a pasta e as permissões", e);
        }
        return new Created(file, n, warning);
    }

    /**
     * Where the municipality schema goes for files in {@code municipiosDir}: {@code schema/municipio.schema.json}
     * beside that folder, as in the repository ({@code municipios/} and {@code schema/} side by side).
     */
    static Path schemaFile(Path municipiosDir) {
        Path dir = municipiosDir.toAbsolutePath().normalize();
        Path base = dir.getParent() == null ? dir : dir.getParent();
        return base.resolve(JsonSchema.PASTA).resolve(JsonSchema.MUNICIPIO);
    }

    /**
     * Writes the municipality schema, with this catalog's checklist items, when the file is missing or differs (a
     * program of another version, other templates), so that the new file's {@code $schema} line always finds it.
     */
    private void writeSchema(Path schema) throws IOException {
        String text = JsonSchema.municipio(catalog);
        if (Files.isRegularFile(schema) && Files.readString(schema, StandardCharsets.UTF_8).equals(text)) {
            return;
        }
        Files.createDirectories(schema.getParent());
        Files.writeString(schema, text, StandardCharsets.UTF_8);
    }

    /**
     * The text of the new file, with the IBGE code when known; {@code file} is named in the first comment, and the first line points editors to
     * the schema ({@link #schemaFile}) by a path relative to {@code file}'s folder.
     */
    String content(Uf uf, String nome, Optional<String> codigoIbge, Path file) {
        Map<String, String> valores = new HashMap<>();
        valores.put("municipio.nome", quote(nome));
        valores.put("municipio.uf", uf.name());
        codigoIbge.ifPresent(c -> valores.put("municipio.codigo_ibge", quote(c)));
        valores.put("prefeitura.nome", quote("Prefeitura Municipal de " + nome));
        valores.put("secretaria.nome", "Secretaria Municipal de Saúde");
        valores.put("secretaria.sigla", "SMS");
        valores.put("orgao_dominio.uf", uf.name());
        // Optional, but the identification line of the ofício should say which municipality sent it: asked for
        // like the required ones (the reader warns when it is missing).
        valores.put("prefeitura.sigla", FieldReader.PREENCHER);
        valores.put("orgao_dominio.destinatario.hierarquia", Hierarquia.IGUAL.yaml());
        valores.put("instalacao.banco.porta", String.valueOf(Banco.PADRAO.porta()));
        valores.put("instalacao.banco.nome", Banco.PADRAO.nome());
        valores.put("instalacao.banco.usuario", Banco.PADRAO.usuario());
        valores.put("govbr.client_secret_env", GovBr.SECRET_ENV_PADRAO);

        Path dir = file.toAbsolutePath().normalize().getParent();
        String schema = dir.relativize(schemaFile(dir)).toString().replace('\\', '/');
        StringBuilder sb = new StringBuilder("# yaml-language-server: $schema=").append(schema).append('\n');
        comment(sb, "", "Município " + nome + "/" + uf.name() + ", criado por `gerar-oficios novo`. Troque cada "
                + FieldReader.PREENCHER + " pelo valor certo; as linhas que começam com # são comentários. As "
                + "chaves opcionais estão comentadas: para usar uma, apague o # e preencha; as que não for usar "
                + "podem ficar assim ou ser apagadas. Confira com `gerar-oficios validar " + shown(file) + "`. Salve "
                + "sempre em UTF-8.");
        for (Field c : MunicipioFields.CATALOG.fields()) {
            String indent = "  ".repeat(c.level());
            sb.append('\n');
            comment(sb, indent, c.help() + (c.isBlock() ? "" : " Ex.: " + c.example()));
            if (c.isBlock()) {
                sb.append(indent).append(c.key()).append(":\n");
                if (c.path().equals("checklist")) {
                    checklist(sb, indent + "  ");
                }
            } else if (valores.containsKey(c.path())) {
                sb.append(indent).append(c.key()).append(": ").append(valores.get(c.path())).append('\n');
            } else if (c.required()) {
                sb.append(indent).append(c.key()).append(": ").append(FieldReader.PREENCHER).append('\n');
            } else {
                // Optional keys stay commented out, so that validar does not ask for them; the ones the footer and
                // the endereçamento want are left to fill, not with another municipality's example value.
                String valor = RECOMENDADOS.contains(c.path()) ? FieldReader.PREENCHER : c.example();
                sb.append(indent).append("# ").append(c.key()).append(": ").append(valor).append('\n');
            }
        }
        return sb.toString();
    }

    private void checklist(StringBuilder sb, String indent) {
        comment(sb, indent, "Um item por linha: `id: situação` ou `id: {status: concluido, data: 2026-11-01, "
                + "responsavel: Nome, observacao: \"texto\"}`. Item não mencionado = pendente com a prioridade "
                + "do catálogo.");
        for (ChecklistItem item : catalog.itens()) {
            sb.append(indent).append("# ").append(item.id()).append(": ").append(item.prioridade().yaml())
                    .append("    # ").append(item.titulo()).append('\n');
        }
    }

    /** Writes {@code text} as {@code # } comment lines no wider than {@link #LARGURA}. */
    private static void comment(StringBuilder sb, String indent, String text) {
        StringBuilder line = new StringBuilder(indent).append('#');
        for (String word : text.split(" ")) {
            if (line.length() + 1 + word.length() > LARGURA && line.length() > indent.length() + 1) {
                sb.append(line).append('\n');
                line = new StringBuilder(indent).append('#');
            }
            line.append(' ').append(word);
        }
        sb.append(line).append('\n');
    }

    /** A YAML double-quoted string. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
