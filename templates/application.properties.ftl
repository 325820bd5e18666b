<#--
  Linhas do application.properties para o login GOV.BR (Manual e-SUS APS, "Login GOV.BR").
  Texto simples: nada é escapado automaticamente. Use valor_propriedade(...) em todo valor de chave e
  comentario_propriedade(...) em todo texto do arquivo do município dentro de um comentário.
-->
# Login GOV.BR do e-SUS APS PEC - ${comentario_propriedade(municipio.nome_uf)}
# Acrescente as duas linhas abaixo ao final do arquivo:
#   ${instalacao.arquivo_properties}
<#if instalacao.windows>
# Depois reinicie o serviço "${instalacao.servico}" (services.msc) ou, no PowerShell como administrador:
<#else>
# Depois reinicie o serviço:
</#if>
#   ${instalacao.comando_reiniciar}
bridge.security.oauth2.client.registration.govbr.client-id=${valor_propriedade(govbr.client_id)}
bridge.security.oauth2.client.registration.govbr.client-secret=${valor_propriedade(govbr.client_secret)}
