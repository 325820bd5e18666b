package br.esus.oficios.read;

import br.esus.oficios.model.Banco;
import br.esus.oficios.model.BrazilianDate;
import br.esus.oficios.model.GovBr;
import br.esus.oficios.model.Instalacao;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.SistemaOperacional;
import br.esus.oficios.model.Uf;
import br.esus.oficios.model.VersaoPec;
import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Binds the PEC's installation: {@code instalacao} (URL, domain, IPv4, system, version, {@code banco}, {@code pasta})
 * and the GOV.BR login keys of that installation ({@code govbr}).
 */
final class InstalacaoBinding extends BlockBinding {
    /** How many days before the certificate expires {@code validar} starts to warn. */
    static final int AVISO_CERTIFICADO_DIAS = 30;

    private final LocalDate today;

    /** @param today the day the file is read: the certificate's validity is judged against it */
    InstalacaoBinding(FieldReader f, LocalDate today) {
        super(f);
        this.today = today;
    }

    Instalacao instalacao(YamlNode.Mapping m, Uf ufMunicipio) {
        if (m == null) {
            return null;
        }
        YamlNode.Scalar urlNode = f.scalar(m, "url");
        String dominio = dominio(f.scalar(m, "dominio"), ufMunicipio);
        String url = null;
        if (urlNode != null) {
            URI u = Formatos.urlHttps(urlNode.text());
            if (u == null) {
                f.error(urlNode, Formatos.urlInvalida(urlNode.text()));
            } else if (dominio != null && !Dominio.normalizar(u.getHost()).equals(dominio)) {
                f.error(urlNode, "o domínio da URL (" + Dominio.normalizar(u.getHost()) + ") é diferente de "
                        + "instalacao.dominio (" + dominio + "); use o mesmo domínio nos dois campos");
            } else {
                url = Formatos.urlNormalizada(u);
            }
        }
        String ipv4 = check(f.scalar(m, "ipv4"), Ipv4Publico::check);
        SistemaOperacional so = f.choice(m, "sistema_operacional", SistemaOperacional.class);
        VersaoPec versao = versao(f.scalar(m, "versao_pec"));
        Banco banco = banco(block(m, "banco"));
        Boolean certificado = f.bool(m, "certificado_digital_integrado");
        LocalDate validade = validade(m, certificado != null && certificado);
        String pasta = pasta(f.scalar(m, "pasta"), so);
        return new Instalacao(url, dominio, ipv4, so, versao, banco,
                certificado != null && certificado, pasta, validade);
    }

    /** {@code certificado_digital_validade}, with a warning once it is less than 30 days away or past. */
    private LocalDate validade(YamlNode.Mapping m, boolean integrado) {
        LocalDate validade = f.date(m, "certificado_digital_validade");
        if (validade == null) {
            return null;
        }
        YamlNode.Scalar s = f.scalar(m, "certificado_digital_validade");
        String data = BrazilianDate.format(validade);
        long dias = ChronoUnit.DAYS.between(today, validade);
        if (!integrado) {
            f.warning(s, "há validade do certificado digital, mas certificado_digital_integrado é false; confira");
        } else if (dias < 0) {
            f.warning(s, "o certificado digital está vencido (valia até " + data + "); integre ao PEC um "
                    + "certificado ICP-Brasil válido e atualize a data");
        } else if (dias <= AVISO_CERTIFICADO_DIAS) {
            f.warning(s, "o certificado digital vale só até " + data + (dias == 0 ? " (hoje)" : dias == 1
                    ? " (amanhã)" : " (" + dias + " dias)") + "; renove-o e integre o novo ao PEC antes disso");
        }
        return validade;
    }

    /** {@code instalacao.pasta}, checked for the server's system (unchecked while the system is unknown). */
    private String pasta(YamlNode.Scalar s, SistemaOperacional so) {
        if (s == null || so == null) {
            return null;
        }
        String erro = PastaPec.check(s.text(), so);
        if (erro != null) {
            f.error(s, erro);
            return null;
        }
        return PastaPec.normalizar(s.text(), so);
    }

    private String dominio(YamlNode.Scalar s, Uf ufMunicipio) {
        if (s == null) {
            return null;
        }
        String erro = Dominio.check(s.text());
        if (erro != null) {
            f.error(s, erro);
            return null;
        }
        String d = Dominio.normalizar(s.text());
        Uf ufDoDominio = Dominio.ufGovBr(d);
        if (ufDoDominio != null && ufMunicipio != null && ufDoDominio != ufMunicipio) {
            f.warning(s, "o domínio " + d + " é do gov.br de " + ufDoDominio + ", mas o município é de "
                    + ufMunicipio + "; confira (o esperado seria algo como esus.municipio."
                    + ufMunicipio.name().toLowerCase(java.util.Locale.ROOT) + ".gov.br)");
        }
        if (!Dominio.govBr(d)) {
            f.warning(s, "o domínio " + d + " não termina em .gov.br; a Portaria SGD/MGI nº 7.076, de 2 de outubro de 2024, exige "
                    + "domínio .gov.br para as chaves de produção do login GOV.BR (e o CADSUS exige HTTPS em "
                    + "domínio gov.br); peça o subdomínio ao órgão que administra o gov.br da UF");
        }
        return d;
    }

    private VersaoPec versao(YamlNode.Scalar s) {
        if (s == null) {
            return null;
        }
        VersaoPec v = VersaoPec.parse(s.text());
        if (v == null) {
            f.error(s, "versão inválida " + Texts.quote(s.text()) + "; escreva a versão do PEC com pontos, "
                    + "entre aspas (ex.: \"5.3.21\")");
        } else if (!v.atLeast(VersaoPec.MINIMA_PRESCRICAO)) {
            f.warning(s, "o PEC " + v + " é anterior a " + VersaoPec.MINIMA_PRESCRICAO + ", a versão mínima da "
                    + "prescrição digital; atualize o PEC antes de pedir a ativação");
        }
        return v;
    }

    /** {@code instalacao.banco}: null without the block ({@link Instalacao} then takes {@link Banco#PADRAO}). */
    private Banco banco(YamlNode.Mapping m) {
        if (m == null) {
            return null;
        }
        Integer porta = f.integer(m, "porta");
        String nome = identificador(m, "nome");
        String usuario = identificador(m, "usuario");
        return new Banco(porta == null ? Banco.PADRAO.porta() : porta,
                nome == null ? Banco.PADRAO.nome() : nome,
                usuario == null ? Banco.PADRAO.usuario() : usuario);
    }

    /**
     * A PostgreSQL name (database, user): it goes into commands the coordinator pastes in a terminal, so only
     * letters, digits and _ (no quoting can then go wrong).
     */
    private String identificador(YamlNode.Mapping m, String key) {
        String v = f.text(m, key);
        if (v != null && !v.matches(MunicipioFields.IDENTIFICADOR)) {
            f.error(m.entries().get(key), "valor " + Texts.quote(v) + " inválido: use só letras sem acento, "
                    + "números e _ , começando por letra (como no credenciais.txt, ex.: "
                    + (key.equals("nome") ? "esus" : "postgres") + ")");
            return null;
        }
        return v;
    }

    /** {@code govbr:}; null without the block ({@link Municipio} then gives the defaults). */
    GovBr govbr(YamlNode.Mapping m) {
        if (m == null) {
            return null;
        }
        YamlNode secret = m.entries().get("client_secret");
        if (secret != null) {
            f.errorAtKey(secret, "o segredo não pode ficar no YAML; apague a linha `client_secret` e guarde o "
                    + "segredo na variável de ambiente indicada em `client_secret_env` (padrão "
                    + GovBr.SECRET_ENV_PADRAO + ")");
        }
        String clientId = f.text(m, "client_id");
        String env = check(f.scalar(m, "client_secret_env"), Formatos::variavelAmbiente);
        return new GovBr(clientId, env);
    }
}
