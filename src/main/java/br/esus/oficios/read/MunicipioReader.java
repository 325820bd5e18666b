package br.esus.oficios.read;

import br.esus.oficios.doc.ImageFormat;
import br.esus.oficios.model.Banco;
import br.esus.oficios.model.ChecklistCatalog;
import br.esus.oficios.model.ChecklistEntry;
import br.esus.oficios.model.Cidade;
import br.esus.oficios.model.Contato;
import br.esus.oficios.model.Destinatario;
import br.esus.oficios.model.GovBr;
import br.esus.oficios.model.Hierarquia;
import br.esus.oficios.model.Instalacao;
import br.esus.oficios.model.Municipio;
import br.esus.oficios.model.NumeroOficio;
import br.esus.oficios.model.Oficios;
import br.esus.oficios.model.OrgaoDominio;
import br.esus.oficios.model.Pessoa;
import br.esus.oficios.model.Pop;
import br.esus.oficios.model.Prefeitura;
import br.esus.oficios.model.Problem;
import br.esus.oficios.model.Secretaria;
import br.esus.oficios.model.SistemaOperacional;
import br.esus.oficios.model.SituacaoPop;
import br.esus.oficios.model.Status;
import br.esus.oficios.model.Tratamento;
import br.esus.oficios.model.Uf;
import br.esus.oficios.model.VersaoPec;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads and validates one municipality file ({@code municipios/x.yaml}) into a {@link Municipio}, reporting every
 * problem of the file at once as {@code arquivo:linha:coluna: campo: mensagem}. Thread-safe: one instance can read
 * many files in parallel.
 */
public final class MunicipioReader {
    /** The keys of the file. */
    private static final FieldCatalog FIELDS = MunicipioFields.CATALOG;

    /** The example file named in messages. */
    static final String EXEMPLO = "municipios/ba-santo-amaro.yaml";

    private final ChecklistCatalog catalog;
    private final YamlTree tree = new YamlTree();

    public MunicipioReader(ChecklistCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Reads {@code file}. The problems name the file as given (a relative path stays relative).
     *
     * @return the municipality, or a null municipality and every problem when anything is wrong
     */
    public ReadResult read(Path file) {
        return read(file, file);
    }

    /**
     * Reads {@code file} but names it {@code shownAs} in the problems and the result (a path relative to the user's
     * working directory, say). The municipality's own paths (the brasão) still resolve against {@code file}.
     */
    public ReadResult read(Path file, Path shownAs) {
        ReadResult r = readAs(file);
        if (shownAs.equals(file)) {
            return r;
        }
        List<Problem> renamed = r.problems().stream().map(p -> p.inFile(shownAs)).toList();
        return new ReadResult(shownAs, r.municipio(), renamed);
    }

    private ReadResult readAs(Path file) {
        List<Problem> problems = new ArrayList<>();
        Municipio municipio = null;
        byte[] bytes = readBytes(file, problems);
        if (bytes != null) {
            YamlNode.Mapping root = tree.parse(file, bytes, problems, "municipio:, prefeitura:, ... (um modelo "
                    + "pronto sai de `gerar-oficios novo UF \"Nome\"`; veja " + EXEMPLO + ")");
            if (root != null) {
                municipio = new Binding(new FieldReader(file, problems::add, FIELDS, EXEMPLO), root).municipio();
            }
        }
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        boolean errors = problems.stream().anyMatch(p -> !p.warning());
        return new ReadResult(file, errors ? null : municipio, problems);
    }

    /** The file's bytes, or null after reporting why they cannot be read. */
    static byte[] readBytes(Path file, List<Problem> problems) {
        try {
            if (Files.isDirectory(file)) {
                problems.add(Problem.error(file, 0, 0, "", "é uma pasta, não um arquivo YAML"));
                return null;
            }
            long size = Files.size(file);
            if (size > YamlTree.MAX_BYTES) {
                problems.add(Problem.error(file, 0, 0, "", String.format("arquivo grande demais (%d bytes; o limite "
                        + "é 1 MiB); confira se é mesmo um arquivo de município", size)));
                return null;
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes(YamlTree.MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            problems.add(Problem.error(file, 0, 0, "", "arquivo não encontrado; confira o nome e a pasta"));
        } catch (AccessDeniedException e) {
            problems.add(Problem.error(file, 0, 0, "", "sem permissão para ler o arquivo; confira as permissões"));
        } catch (IOException e) {
            problems.add(Problem.error(file, 0, 0, "", "não foi possível ler o arquivo (" + e.getMessage() + ")"));
        }
        return null;
    }

    /** What is wrong with a POP code ({@code POP-TI-001}), or null. */
    static String codigoPop(String text) {
        if (text.length() <= FieldCatalog.MAX_SIGLA && text.matches("[\\p{L}\\p{N}]+([-./_][\\p{L}\\p{N}]+)*")) {
            return null;
        }
        return "código inválido " + Texts.quote(text) + "; use letras, números, hífen e ponto, sem espaços, até "
                + FieldCatalog.MAX_SIGLA + " caracteres (ex.: POP-TI-001)";
    }

    /** What is wrong with a POP version ({@code 1.0}, {@code 2}, {@code 1.2.1}), or null. */
    static String versaoPop(String text) {
        if (text.matches("\\d{1,4}(\\.\\d{1,4}){0,3}")) {
            return null;
        }
        return "versão inválida " + Texts.quote(text) + "; escreva números separados por ponto, entre aspas "
                + "(ex.: \"1.0\" ou \"2.1\")";
    }

    /** One file's binding. */
    private final class Binding {
        private final FieldReader f;
        private final YamlNode.Mapping root;

        Binding(FieldReader f, YamlNode.Mapping root) {
            this.f = f;
            this.root = root;
        }

        Municipio municipio() {
            f.keys(root, FIELDS.keys(""));
            Cidade cidade = cidade(block(root, "municipio"));
            Prefeitura prefeitura = prefeitura(block(root, "prefeitura"));
            Secretaria secretaria = secretaria(block(root, "secretaria"));
            Pessoa signatario = signatario(block(root, "signatario"));
            Contato contato = contato(block(root, "contato"));
            Instalacao instalacao = instalacao(block(root, "instalacao"), cidade == null ? null : cidade.uf());
            OrgaoDominio orgao = orgaoDominio(block(root, "orgao_dominio"), cidade == null ? null : cidade.uf());
            Oficios oficios = oficios(block(root, "oficios"));
            GovBr govbr = govbr(block(root, "govbr"));
            Pop pop = pop(block(root, "pop"));
            Map<String, ChecklistEntry> checklist = checklist(block(root, "checklist"));
            return new Municipio(f.file(), cidade, prefeitura, secretaria, signatario, contato, instalacao, orgao,
                    oficios, govbr, pop, checklist);
        }

        /** A block of the table, checked for unknown keys; null when absent (reported if required). */
        private YamlNode.Mapping block(YamlNode.Mapping parent, String key) {
            String path = FieldReader.path(parent, key);
            YamlNode.Mapping m = f.block(parent, key);
            if (m != null && FIELDS.get(path).kind() == Field.Kind.BLOCK) {
                f.keys(m, path.equals("govbr") ? withSecret(FIELDS.keys(path)) : FIELDS.keys(path));
            }
            return m;
        }

        /** {@code client_secret} gets its own message in {@link #govbr}, not "chave desconhecida". */
        private List<String> withSecret(List<String> keys) {
            List<String> k = new ArrayList<>(keys);
            k.add("client_secret");
            return k;
        }

        private Cidade cidade(YamlNode.Mapping m) {
            if (m == null) {
                return null;
            }
            String nome = f.text(m, "nome");
            String problema = nome == null ? null : NovoMunicipio.problemaNome(nome);
            if (problema != null) {
                f.error(m.entries().get("nome"), problema);
            }
            Uf uf = uf(m);
            YamlNode.Scalar ibge = f.scalar(m, "codigo_ibge");
            if (ibge != null) {
                String erro = CodigoIbge.check(ibge.text(), uf);
                if (erro != null) {
                    f.error(ibge, erro);
                }
            }
            return new Cidade(nome, uf, ibge == null ? null : ibge.text());
        }

        private Uf uf(YamlNode.Mapping m) {
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

        private Prefeitura prefeitura(YamlNode.Mapping m) {
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

        private String cep(YamlNode.Scalar s) {
            if (s == null) {
                return null;
            }
            String cep = Formatos.cep(s.text());
            if (cep == null) {
                f.error(s, Formatos.cepInvalido(s.text()));
            }
            return cep;
        }

        private String email(YamlNode.Scalar s) {
            return check(s, Formatos::email);
        }

        private String telefone(YamlNode.Scalar s) {
            return check(s, Formatos::telefone);
        }

        /** The value when {@code check} finds no problem; otherwise reports it and gives null. */
        private String check(YamlNode.Scalar s, Function<String, String> check) {
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

        private Secretaria secretaria(YamlNode.Mapping m) {
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

        private Pessoa signatario(YamlNode.Mapping m) {
            if (m == null) {
                return null;
            }
            return new Pessoa(f.text(m, "nome"), f.text(m, "cargo"));
        }

        private Contato contato(YamlNode.Mapping m) {
            if (m == null) {
                return null;
            }
            String nome = f.text(m, "nome");
            String cargo = f.text(m, "cargo");
            String email = email(f.scalar(m, "email"));
            String telefone = telefone(f.scalar(m, "telefone"));
            return new Contato(nome, cargo, email, telefone);
        }

        private Instalacao instalacao(YamlNode.Mapping m, Uf ufMunicipio) {
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
            String pasta = pasta(f.scalar(m, "pasta"), so);
            return new Instalacao(url, dominio, ipv4, so, versao, banco,
                    certificado != null && certificado, pasta);
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
                f.warning(s, "o domínio " + d + " não termina em .gov.br; a Portaria SGD/MGI nº 7.076/2024 exige "
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

        /** @param ufMunicipio the municipality's UF: the organ's when the file does not say (a state agency) */
        private OrgaoDominio orgaoDominio(YamlNode.Mapping m, Uf ufMunicipio) {
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

        private Oficios oficios(YamlNode.Mapping m) {
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

        /** {@code govbr:}; null without the block ({@link Municipio} then gives the defaults). */
        private GovBr govbr(YamlNode.Mapping m) {
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

        /** {@code pop:}; every key optional (the defaults are the template model's). */
        private Pop pop(YamlNode.Mapping m) {
            if (m == null) {
                return Pop.VAZIO;
            }
            String codigo = check(f.scalar(m, "codigo"), MunicipioReader::codigoPop);
            YamlNode.Scalar versaoNode = f.scalar(m, "versao");
            String versao = check(versaoNode, MunicipioReader::versaoPop);
            LocalDate criacao = f.date(m, "data_criacao");
            LocalDate revisao = f.date(m, "data_revisao");
            if (criacao != null && revisao != null && revisao.isBefore(criacao)) {
                f.error(m.entries().get("data_revisao"), "a data da revisão (" + revisao + ") é anterior à de "
                        + "criação (" + criacao + "); confira as duas datas (formato ano-mês-dia)");
            }
            String elaborado = f.text(m, "elaborado_por");
            String revisado = f.text(m, "revisado_por");
            String aprovado = f.text(m, "aprovado_por");
            SituacaoPop situacao = f.choice(m, "situacao", SituacaoPop.class);
            List<String> distribuicao = f.texts(m, "distribuicao");
            List<Pop.Revisao> historico = historico(f.list(m, "historico"));
            if (versao != null && !historico.isEmpty()
                    && historico.stream().noneMatch(r -> versao.equals(r.versao()))) {
                f.warning(versaoNode, "a versão " + versao + " não está no `historico`; acrescente a ele uma linha "
                        + "com a versão " + versao + ", a data e o que mudou");
            }
            return new Pop(codigo, versao, criacao, revisao, elaborado, revisado, aprovado, situacao, distribuicao,
                    historico);
        }

        /** {@code pop.historico}: one block {versao, data, descricao} per revision, all three required. */
        private List<Pop.Revisao> historico(YamlNode.Sequence q) {
            List<Pop.Revisao> out = new ArrayList<>();
            if (q == null) {
                return out;
            }
            for (YamlNode item : q.items()) {
                if (!(item instanceof YamlNode.Mapping r)) {
                    f.error(item, "cada linha do histórico é um bloco com versao, data e descricao, ex.: "
                            + "- {versao: \"1.1\", data: 2026-11-23, descricao: Revisão dos passos de cópia}");
                    continue;
                }
                f.keys(r, FIELDS.keys("pop.historico"));
                String versao = check(f.scalar(r, "versao"), MunicipioReader::versaoPop);
                LocalDate data = f.date(r, "data");
                String descricao = f.text(r, "descricao");
                if (versao != null && data != null && descricao != null) {
                    out.add(new Pop.Revisao(versao, data, descricao));
                }
            }
            return out;
        }

        private Map<String, ChecklistEntry> checklist(YamlNode.Mapping m) {
            Map<String, ChecklistEntry> out = new LinkedHashMap<>();
            if (m == null) {
                return out;
            }
            List<String> ids = catalog.ids();
            for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
                String id = e.getKey();
                YamlNode n = e.getValue();
                if (!ids.contains(id)) {
                    f.errorAtKey(n, "item de checklist desconhecido " + Texts.code(id) + "; "
                            + Suggest.closest(id, ids).map(s -> "você quis dizer " + Texts.code(s) + "?")
                                    .orElse("os itens são: " + String.join(", ", ids)));
                    continue;
                }
                ChecklistEntry entry;
                if (n instanceof YamlNode.Mapping item) {
                    f.keys(item, FIELDS.keys("checklist.*"));
                    Status status = f.choice(item, "status", Status.class);
                    LocalDate data = f.date(item, "data");
                    String responsavel = f.text(item, "responsavel");
                    String observacao = f.text(item, "observacao");
                    entry = new ChecklistEntry(status, data, responsavel, observacao);
                } else {
                    YamlNode.Scalar s = f.scalar(m, id, true);
                    Status status = s == null ? null
                            : f.choice(s, FIELDS.get("checklist.*.status").choices(Status.class));
                    entry = new ChecklistEntry(status, null, null, null);
                }
                if (entry.status() != null) {
                    out.put(id, entry);
                }
            }
            return out;
        }
    }
}
