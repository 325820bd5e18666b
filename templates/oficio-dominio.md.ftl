<#--
  Ofício ao órgão que administra o domínio gov.br da UF, pedindo o subdomínio do PEC.
  Padrão ofício (Manual de Redação da Presidência da República, 3ª ed.). Cada parágrafo leva a classe na
  linha seguinte; os parágrafos {.texto} são numerados automaticamente quando são três ou mais.
  Valores como ${...} são escapados: aparecem exatamente como no arquivo do município.
-->
${oficio.identificacao}
{.identificacao}

${oficio.local_data}
{.data}

<#list destinatario.enderecamento as linha>
${linha}<#sep>\</#sep>
</#list>
{.enderecamento}

Assunto: ${oficio.assunto}.
{.assunto}

${destinatario.vocativo}
{.vocativo}

Solicito a criação do subdomínio ${instalacao.dominio}, destinado ao Prontuário Eletrônico do Cidadão (PEC) do e-SUS APS, sistema do Ministério da Saúde usado nas unidades de saúde de ${municipio.nome}.
{.texto}

O pedido é feito em nome da ${prefeitura.nome}<#if prefeitura.cnpj?has_content>, CNPJ ${prefeitura.cnpj}</#if>, por meio da ${secretaria.nome}. A responsabilidade técnica é de ${contato.nome}<#if contato.cargo?has_content>, ${contato.cargo}</#if><#if contato.email?has_content>, e-mail ${contato.email}</#if><#if contato.telefone?has_content>, telefone ${contato.telefone}</#if>.
{.texto}

O servidor da instalação tem o endereço IPv4 público ${instalacao.ipv4}. Peço apenas um registro DNS do tipo A para o nome ${instalacao.dominio}, apontando para esse endereço.
{.texto}

A Portaria SGD/MGI nº 7.076, de 2 de outubro de 2024, art. 3º, exige que o sistema esteja hospedado em domínio oficial de governo, terminado em .gov.br, para obter as credenciais de produção do login GOV.BR. Além disso, desde a versão 5.1.14 do PEC, a consulta e a atualização do Cadastro Nacional de Usuários do SUS (CADSUS) exigem acesso HTTPS em domínio gov.br e login GOV.BR.
{.texto}

Solicito que a confirmação da criação do registro seja enviada a ${contato.nome}<#if contato.email?has_content>, pelo e-mail ${contato.email}</#if>, para que a equipe conclua a configuração do acesso seguro (HTTPS) ao sistema.
{.texto}

${fecho}
{.fecho}

${signatario.nome_maiusculo}\
${signatario.cargo}
{.assinatura}
