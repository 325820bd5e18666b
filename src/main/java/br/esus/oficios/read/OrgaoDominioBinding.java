package br.esus.oficios.read;

import br.esus.oficios.model.Destinatario;
import br.esus.oficios.model.Hierarquia;
import br.esus.oficios.model.NumeroOficio;
import br.esus.oficios.model.Oficios;
import br.esus.oficios.model.OrgaoDominio;
import br.esus.oficios.model.Tratamento;
import br.esus.oficios.model.Uf;
import java.time.LocalDate;

/**
 * Binds the organ that administers the gov.br domain and the ofício sent to it: {@code orgao_dominio} with its
 * {@code destinatario}, and {@code oficios.oficio_dominio} (the ofício's number and date).
 */
final class OrgaoDominioBinding extends BlockBinding {
    OrgaoDominioBinding(FieldReader f) {
        super(f);
    }

    /** @param ufMunicipio the municipality's UF: the organ's when the file does not say (a state agency) */
    OrgaoDominio orgaoDominio(YamlNode.Mapping m, Uf ufMunicipio) {
        if (m == null) {
            return null;
        }
        String nome = f.text(m, "nome");
        String sigla = f.text(m, "sigla");
        String email = email(f.scalar(m, "email"));
        String endereco = f.text(m, "endereco");
        String cep = cep(f.scalar(m, "cep"));
        String cidade = f.text(m, "cidade");
        Uf uf = m.entries().containsKey("uf") ? uf(m) : ufMunicipio;
        if (!m.entries().containsKey("cidade")) {
            f.warningAtKey(m, "sem `cidade`, o endereçamento do ofício fica sem a última linha (CEP e "
                    + "cidade/UF, como pede o Manual de Redação); acrescente `cidade: ` com a cidade do órgão");
        }
        Destinatario destinatario = destinatario(block(m, "destinatario"));
        return new OrgaoDominio(nome, sigla, email, endereco, cep, cidade, uf, destinatario);
    }

    private Destinatario destinatario(YamlNode.Mapping m) {
        if (m == null) {
            return null;
        }
        String nome = f.text(m, "nome");
        String cargo = f.text(m, "cargo");
        YamlNode.Scalar tratamentoNode = f.scalar(m, "tratamento");
        Tratamento tratamento = tratamentoNode == null ? null : f.choice(tratamentoNode, Tratamento.class);
        YamlNode.Scalar generoNode = f.scalar(m, "genero");
        Boolean feminino = generoNode == null ? null : f.choice(generoNode, Boolean.class);
        Hierarquia hierarquia = f.choice(m, "hierarquia", Hierarquia.class);
        if (tratamento == Tratamento.EXCELENCIA && feminino == null && generoNode == null) {
            f.errorAtKey(m, "com tratamento `excelencia` é preciso informar o gênero; acrescente "
                    + "`genero: feminino` ou `genero: masculino` (para \"A Sua Excelência a Senhora\" ou "
                    + "\"o Senhor\")");
        }
        if (tratamento != null && tratamento != Tratamento.EXCELENCIA && feminino != null
                && feminino != (tratamento == Tratamento.SENHORA)) {
            f.error(generoNode, "o gênero " + generoNode.text() + " não combina com o tratamento "
                    + tratamento.yaml() + "; use tratamento " + (feminino ? "senhora" : "senhor")
                    + " ou apague a linha `genero` (com senhor/senhora ela não é necessária)");
        }
        boolean fem = feminino != null ? feminino : tratamento == Tratamento.SENHORA;
        return new Destinatario(nome, cargo, tratamento, fem, hierarquia == null ? Hierarquia.IGUAL : hierarquia);
    }

    Oficios oficios(YamlNode.Mapping m) {
        if (m == null) {
            return null;
        }
        YamlNode.Mapping d = block(m, "oficio_dominio");
        if (d == null) {
            return new Oficios(null);
        }
        Integer numero = f.integer(d, "numero");
        LocalDate data = f.date(d, "data");
        return new Oficios(new NumeroOficio(numero == null ? 0 : numero, data));
    }
}
