<#--
  Texto do chamado em ${prescricao.url_suporte} para ativar a prescrição digital (Manual e-SUS APS, PEC_03,
  "Prescrição digital"). Copie o título para o assunto do chamado e o resto para a descrição.
  Os parágrafos {.interna} são recados para quem abre o chamado: saem no PDF, no DOCX e no .md, mas não no corpo
  do e-mail que o "gerar-oficios enviar" manda ao suporte (lá o assunto já é o título).
-->
# Ativação da prescrição digital — ${municipio.nome_uf}

<#if !prescricao.pode_abrir_chamado>
**Não envie este chamado ainda.** Falta: ${prescricao.pendencias?join("; ")}.<#if !prescricao.versao_ok> A versão instalada do PEC (${instalacao.versao_pec}) é anterior à ${prescricao.versao_minima}, a primeira com prescrição digital; atualize o PEC primeiro.</#if> Conclua os pré-requisitos abaixo, atualize o checklist do município e gere este texto de novo.
{.nota .interna}

</#if>
Chamado a abrir em ${prescricao.url_suporte}, com o link da instalação.
{.nota .interna}

**Assunto:** Ativação da prescrição digital — ${municipio.nome_uf}
{.interna}

Solicito a ativação da prescrição digital na instalação do PEC do e-SUS APS de ${municipio.nome_uf}, descrita abaixo.

## Dados da instalação

| Item | Valor |
|---|---|
| Link da instalação | ${instalacao.url} |
| Município | ${municipio.nome_uf}<#if municipio.codigo_ibge?has_content> (código IBGE ${municipio.codigo_ibge})</#if> |
| Instituição | ${secretaria.nome} — ${prefeitura.nome} |
<#if prefeitura.cnpj?has_content>
| CNPJ | ${prefeitura.cnpj} |
</#if>
| Versão do PEC | ${instalacao.versao_pec} |
| Responsável | ${contato.nome}<#if contato.cargo?has_content>, ${contato.cargo}</#if> |
<#if contato.email?has_content>
| E-mail | ${contato.email} |
</#if>
<#if contato.telefone?has_content>
| Telefone | ${contato.telefone} |
</#if>

## Pré-requisitos

| Pré-requisito | Situação |
|---|---|
| PEC ${prescricao.versao_minima} ou posterior | <#if prescricao.versao_ok>atendido: versão ${instalacao.versao_pec}<#else>não atendido: versão ${instalacao.versao_pec}</#if> |
| Acesso por HTTPS (${instalacao.url}) | <#if prescricao.https_ok>atendido<#elseif prescricao.https?has_content>${prescricao.https}<#else>a confirmar</#if> |
| Servidor SMTP configurado (Configurações da instalação > Servidores > Servidor SMTP) | <#if prescricao.smtp_ok>atendido<#elseif prescricao.smtp?has_content>${prescricao.smtp}<#else>a confirmar</#if> |
| Certificado digital ICP-Brasil válido | ${prescricao.certificado} |

## Próximo passo

A resposta ao chamado traz um login e uma senha. O administrador da instalação os informa no PEC em Configurações da instalação > Conexão > Assinatura digital > Habilitar.

Atenciosamente,

${contato.nome}<#if contato.cargo?has_content>\
${contato.cargo}</#if>\
${secretaria.nome} — ${municipio.nome_uf}
