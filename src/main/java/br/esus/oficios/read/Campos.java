package br.esus.oficios.read;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The keys of a municipality file, in file order, with what each one is, an example and whether it is required.
 * One table feeds the reader (known keys, hints in messages) and the scaffold of {@code gerar-oficios novo}.
 */
final class Campos {

    /**
     * @param path dotted path, e.g. {@code instalacao.banco.porta}
     * @param descricao what it is and which values it takes, in Portuguese
     * @param exemplo a valid example as written in YAML; null for a block
     * @param obrigatorio whether the key must be present (inside its block, when the block is present)
     */
    record Campo(String path, String descricao, String exemplo, boolean obrigatorio) {
        boolean bloco() {
            return exemplo == null;
        }

        String chave() {
            return path.substring(path.lastIndexOf('.') + 1);
        }

        String pai() {
            int i = path.lastIndexOf('.');
            return i < 0 ? "" : path.substring(0, i);
        }

        int nivel() {
            return (int) path.chars().filter(c -> c == '.').count();
        }
    }

    static final List<Campo> TODOS = List.of(
            bloco("municipio", "O município.", true),
            campo("municipio.nome", "Nome oficial do município, com acentos.", "Santo Amaro", true),
            campo("municipio.uf", "Sigla da UF, uma das 27.", "BA", true),
            campo("municipio.codigo_ibge", "Código IBGE do município: 7 dígitos, entre aspas.", "\"2928604\"", true),

            bloco("prefeitura", "A prefeitura: vai no cabeçalho e no corpo do ofício.", true),
            campo("prefeitura.nome", "Nome da prefeitura.", "Prefeitura Municipal de Santo Amaro", true),
            campo("prefeitura.cnpj", "CNPJ da prefeitura, com ou sem pontuação (aceita o CNPJ alfanumérico).",
                    "\"11.222.333/0001-81\"", true),
            campo("prefeitura.endereco", "Endereço da prefeitura (rua, número, bairro).",
                    "Praça da Purificação, s/n, Centro", true),
            campo("prefeitura.cep", "CEP da prefeitura, 00000-000.", "\"44200-000\"", true),
            campo("prefeitura.sigla", "Sigla da prefeitura: vai na identificação do ofício depois da sigla da "
                    + "secretaria (SMS/PMSA), pois o padrão ofício pede as siglas de quem envia, da menor para a maior "
                    + "unidade. Sem ela o ofício não diz de que município é, e o programa avisa.", "PMSA", false),
            campo("prefeitura.brasao", "Opcional. Imagem PNG ou JPEG do brasão do município; caminho relativo à "
                    + "pasta deste arquivo.", "brasoes/santo-amaro.png", false),

            bloco("secretaria", "A secretaria que envia o ofício; endereço e contatos vão no rodapé.", true),
            campo("secretaria.nome", "Nome da secretaria.", "Secretaria Municipal de Saúde", true),
            campo("secretaria.sigla", "Sigla da secretaria, usada na identificação do ofício.", "SMS", true),
            campo("secretaria.endereco", "Opcional. Endereço da secretaria; se omitido, usa o da prefeitura.",
                    "Rua Direita, 100, Centro", false),
            campo("secretaria.telefone", "Opcional. Telefone com DDD, no rodapé dos documentos.",
                    "\"(75) 3241-1234\"", false),
            campo("secretaria.email", "Opcional. E-mail da secretaria, no rodapé dos documentos.",
                    "saude@santoamaro.ba.gov.br", false),
            campo("secretaria.site", "Opcional. Site da secretaria.", "https://saude.santoamaro.ba.gov.br", false),

            bloco("signatario", "Quem assina o ofício.", true),
            campo("signatario.nome", "Nome completo de quem assina.", "Maria da Silva", true),
            campo("signatario.cargo", "Cargo de quem assina, no feminino quando for uma mulher.",
                    "Secretária Municipal de Saúde", true),

            bloco("contato", "Responsável pelo domínio e pela instalação (aparece no ofício e no ticket).", true),
            campo("contato.nome", "Nome completo.", "João Souza", true),
            campo("contato.cargo", "Opcional. Cargo ou função.", "Coordenador de Tecnologia da Informação", false),
            campo("contato.email", "E-mail.", "ti.saude@santoamaro.ba.gov.br", true),
            campo("contato.telefone", "Telefone com DDD.", "\"(75) 98765-4321\"", true),

            bloco("instalacao", "O servidor do PEC.", true),
            campo("instalacao.url", "Link da instalação, sempre https://, com o mesmo domínio de `dominio`.",
                    "https://esus.santoamaro.ba.gov.br", true),
            campo("instalacao.dominio", "Subdomínio gov.br pedido no ofício (o manual do e-SUS sugere "
                    + "esus.municipio.uf.gov.br).", "esus.santoamaro.ba.gov.br", true),
            campo("instalacao.ipv4", "IPv4 público e fixo do servidor, para o registro A do DNS (nunca um IP de rede "
                    + "interna como 192.168.x.x).", "200.10.20.30", true),
            campo("instalacao.sistema_operacional", "Sistema do servidor: linux ou windows.", "linux", true),
            campo("instalacao.versao_pec", "Versão do PEC instalada, entre aspas (a prescrição digital exige 5.2.6 "
                    + "ou mais recente).", "\"5.3.21\"", true),
            bloco("instalacao.banco", "Opcional. Banco PostgreSQL do PEC (confira no credenciais.txt); se omitido, "
                    + "porta 5433, banco esus, usuário postgres.", false),
            campo("instalacao.banco.porta", "Porta do PostgreSQL, de 1 a 65535.", "5433", false),
            campo("instalacao.banco.nome", "Nome do banco.", "esus", false),
            campo("instalacao.banco.usuario", "Usuário do banco.", "postgres", false),
            campo("instalacao.pasta", "Opcional. Pasta onde o PEC está instalado no servidor; dela saem todos os "
                    + "caminhos do POP e dos scripts (database, webserver/chaves, webserver/config, certmgr). Padrão: "
                    + "/opt/e-SUS no Linux, C:\\Program Files\\e-SUS no Windows.", "/opt/e-SUS", false),
            campo("instalacao.certificado_digital_integrado", "true se o certificado digital já está integrado ao "
                    + "PEC; senão false.", "true", true),

            bloco("orgao_dominio", "Órgão que administra o domínio gov.br da UF e recebe o ofício.", true),
            campo("orgao_dominio.nome", "Nome do órgão.", "Companhia de Processamento de Dados do Estado da Bahia",
                    true),
            campo("orgao_dominio.sigla", "Sigla do órgão.", "PRODEB", true),
            campo("orgao_dominio.email", "E-mail para onde o ofício é enviado.", "protocolo@prodeb.ba.gov.br", true),
            campo("orgao_dominio.endereco", "Endereço do órgão (rua, número, bairro).",
                    "Avenida Luiz Viana Filho, 2ª Avenida, 200, Centro Administrativo da Bahia", true),
            campo("orgao_dominio.cep", "Opcional. CEP do órgão, 00000-000 (última linha do endereçamento).",
                    "\"41745-002\"", false),
            campo("orgao_dominio.cidade", "Opcional, mas o Manual pede a cidade na última linha do endereçamento. "
                    + "Cidade do órgão, sem a UF.", "Salvador", false),
            campo("orgao_dominio.uf", "Opcional. UF do órgão; se omitida, a do município.", "BA", false),
            bloco("orgao_dominio.destinatario", "A quem o ofício é endereçado.", true),
            campo("orgao_dominio.destinatario.nome", "Nome completo.", "Carlos Alberto Nunes", true),
            campo("orgao_dominio.destinatario.cargo", "Cargo.", "Diretor-Presidente", true),
            campo("orgao_dominio.destinatario.tratamento", "senhor, senhora ou excelencia (Excelência só para as "
                    + "autoridades da tabela do Manual de Redação).", "senhor", true),
            campo("orgao_dominio.destinatario.genero", "masculino ou feminino; obrigatório só com tratamento "
                    + "excelencia.", "feminino", false),
            campo("orgao_dominio.destinatario.hierarquia", "Opcional. superior, igual ou inferior a quem assina; "
                    + "decide o fecho (Respeitosamente ou Atenciosamente). Padrão: igual.", "igual", false),

            bloco("oficios", "Numeração dos ofícios.", true),
            bloco("oficios.oficio_dominio", "O ofício que pede o subdomínio gov.br.", true),
            campo("oficios.oficio_dominio.numero", "Número do ofício, inteiro positivo.", "12", true),
            campo("oficios.oficio_dominio.data", "Data do ofício, ano-mês-dia.", "2026-11-23", true),

            bloco("govbr", "Opcional. Credenciais do login GOV.BR, para o application.properties.", false),
            campo("govbr.client_id", "Opcional até o gov.br liberar as credenciais. O client-id recebido.",
                    "esus-santoamaro-ba", false),
            campo("govbr.client_secret_env", "Opcional. Nome da variável de ambiente que guarda o client-secret "
                    + "(o segredo nunca vai no YAML). Padrão: GOVBR_CLIENT_SECRET.", "GOVBR_CLIENT_SECRET", false),

            bloco("pop", "Opcional. Identificação, aprovações e distribuição do POP (o quadro do começo e as "
                    + "assinaturas do fim); cada chave tem um padrão.", false),
            campo("pop.codigo", "Opcional. Código do POP na secretaria: letras, números, hífen e ponto, sem "
                    + "espaços. Padrão: POP-TI-001.", "POP-TI-001", false),
            campo("pop.versao", "Opcional. Versão do POP, entre aspas. Padrão: a da última linha do `historico`, ou "
                    + "1.0.", "\"1.0\"", false),
            campo("pop.data_criacao", "Opcional. Data de criação do POP, ano-mês-dia. Padrão: a da primeira linha do "
                    + "`historico`, ou o dia em que o POP é gerado (preencha para uma data fixa).", "2026-10-20",
                    false),
            campo("pop.data_revisao", "Opcional. Data da última revisão, ano-mês-dia. Padrão: a da última linha do "
                    + "`historico`, quando ele tem mais de uma; senão fica em branco.", "2026-11-23", false),
            campo("pop.elaborado_por", "Opcional. Quem elaborou o POP, nome e cargo. Padrão: o `contato`.",
                    "Rafael Nunes Teixeira, Coordenador de Tecnologia da Informação", false),
            campo("pop.revisado_por", "Opcional. Quem revisou o POP, nome e cargo. Padrão: linha em branco, para "
                    + "preencher à mão.", "Carla Menezes, Diretora de Atenção Básica", false),
            campo("pop.aprovado_por", "Opcional. Quem aprova o POP, nome e cargo. Padrão: o `signatario`.",
                    "Ana Beatriz Conceição Lima, Secretária Municipal de Saúde", false),
            campo("pop.situacao", "Opcional. vigente, em-revisao ou rascunho. Padrão: vigente.", "vigente", false),
            campo("pop.distribuicao", "Opcional. Quem recebe cópia do POP, uma lista. Padrão: a secretaria (original "
                    + "assinado), o `contato` e a coordenação da implantação.",
                    "[\"Secretaria Municipal de Saúde (original assinado)\", \"Coordenação de TI (cópia)\"]", false),
            campo("pop.historico", "Opcional. As versões do POP, da mais antiga à mais nova, uma por linha, cada uma "
                    + "com versao, data (ano-mês-dia) e descricao. Padrão: uma linha, a criação.",
                    "[{versao: \"1.0\", data: 2026-10-20, descricao: Criação do documento}]", false),

            bloco("checklist", "Opcional. Situação de cada item do checklist (ids em templates/checklist.yaml): "
                    + "concluido, pendente-baixa, pendente-alta ou nao-se-aplica, ou um bloco {status, data, "
                    + "responsavel, observacao}.", false));

    /*
     * Maximum lengths, in characters, of the values (checked by the reader, the limit in the message). Never below
     * the standards, and everything within them is printed whole in every format (the writers break a long word,
     * e-mail, domain or path at the margin).
     */
    /** An e-mail address: 254 (RFC 5321 §4.5.3.1.3, a path of 256 with its angle brackets; RFC 3696 errata 1690). */
    static final int MAX_EMAIL = 254;
    /** The part of an e-mail address before the @ (RFC 5321 §4.5.3.1.1). */
    static final int MAX_EMAIL_LOCAL = 64;
    /** A domain name without its final dot (RFC 1035 §2.3.4: 255 octets on the wire). */
    static final int MAX_DOMINIO = 253;
    /** One label of a domain name (RFC 1035 §2.3.4). */
    static final int MAX_ROTULO = 63;
    /** A URL: 2,000, what every browser, server and search engine takes. */
    static final int MAX_URL = 2000;
    /** A name, a cargo, an address, a city. */
    static final int MAX_NOME = 200;
    /** A name and a cargo together ({@code pop.elaborado_por}...). */
    static final int MAX_NOME_CARGO = 2 * MAX_NOME;
    /** A description or an observation. */
    static final int MAX_TEXTO = 500;
    /** An acronym, or the POP's code: it goes between slashes in the ofício's identification line. */
    static final int MAX_SIGLA = 30;
    /** A telephone number with its punctuation (E.164 has at most 15 digits). */
    static final int MAX_TELEFONE = 30;
    /**
     * The PEC's folder: Windows paths stop at 260 characters (MAX_PATH) and the PEC's own files go up to some 50
     * characters below its folder.
     */
    static final int MAX_PASTA = 200;
    /** A file path (the brasão): PATH_MAX of Linux. */
    static final int MAX_CAMINHO = 4096;

    /** Maximum lengths by path, list indexes dropped and {@code *} for any checklist item. */
    private static final Map<String, Integer> MAXIMOS = Map.ofEntries(
            Map.entry("municipio.nome", MAX_NOME),
            Map.entry("prefeitura.nome", MAX_NOME),
            Map.entry("prefeitura.endereco", MAX_NOME),
            Map.entry("prefeitura.sigla", MAX_SIGLA),
            Map.entry("prefeitura.brasao", MAX_CAMINHO),
            Map.entry("secretaria.nome", MAX_NOME),
            Map.entry("secretaria.sigla", MAX_SIGLA),
            Map.entry("secretaria.endereco", MAX_NOME),
            Map.entry("secretaria.telefone", MAX_TELEFONE),
            Map.entry("secretaria.email", MAX_EMAIL),
            Map.entry("secretaria.site", MAX_URL),
            Map.entry("signatario.nome", MAX_NOME),
            Map.entry("signatario.cargo", MAX_NOME),
            Map.entry("contato.nome", MAX_NOME),
            Map.entry("contato.cargo", MAX_NOME),
            Map.entry("contato.email", MAX_EMAIL),
            Map.entry("contato.telefone", MAX_TELEFONE),
            Map.entry("instalacao.url", MAX_URL),
            Map.entry("instalacao.dominio", MAX_DOMINIO),
            Map.entry("instalacao.pasta", MAX_PASTA),
            Map.entry("orgao_dominio.nome", MAX_NOME),
            Map.entry("orgao_dominio.sigla", MAX_SIGLA),
            Map.entry("orgao_dominio.email", MAX_EMAIL),
            Map.entry("orgao_dominio.endereco", MAX_NOME),
            Map.entry("orgao_dominio.cidade", MAX_NOME),
            Map.entry("orgao_dominio.destinatario.nome", MAX_NOME),
            Map.entry("orgao_dominio.destinatario.cargo", MAX_NOME),
            Map.entry("govbr.client_id", MAX_NOME),
            Map.entry("govbr.client_secret_env", MAX_NOME),
            Map.entry("pop.codigo", MAX_SIGLA),
            Map.entry("pop.elaborado_por", MAX_NOME_CARGO),
            Map.entry("pop.revisado_por", MAX_NOME_CARGO),
            Map.entry("pop.aprovado_por", MAX_NOME_CARGO),
            Map.entry("pop.distribuicao", MAX_NOME),
            Map.entry("pop.historico.descricao", MAX_TEXTO),
            Map.entry("checklist.*.responsavel", MAX_NOME),
            Map.entry("checklist.*.observacao", MAX_TEXTO));

    private static final Map<String, Campo> POR_CAMINHO =
            TODOS.stream().collect(Collectors.toUnmodifiableMap(Campo::path, c -> c));

    /**
     * The maximum length, in characters, of the value at {@code path} ({@code pop.historico[1].descricao},
     * {@code checklist.backup.observacao}); 0 for a value whose format already bounds it (a date, a CEP, a choice).
     */
    static int maximo(String path) {
        String p = path.replaceAll("\\[\\d+]", "");
        if (p.startsWith("checklist.")) {
            int i = p.indexOf('.', "checklist.".length());
            if (i > 0) {
                p = "checklist.*" + p.substring(i);
            }
        }
        return MAXIMOS.getOrDefault(p, 0);
    }

    /** What is wrong with {@code text} as the value at {@code path} for its length, or null when it fits. */
    static String tamanho(String path, String text) {
        int max = maximo(path);
        int n = text.codePointCount(0, text.length());
        if (max == 0 || n <= max) {
            return null;
        }
        String chave = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]", "");
        String oQue = switch (chave) {
            case "email" -> "e-mail longo demais";
            case "dominio" -> "domínio longo demais";
            case "url", "site" -> "endereço longo demais";
            case "pasta", "brasao" -> "caminho longo demais";
            default -> "texto longo demais";
        };
        boolean texto = max == MAX_NOME || max == MAX_NOME_CARGO || max == MAX_TEXTO;
        return oQue + " (" + n + " caracteres; o máximo é " + max + "); encurte-o"
                + (texto ? ", abreviando se preciso" : "");
    }

    private Campos() {
    }

    private static Campo bloco(String path, String descricao, boolean obrigatorio) {
        return new Campo(path, descricao, null, obrigatorio);
    }

    private static Campo campo(String path, String descricao, String exemplo, boolean obrigatorio) {
        return new Campo(path, descricao, exemplo, obrigatorio);
    }

    static Optional<Campo> get(String path) {
        return Optional.ofNullable(POR_CAMINHO.get(path));
    }

    /** The keys allowed directly under {@code parent} ("" for the top level), in file order. */
    static List<String> chaves(String parent) {
        return TODOS.stream().filter(c -> c.pai().equals(parent)).map(Campo::chave).toList();
    }
}
