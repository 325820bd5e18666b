package br.esus.oficios.read;

import br.esus.oficios.model.BrazilianDate;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.Problem;
import br.esus.oficios.model.SituacaoVersao;
import br.esus.oficios.model.SuportePec;
import br.esus.oficios.model.TabelaVersoesPec;
import br.esus.oficios.model.VersaoPublicada;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The warnings {@code validar} gives about a valid municipality's {@code instalacao.versao_pec} against the versions
 * table ({@code versoes-pec.yaml}) and the SIAPS rules ({@link SuportePec}): a version the table lacks, out of
 * support, or whose data the SIAPS rejects (or will within {@link SuportePec#WARNING_DAYS} days). Each points at the
 * line of {@code versao_pec} in the file.
 */
public final class VersaoPecAvisos {
    static final String CAMPO = "instalacao.versao_pec";

    private final YamlTree tree = new YamlTree();

    /**
     * @param file the file to read the position of {@code versao_pec} from
     * @param shown how messages name the file
     * @return the warnings; none when the version is "em dia"
     */
    public List<Problem> of(Path file, Path shown, Municipio m, TabelaVersoesPec tabela, LocalDate hoje) {
        SituacaoVersao s = SuportePec.evaluate(m.instalacao().versaoPec(), tabela, hoje);
        String message = message(s, tabela);
        if (message == null) {
            return List.of();
        }
        int[] at = position(file, shown);
        return List.of(Problem.warning(shown, at[0], at[1], CAMPO, message));
    }

    /** What the warning says; null when there is nothing to say. */
    static String message(SituacaoVersao s, TabelaVersoesPec tabela) {
        String v = s.versao().texto();
        String atualize = tabela.newest().filter(r -> r.versao().compareTo(s.versao()) > 0)
                .map(VersaoPecAvisos::atualize).orElse("; atualize o PEC e acrescente a versão nova ao "
                        + VersoesPecReader.ARQUIVO);
        return switch (s.tipo()) {
            case EM_DIA -> null;
            case FORA_DA_TABELA -> "a versão " + v + " não está na tabela de versões do PEC ("
                    + VersoesPecReader.ARQUIVO + "); acrescente-a com a data de publicação (notas da versão no "
                    + "portal do e-SUS APS), para saber até quando o SIAPS aceita os dados dela"
                    + s.nextAlreadyRejected().map(n -> "; é anterior à " + n.versao().texto() + ", cujos dados são "
                            + "rejeitados no SIAPS desde " + BrazilianDate.format(SuportePec.rejectedFrom(n))
                            + ", então os dela também" + atualize).orElse("");
            case DADOS_REJEITADOS -> "os dados enviados pela versão " + v + " (publicada em "
                    + BrazilianDate.format(s.publicada().publicada()) + ") são rejeitados no SIAPS desde "
                    + BrazilianDate.format(s.rejeitadosDesde()) + " (mais de " + SuportePec.DATA_ACCEPTED_MONTHS
                    + " meses, Nota Técnica nº 12/2025)" + atualize;
            case REJEICAO_PROXIMA, SEM_SUPORTE -> "a versão " + v + " (publicada em "
                    + BrazilianDate.format(s.publicada().publicada()) + (s.hoje().isBefore(s.semSuporteDesde())
                            ? ") fica sem suporte técnico a partir de " : ") está sem suporte técnico desde ")
                    + BrazilianDate.format(s.semSuporteDesde()) + " (" + SuportePec.SUPPORT_MONTHS
                    + " meses, Nota Informativa nº 12/2025) e os dados dela são rejeitados no SIAPS a partir de "
                    + BrazilianDate.format(s.rejeitadosDesde()) + atualize;
        };
    }

    private static String atualize(VersaoPublicada r) {
        return "; atualize para a " + r.versao().texto() + ", a mais recente da tabela";
    }

    /** Line and column of {@code instalacao.versao_pec}; 0, 0 (the whole file) when they cannot be found. */
    private int[] position(Path file, Path shown) {
        try {
            YamlNode.Mapping root = tree.parse(shown, Files.readAllBytes(file), new ArrayList<>(), "");
            Optional<YamlNode> node = Optional.ofNullable(root)
                    .map(r -> r.entries().get("instalacao"))
                    .filter(YamlNode.Mapping.class::isInstance)
                    .map(i -> ((YamlNode.Mapping) i).entries().get("versao_pec"));
            return node.map(n -> new int[] {n.line(), n.column()}).orElse(new int[] {0, 0});
        } catch (IOException e) {
            return new int[] {0, 0};
        }
    }
}
