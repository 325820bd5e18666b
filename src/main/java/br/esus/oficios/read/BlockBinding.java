package br.esus.oficios.read;

import br.esus.oficios.model.Uf;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the bindings of a municipality file's blocks share: the reader of the file, a block checked for unknown keys,
 * and the values several blocks have (UF, CEP, e-mail, telefone), each reported where it is wrong; CEP and telefone
 * come out written one way whatever the typing.
 */
abstract class BlockBinding {
    /** The keys of the file. */
    static final FieldCatalog FIELDS = MunicipioFields.CATALOG;

    final FieldReader f;

    BlockBinding(FieldReader f) {
        this.f = f;
    }

    /** A block of the table, checked for unknown keys; null when absent (reported if required). */
    YamlNode.Mapping block(YamlNode.Mapping parent, String key) {
        String path = FieldReader.path(parent, key);
        YamlNode.Mapping m = f.block(parent, key);
        if (m != null && FIELDS.get(path).kind() == Field.Kind.BLOCK) {
            f.keys(m, path.equals("govbr") ? withSecret(FIELDS.keys(path)) : FIELDS.keys(path));
        }
        return m;
    }

    /** {@code client_secret} gets its own message in {@link InstalacaoBinding#govbr}, not "chave desconhecida". */
    private List<String> withSecret(List<String> keys) {
        List<String> k = new ArrayList<>(keys);
        k.add("client_secret");
        return k;
    }

    Uf uf(YamlNode.Mapping m) {
        YamlNode.Scalar s = f.scalar(m, "uf");
        if (s == null) {
            return null;
        }
        Uf uf = Uf.parse(s.text());
        if (uf == null) {
            f.error(s, "UF inválida " + Texts.quote(s.text()) + "; use a sigla de uma das 27 UFs: "
                    + String.join(", ", FIELDS.get(s.path()).choices().keySet()));
        }
        return uf;
    }

    String cep(YamlNode.Scalar s) {
        if (s == null) {
            return null;
        }
        String cep = Formatos.cep(s.text());
        if (cep == null) {
            f.error(s, Formatos.cepInvalido(s.text()));
        }
        return cep;
    }

    String email(YamlNode.Scalar s) {
        return check(s, Formatos::email);
    }

    /** A valid telephone written the one way the documents show it ({@link Formatos#telefoneNormalizado}). */
    String telefone(YamlNode.Scalar s) {
        String t = check(s, Formatos::telefone);
        return t == null ? null : Formatos.telefoneNormalizado(t);
    }

    /** The value when {@code check} finds no problem; otherwise reports it and gives null. */
    String check(YamlNode.Scalar s, Function<String, String> check) {
        if (s == null) {
            return null;
        }
        String erro = check.apply(s.text());
        if (erro != null) {
            f.error(s, erro);
            return null;
        }
        return s.text();
    }
}
