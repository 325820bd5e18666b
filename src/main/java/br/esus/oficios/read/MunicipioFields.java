package br.esus.oficios.read;

import static br.esus.oficios.read.Field.block;
import static br.esus.oficios.read.Field.blocks;
import static br.esus.oficios.read.Field.bool;
import static br.esus.oficios.read.Field.checklist;
import static br.esus.oficios.read.Field.choice;
import static br.esus.oficios.read.Field.date;
import static br.esus.oficios.read.Field.integer;
import static br.esus.oficios.read.Field.text;
import static br.esus.oficios.read.Field.texts;
import static br.esus.oficios.read.FieldCatalog.MAX_CAMINHO;
import static br.esus.oficios.read.FieldCatalog.MAX_DOMINIO;
import static br.esus.oficios.read.FieldCatalog.MAX_EMAIL;
import static br.esus.oficios.read.FieldCatalog.MAX_NOME;
import static br.esus.oficios.read.FieldCatalog.MAX_NOME_CARGO;
import static br.esus.oficios.read.FieldCatalog.MAX_PASTA;
import static br.esus.oficios.read.FieldCatalog.MAX_SIGLA;
import static br.esus.oficios.read.FieldCatalog.MAX_TELEFONE;
import static br.esus.oficios.read.FieldCatalog.MAX_TEXTO;
import static br.esus.oficios.read.FieldCatalog.MAX_URL;

import br.esus.oficios.model.Banco;
import br.esus.oficios.model.GovBr;
import br.esus.oficios.model.Hierarquia;
import br.esus.oficios.model.Pessoa;
import br.esus.oficios.model.SistemaOperacional;
import br.esus.oficios.model.SituacaoPop;
import br.esus.oficios.model.Status;
import br.esus.oficios.model.Tratamento;
import br.esus.oficios.model.Uf;
import java.util.List;

/**
 * The keys of a municipality file ({@code municipios/x.yaml}), in file order: each with its kind, whether it is
 * required, its default, its longest value, whether it is free text, its help and an example. {@link MunicipioReader}
 * validates from here, {@link NovoMunicipio} writes the scaffold from here, {@link JsonSchema} the schema.
 */
public final class MunicipioFields {

    /** A CEP as the reader takes it: 00000-000, 00.000-000 or 00000000. */
    private static final String CEP = "^[0-9]{2}\\.?[0-9]{3}-?[0-9]{3}$";
    /** A PostgreSQL name as the reader takes it (it goes into commands pasted in a terminal). */
    static final String IDENTIFICADOR = "^[A-Za-z_][A-Za-z0-9_]{0,62}$";

    public static final FieldCatalog CATALOG = new FieldCatalog(List.of(
            block("municipio", "O município.").mandatory(),
            text("municipio.nome", "Nome oficial do município, com acentos.", "Santo Amaro").mandatory().limit(MAX_NOME),
            choice("municipio.uf", "Sigla da UF, uma das 27.", "BA", Uf.values(), Uf::name).anyCase().mandatory(),
            text("municipio.codigo_ibge", "Código IBGE do município: 7 dígitos, entre aspas.", "\"2928604\"")
                    .mandatory().matching("^[0-9]{7}$"),

            block("prefeitura", "A prefeitura: vai no cabeçalho e no corpo do ofício.").mandatory(),
            text("prefeitura.nome", "Nome da prefeitura.", "Prefeitura Municipal de Santo Amaro").mandatory()
                    .limit(MAX_NOME).free(),
            text("prefeitura.cnpj", "CNPJ da prefeitura, com ou sem pontuação (aceita o CNPJ alfanumérico).",
                    "\"11.222.333/0001-81\"").mandatory(),
            text("prefeitura.endereco", "Endereço da prefeitura (rua, número, bairro).",
                    "Praça da Purificação, s/n, Centro").mandatory().limit(MAX_NOME).free(),
            text("prefeitura.cep", "CEP da prefeitura, 00000-000.", "\"44200-000\"").mandatory().matching(CEP),
            text("prefeitura.sigla", "Sigla da prefeitura: vai na identificação do ofício depois da sigla da "
                    + "secretaria (SMS/PMSA), pois o padrão ofício pede as siglas de quem envia, da menor para a maior "
                    + "unidade. Sem ela o ofício não diz de que município é, e o programa avisa.", "PMSA")
                    .limit(MAX_SIGLA),
            text("prefeitura.brasao", "Opcional. Imagem PNG ou JPEG do brasão do município; caminho relativo à "
                    + "pasta deste arquivo.", "brasoes/santo-amaro.png").limit(MAX_CAMINHO),

            block("secretaria", "A secretaria que envia o ofício; endereço e contatos vão no rodapé.").mandatory(),
            text("secretaria.nome", "Nome da secretaria.", "Secretaria Municipal de Saúde").mandatory().limit(MAX_NOME)
                    .free(),
            text("secretaria.sigla", "Sigla da secretaria, usada na identificação do ofício.", "SMS").mandatory()
                    .limit(MAX_SIGLA),
            text("secretaria.endereco", "Opcional. Endereço da secretaria; se omitido, usa o da prefeitura.",
                    "Rua Direita, 100, Centro").limit(MAX_NOME).free().defaultDescribed("o da prefeitura"),
            text("secretaria.telefone", "Opcional. Telefone com DDD, no rodapé dos documentos.",
                    "\"(75) 3241-1234\"").limit(MAX_TELEFONE),
            text("secretaria.email", "Opcional. E-mail da secretaria, no rodapé dos documentos.",
                    "saude@santoamaro.ba.gov.br").limit(MAX_EMAIL),
            text("secretaria.site", "Opcional. Site da secretaria.", "https://saude.santoamaro.ba.gov.br")
                    .limit(MAX_URL),

            block("signatario", "Quem assina o ofício.").mandatory(),
            text("signatario.nome", "Nome completo de quem assina.", "Maria da Silva").mandatory().limit(MAX_NOME).free(),
            text("signatario.cargo", "Cargo de quem assina, no feminino quando for uma mulher.",
                    "Secretária Municipal de Saúde").mandatory().limit(MAX_NOME).free(),
            text("signatario.certificado", "Opcional. Certificado A1 (arquivo PKCS#12 .pfx ou .p12) com que "
                    + "`gerar-oficios assinar` assina os documentos deste município; caminho relativo à pasta deste "
                    + "arquivo. A opção --certificado o substitui.", "certificados/ana-lima.pfx").limit(MAX_CAMINHO),
            text("signatario.certificado_senha_env", "Opcional. Nome da variável de ambiente que guarda a senha "
                    + "do certificado (a senha nunca vai no YAML). Padrão: " + Pessoa.SENHA_ENV_PADRAO + ".",
                    "SENHA_CERTIFICADO_SANTO_AMARO").limit(MAX_NOME).matching(Formatos.VARIAVEL_AMBIENTE)
                    .defaultValue(Pessoa.SENHA_ENV_PADRAO),

            block("contato", "Responsável pelo domínio e pela instalação (aparece no ofício e no ticket).").mandatory(),
            text("contato.nome", "Nome completo.", "João Souza").mandatory().limit(MAX_NOME).free(),
            text("contato.cargo", "Opcional. Cargo ou função.", "Coordenador de Tecnologia da Informação")
                    .limit(MAX_NOME).free(),
            text("contato.email", "E-mail.", "ti.saude@santoamaro.ba.gov.br").mandatory().limit(MAX_EMAIL),
            text("contato.telefone", "Telefone com DDD.", "\"(75) 98765-4321\"").mandatory().limit(MAX_TELEFONE),

            block("instalacao", "O servidor do PEC.").mandatory(),
            text("instalacao.url", "Link da instalação, sempre https://, com o mesmo domínio de `dominio`.",
                    "https://esus.santoamaro.ba.gov.br").mandatory().limit(MAX_URL),
            text("instalacao.dominio", "Subdomínio gov.br pedido no ofício (o manual do e-SUS sugere "
                    + "esus.municipio.uf.gov.br).", "esus.santoamaro.ba.gov.br").mandatory().limit(MAX_DOMINIO),
            text("instalacao.ipv4", "IPv4 público e fixo do servidor, para o registro A do DNS (nunca um IP de rede "
                    + "interna como 192.168.x.x).", "200.10.20.30").mandatory(),
            choice("instalacao.sistema_operacional", "Sistema do servidor: linux ou windows.", "linux",
                    SistemaOperacional.values(), SistemaOperacional::yaml).mandatory(),
            text("instalacao.versao_pec", "Versão do PEC instalada, entre aspas (a prescrição digital exige 5.2.6 "
                    + "ou mais recente).", "\"5.3.21\"").mandatory(),
            block("instalacao.banco", "Opcional. Banco PostgreSQL do PEC (confira no credenciais.txt); se omitido, "
                    + "porta 5433, banco esus, usuário postgres."),
            integer("instalacao.banco.porta", "Porta do PostgreSQL, de 1 a 65535.", "5433", 1, 65535)
                    .defaultValue(Banco.PADRAO.porta()),
            text("instalacao.banco.nome", "Nome do banco.", "esus").defaultValue(Banco.PADRAO.nome())
                    .matching(IDENTIFICADOR),
            text("instalacao.banco.usuario", "Usuário do banco.", "postgres").defaultValue(Banco.PADRAO.usuario())
                    .matching(IDENTIFICADOR),
            text("instalacao.pasta", "Opcional. Pasta onde o PEC está instalado no servidor; dela saem todos os "
                    + "caminhos do POP e dos scripts (database, webserver/chaves, webserver/config, certmgr). Padrão: "
                    + "/opt/e-SUS no Linux, C:\\Program Files\\e-SUS no Windows.", "/opt/e-SUS").limit(MAX_PASTA)
                    .defaultDescribed(SistemaOperacional.LINUX.pastaPecPadrao() + " no Linux, "
                            + SistemaOperacional.WINDOWS.pastaPecPadrao() + " no Windows"),
            bool("instalacao.certificado_digital_integrado", "true se o certificado digital já está integrado ao "
                    + "PEC; senão false.", "true").mandatory(),
            date("instalacao.certificado_digital_validade", "Opcional. Último dia de validade do certificado "
                    + "digital integrado, ano-mês-dia (\"válido até\" no certificado). Sem ela, o ticket diz que a "
                    + "validade não foi informada; o validar avisa 30 dias antes do vencimento.", "2027-08-31"),

            block("orgao_dominio", "Órgão que administra o domínio gov.br da UF e recebe o ofício.").mandatory(),
            text("orgao_dominio.nome", "Nome do órgão.", "Companhia de Processamento de Dados do Estado da Bahia")
                    .mandatory().limit(MAX_NOME).free(),
            text("orgao_dominio.sigla", "Sigla do órgão.", "PRODEB").mandatory().limit(MAX_SIGLA),
            text("orgao_dominio.email", "E-mail para onde o ofício é enviado.", "protocolo@prodeb.ba.gov.br")
                    .mandatory().limit(MAX_EMAIL),
            text("orgao_dominio.endereco", "Endereço do órgão (rua, número, bairro).",
                    "Avenida Luiz Viana Filho, 2ª Avenida, 200, Centro Administrativo da Bahia").mandatory()
                    .limit(MAX_NOME).free(),
            text("orgao_dominio.cep", "Opcional. CEP do órgão, 00000-000 (última linha do endereçamento).",
                    "\"41745-002\"").matching(CEP),
            text("orgao_dominio.cidade", "Opcional, mas o Manual pede a cidade na última linha do endereçamento. "
                    + "Cidade do órgão, sem a UF.", "Salvador").limit(MAX_NOME).free(),
            choice("orgao_dominio.uf", "Opcional. UF do órgão; se omitida, a do município.", "BA", Uf.values(),
                    Uf::name).anyCase().defaultDescribed("a do município"),
            block("orgao_dominio.destinatario", "A quem o ofício é endereçado.").mandatory(),
            text("orgao_dominio.destinatario.nome", "Nome completo.", "Carlos Alberto Nunes").mandatory().limit(MAX_NOME)
                    .free(),
            text("orgao_dominio.destinatario.cargo", "Cargo, sem o órgão: o endereçamento escreve "
                    + "\"Diretor-Presidente da Empresa … – SIGLA\".", "Diretor-Presidente").mandatory().limit(MAX_NOME)
                    .free(),
            choice("orgao_dominio.destinatario.tratamento", "senhor, senhora ou excelencia (Excelência só para as "
                    + "autoridades da tabela do Manual de Redação).", "senhor", Tratamento.values(), Tratamento::yaml)
                    .mandatory(),
            choice("orgao_dominio.destinatario.genero", "masculino ou feminino; obrigatório só com tratamento "
                    + "excelencia.", "feminino", new Boolean[] {false, true},
                    feminine -> feminine ? "feminino" : "masculino")
                    .mandatoryWhen("tratamento", Tratamento.EXCELENCIA.yaml()),
            choice("orgao_dominio.destinatario.hierarquia", "Opcional. superior, igual ou inferior a quem assina; "
                    + "decide o fecho (Respeitosamente ou Atenciosamente). superior só se o destinatário está acima "
                    + "de quem assina (o governador ou um secretário de estado, para um secretário municipal; o "
                    + "presidente de uma empresa estadual não está). Padrão: igual.", "igual",
                    Hierarquia.values(), Hierarquia::yaml).defaultValue(Hierarquia.IGUAL.yaml()),

            block("oficios", "Numeração dos ofícios.").mandatory(),
            block("oficios.oficio_dominio", "O ofício que pede o subdomínio gov.br.").mandatory(),
            integer("oficios.oficio_dominio.numero", "Número do ofício, inteiro positivo.", "12", 1, 999_999)
                    .mandatory(),
            date("oficios.oficio_dominio.data", "Data do ofício, ano-mês-dia.", "2026-11-23").mandatory(),

            block("govbr", "Opcional. Credenciais do login GOV.BR, para o application.properties."),
            text("govbr.client_id", "Opcional até o GOV.BR liberar as credenciais. O client-id recebido.",
                    "esus-santoamaro-ba").limit(MAX_NOME),
            text("govbr.client_secret_env", "Opcional. Nome da variável de ambiente que guarda o client-secret "
                    + "(o segredo nunca vai no YAML). Padrão: GOVBR_CLIENT_SECRET.", "GOVBR_CLIENT_SECRET")
                    .limit(MAX_NOME).matching(Formatos.VARIAVEL_AMBIENTE).defaultValue(GovBr.SECRET_ENV_PADRAO),

            block("pop", "Opcional. Identificação, aprovações e distribuição do POP (o quadro do começo e as "
                    + "assinaturas do fim); cada chave tem um padrão."),
            text("pop.codigo", "Opcional. Código do POP na secretaria: letras, números, hífen e ponto, sem "
                    + "espaços. Padrão: POP-TI-001.", "POP-TI-001").limit(MAX_SIGLA).defaultValue("POP-TI-001"),
            text("pop.versao", "Opcional. Versão do POP, entre aspas. Padrão: a da última linha do `historico`, ou "
                    + "1.0.", "\"1.0\"").defaultDescribed("a da última linha do `historico`, ou 1.0"),
            date("pop.data_criacao", "Opcional. Data de criação do POP, ano-mês-dia. Padrão: a da primeira linha do "
                    + "`historico`, ou o dia em que o POP é gerado (preencha para uma data fixa).", "2026-10-20")
                    .defaultDescribed("a da primeira linha do `historico`, ou o dia em que o POP é gerado"),
            date("pop.data_revisao", "Opcional. Data da última revisão, ano-mês-dia. Padrão: a da última linha do "
                    + "`historico`, quando ele tem mais de uma; senão fica em branco.", "2026-11-23")
                    .defaultDescribed("a da última linha do `historico` quando ele tem mais de uma; senão em "
                            + "branco"),
            text("pop.elaborado_por", "Opcional. Quem elaborou o POP, nome e cargo. Padrão: o `contato`.",
                    "Rafael Nunes Teixeira, Coordenador de Tecnologia da Informação").limit(MAX_NOME_CARGO).free()
                    .defaultDescribed("nome e cargo do `contato`"),
            text("pop.revisado_por", "Opcional. Quem revisou o POP, nome e cargo. Padrão: linha em branco, para "
                    + "preencher à mão.", "Carla Menezes, Diretora de Atenção Básica").limit(MAX_NOME_CARGO).free()
                    .defaultDescribed("em branco, para preencher à mão"),
            text("pop.aprovado_por", "Opcional. Quem aprova o POP, nome e cargo. Padrão: o `signatario`.",
                    "Ana Beatriz Conceição Lima, Secretária Municipal de Saúde").limit(MAX_NOME_CARGO).free()
                    .defaultDescribed("nome e cargo do `signatario`"),
            choice("pop.situacao", "Opcional. vigente, em-revisao ou rascunho. Padrão: vigente.", "vigente",
                    SituacaoPop.values(), SituacaoPop::yaml).defaultValue(SituacaoPop.VIGENTE.yaml()),
            texts("pop.distribuicao", "Opcional. Quem recebe cópia do POP, uma lista. Padrão: a secretaria (original "
                    + "assinado), o `contato` e a coordenação da implantação.",
                    "[\"Secretaria Municipal de Saúde (original assinado)\", \"Coordenação de TI (cópia)\"]")
                    .limit(MAX_NOME).free()
                    .defaultDescribed("a secretaria, o `contato` e a coordenação da implantação"),
            blocks("pop.historico", "Opcional. As versões do POP, da mais antiga à mais nova, uma por linha, cada uma "
                    + "com versao, data (ano-mês-dia) e descricao. Padrão: uma linha, a criação.",
                    "[{versao: \"1.0\", data: 2026-10-20, descricao: Criação do documento}]",
                    text("pop.historico.versao", "Versão do POP, entre aspas.", null).mandatory(),
                    date("pop.historico.data", "Data da versão, ano-mês-dia.", null).mandatory(),
                    text("pop.historico.descricao", "O que mudou nesta versão.", null)
                            .mandatory().limit(MAX_TEXTO).free())
                    .defaultDescribed("uma linha, a criação"),

            checklist("checklist", "Opcional. Situação de cada item do checklist (ids em templates/checklist.yaml): "
                    + "concluido, pendente-baixa, pendente-alta ou nao-se-aplica, ou um bloco {status, data, "
                    + "responsavel, observacao}.",
                    // no example for the keys of an item: the list's example shows a whole item
                    choice("checklist.*.status", "Situação do item.", null, Status.values(), Status::yaml)
                            .mandatory(),
                    date("checklist.*.data", "Opcional. Data da situação, ano-mês-dia.", null),
                    text("checklist.*.responsavel", "Opcional. Quem cuida do item.", null).limit(MAX_NOME)
                            .free(),
                    text("checklist.*.observacao", "Opcional. Observação sobre o item.", null).limit(MAX_TEXTO).free())));


    private MunicipioFields() {
    }
}
