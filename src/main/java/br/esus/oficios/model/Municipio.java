package br.esus.oficios.model;

import java.nio.file.Path;
import java.util.Map;

/**
 * Everything one municipality file says, validated. Optional values are {@code null}.
 *
 * @param source the YAML file it was read from
 * @param govbr never null: without a {@code govbr:} block, no client id and the default variable of the secret
 * @param secretaria its {@code endereco} falls back to the prefeitura's (the one place of that rule)
 * @param pop how the POP is filed ({@code pop:}); {@link Pop#VAZIO} when the file has no such block
 * @param checklist the statuses the file sets, keyed by checklist item id (items it does not mention are absent)
 */
public record Municipio(
        Path source,
        Cidade municipio,
        Prefeitura prefeitura,
        Secretaria secretaria,
        Pessoa signatario,
        Contato contato,
        Instalacao instalacao,
        OrgaoDominio orgaoDominio,
        Oficios oficios,
        GovBr govbr,
        Pop pop,
        Map<String, ChecklistEntry> checklist) {

    public Municipio {
        pop = pop == null ? Pop.VAZIO : pop;
        govbr = govbr == null ? new GovBr(null, null) : govbr;
        if (secretaria != null && prefeitura != null) {
            secretaria = secretaria.withAddressOr(prefeitura.endereco());
        }
        checklist = Map.copyOf(checklist);
    }

    /** A municipality whose file has no {@code pop:} block. */
    public Municipio(Path source, Cidade municipio, Prefeitura prefeitura, Secretaria secretaria, Pessoa signatario,
            Contato contato, Instalacao instalacao, OrgaoDominio orgaoDominio, Oficios oficios, GovBr govbr,
            Map<String, ChecklistEntry> checklist) {
        this(source, municipio, prefeitura, secretaria, signatario, contato, instalacao, orgaoDominio, oficios, govbr,
                Pop.VAZIO, checklist);
    }

    /** The output folder name: {@code <uf>-<slug>}, only {@code [a-z0-9-]}. */
    public String outputFolderName() {
        return municipio.uf().name().toLowerCase(java.util.Locale.ROOT) + "-" + Slug.of(municipio.nome());
    }
}
