package br.esus.oficios.read;

import br.esus.oficios.doc.ImageFormat;
import br.esus.oficios.model.Cidade;
import br.esus.oficios.model.Contato;
import br.esus.oficios.model.Pessoa;
import br.esus.oficios.model.Prefeitura;
import br.esus.oficios.model.Secretaria;
import br.esus.oficios.model.Uf;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Binds the blocks that say who sends the ofícios: {@code municipio}, {@code prefeitura} (with its brasão),
 * {@code secretaria}, {@code signatario} and {@code contato}.
 */
final class IdentityBinding extends BlockBinding {
    IdentityBinding(FieldReader f) {
        super(f);
    }

    Cidade cidade(YamlNode.Mapping m) {
        if (m == null) {
            return null;
        }
        YamlNode.Scalar nomeNode = f.scalar(m, "nome");
        String nome = nomeNode == null ? null : nomeNode.text();
        String problema = nome == null ? null : NovoMunicipio.problemaNome(nome);
        if (problema != null) {
            f.error(nomeNode, problema);
        }
        Uf uf = uf(m);
        YamlNode.Scalar ibge = f.scalar(m, "codigo_ibge");
        String erro = ibge == null ? null : CodigoIbge.check(ibge.text(), uf);
        if (erro != null) {
            f.error(ibge, erro);
        }
        if (nome != null && problema == null && uf != null && ibge != null && erro == null) {
            IbgeListCheck.of(nome, uf, ibge.text(), IbgeCatalogue.get())
                    .ifPresent(w -> f.warning(w.at() == IbgeListCheck.At.NOME ? nomeNode : ibge, w.message()));
        }
        return new Cidade(nome, uf, ibge == null ? null : ibge.text());
    }

    Prefeitura prefeitura(YamlNode.Mapping m) {
        if (m == null) {
            return null;
        }
        String nome = f.text(m, "nome");
        String cnpj = cnpj(f.scalar(m, "cnpj"));
        String endereco = f.text(m, "endereco");
        String cep = cep(f.scalar(m, "cep"));
        String sigla = sigla(m);
        if (!m.entries().containsKey("sigla")
                || m.entries().get("sigla") instanceof YamlNode.Scalar s && s.blank()) {
            f.warningAtKey(m, "sem a sigla da prefeitura, a identificação do ofício fica só com a da secretaria "
                    + "(OFÍCIO Nº 12/2026/SMS) e não diz de que município ele é; o padrão ofício pede as siglas "
                    + "de quem envia, da menor para a maior unidade (OFÍCIO Nº 12/2026/SMS/PMSA): acrescente em "
                    + "`prefeitura:` a linha `sigla: ` com a sigla da prefeitura (ex.: PMSA)");
        }
        Path brasao = brasao(f.scalar(m, "brasao"));
        return new Prefeitura(nome, cnpj, endereco, cep, sigla, brasao);
    }

    /**
     * An acronym of the identification line {@code OFÍCIO Nº 12/2026/SMS/PMSA}: the line separates them with /,
     * so one acronym has only letters, digits and hyphens.
     */
    private String sigla(YamlNode.Mapping m) {
        String sigla = f.text(m, "sigla");
        if (sigla != null && !sigla.matches("[\\p{L}\\p{N}]+(-[\\p{L}\\p{N}]+)*")) {
            f.error(m.entries().get("sigla"), "sigla inválida " + Texts.quote(sigla) + ": vai na identificação "
                    + "do ofício entre barras (OFÍCIO Nº 12/2026/SMS/PMSA), então leva só letras, números e hífen, "
                    + "sem espaços nem /; escreva uma sigla só, por exemplo SMS");
            return null;
        }
        return sigla;
    }

    private String cnpj(YamlNode.Scalar s) {
        if (s == null) {
            return null;
        }
        String erro = Cnpj.check(s.text());
        if (erro != null) {
            f.error(s, erro);
            return null;
        }
        return Cnpj.formatar(s.text());
    }

    private Path brasao(YamlNode.Scalar s) {
        if (s == null) {
            return null;
        }
        Path base = f.file().getParent() == null ? Path.of("") : f.file().getParent();
        Path image;
        try {
            image = base.resolve(s.text()).normalize();
        } catch (InvalidPathException e) {
            f.error(s, "caminho inválido " + Texts.quote(s.text()) + "; escreva o caminho da imagem relativo à "
                    + "pasta deste arquivo (ex.: brasoes/santo-amaro.png)");
            return null;
        }
        if (!Files.isRegularFile(image)) {
            f.error(s, "imagem do brasão não encontrada em " + Texts.quote(image.toString()) + "; o caminho é "
                    + "relativo à pasta deste arquivo YAML");
            return null;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(image)) {
            head = in.readNBytes(ImageFormat.SIGNATURE_LENGTH);
        } catch (IOException e) {
            f.error(s, "não foi possível ler a imagem do brasão " + Texts.quote(image.toString())
                    + "; confira as permissões do arquivo");
            return null;
        }
        if (ImageFormat.of(head) == null) {
            f.error(s, "o brasão " + Texts.quote(image.toString()) + " não é uma imagem PNG nem JPEG; converta-o "
                    + "para PNG");
            return null;
        }
        String decoded = BrasaoImage.problem(image);
        if (decoded != null) {
            f.error(s, "o brasão " + Texts.quote(image.toString()) + " " + decoded);
            return null;
        }
        return image;
    }

    Secretaria secretaria(YamlNode.Mapping m) {
        if (m == null) {
            return null;
        }
        String nome = f.text(m, "nome");
        String sigla = sigla(m);
        String endereco = f.text(m, "endereco");
        String telefone = telefone(f.scalar(m, "telefone"));
        String email = email(f.scalar(m, "email"));
        String site = check(f.scalar(m, "site"), this::site);
        return new Secretaria(nome, sigla, endereco, telefone, email, site);
    }

    private String site(String text) {
        if (text.matches("(?i)https?://.*")) {
            try {
                URI u = new URI(text);
                if (u.getHost() != null && Dominio.check(u.getHost()) == null) {
                    return null;
                }
            } catch (java.net.URISyntaxException e) {
                // reported below
            }
        } else if (Dominio.check(text) == null) {
            return null;
        }
        return "endereço de site inválido " + Texts.quote(text) + "; escreva como https://saude.municipio.uf.gov.br";
    }

    Pessoa signatario(YamlNode.Mapping m) {
        if (m == null) {
            return null;
        }
        return new Pessoa(f.text(m, "nome"), f.text(m, "cargo"), certificado(f.scalar(m, "certificado")),
                check(f.scalar(m, "certificado_senha_env"), Formatos::variavelAmbiente));
    }

    /** The certificate's path, relative to the YAML's folder; whether it is there is for {@code assinar} to say. */
    private Path certificado(YamlNode.Scalar s) {
        if (s == null) {
            return null;
        }
        Path base = f.file().getParent() == null ? Path.of("") : f.file().getParent();
        try {
            return base.resolve(s.text()).normalize();
        } catch (InvalidPathException e) {
            f.error(s, "caminho inválido " + Texts.quote(s.text()) + "; escreva o caminho do arquivo .pfx relativo à "
                    + "pasta deste arquivo (ex.: certificados/ana-lima.pfx)");
            return null;
        }
    }

    Contato contato(YamlNode.Mapping m) {
        if (m == null) {
            return null;
        }
        String nome = f.text(m, "nome");
        String cargo = f.text(m, "cargo");
        String email = email(f.scalar(m, "email"));
        String telefone = telefone(f.scalar(m, "telefone"));
        return new Contato(nome, cargo, email, telefone);
    }
}
