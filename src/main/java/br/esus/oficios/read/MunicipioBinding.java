package br.esus.oficios.read;

import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.ChecklistEntry;
import br.esus.oficios.model.Cidade;
import br.esus.oficios.model.Contato;
import br.esus.oficios.model.GovBr;
import br.esus.oficios.model.Instalacao;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.Oficios;
import br.esus.oficios.model.OrgaoDominio;
import br.esus.oficios.model.Pessoa;
import br.esus.oficios.model.Pop;
import br.esus.oficios.model.Prefeitura;
import br.esus.oficios.model.Secretaria;
import java.time.LocalDate;
import java.util.Map;

/**
 * One file's binding: the keys at the top of the file, then each block in the order of the file, bound by the class
 * of its job ({@link IdentityBinding}, {@link InstalacaoBinding}, {@link OrgaoDominioBinding}, {@link PopBinding},
 * {@link ChecklistBinding}). One instance per file read.
 */
final class MunicipioBinding extends BlockBinding {
    private final YamlNode.Mapping root;
    private final IdentityBinding identity;
    private final InstalacaoBinding instalacao;
    private final OrgaoDominioBinding orgao;
    private final PopBinding pop;
    private final ChecklistBinding checklist;

    /** @param today the day the file is read (the certificate's validity is judged against it) */
    MunicipioBinding(FieldReader f, YamlNode.Mapping root, ChecklistCatalog catalog, LocalDate today) {
        super(f);
        this.root = root;
        this.identity = new IdentityBinding(f);
        this.instalacao = new InstalacaoBinding(f, today);
        this.orgao = new OrgaoDominioBinding(f);
        this.pop = new PopBinding(f);
        this.checklist = new ChecklistBinding(f, catalog);
    }

    Municipio municipio() {
        f.keys(root, FIELDS.keys(""));
        Cidade cidade = identity.cidade(block(root, "municipio"));
        Prefeitura prefeitura = identity.prefeitura(block(root, "prefeitura"));
        Secretaria secretaria = identity.secretaria(block(root, "secretaria"));
        Pessoa signatario = identity.signatario(block(root, "signatario"));
        Contato contato = identity.contato(block(root, "contato"));
        Instalacao inst = instalacao.instalacao(block(root, "instalacao"), cidade == null ? null : cidade.uf());
        OrgaoDominio orgaoDominio = orgao.orgaoDominio(block(root, "orgao_dominio"),
                cidade == null ? null : cidade.uf());
        Oficios oficios = orgao.oficios(block(root, "oficios"));
        GovBr govbr = instalacao.govbr(block(root, "govbr"));
        Pop p = pop.pop(block(root, "pop"));
        Map<String, ChecklistEntry> items = checklist.checklist(block(root, "checklist"));
        return new Municipio(f.file(), cidade, prefeitura, secretaria, signatario, contato, inst, orgaoDominio,
                oficios, govbr, p, items);
    }
}
