<#--
  POP do servidor do PEC, preenchido para o município: cópia do banco, transferência, instalação,
  atualização, contra-chave, certificado RNDS/CADSUS, HTTPS, login GOV.BR, ofícios e checklist.
  Fonte: Manual e-SUS APS (PEC_02, PEC_03, HTTPS automatizado, Login GOV.BR, Certificado e-Gestor).
  Em blocos de código e trechos `assim`, onde a barra invertida não é escape, os valores usam ?no_esc.
-->
<#assign win = instalacao.windows>
<#assign terminal = win?then("PowerShell (como administrador)", "terminal")>
<#assign lang = win?then("powershell", "bash")>
<#-- O HTTPS automatizado (PEC 5.3+) exige o subdomínio já apontando para o servidor: item dns_govbr do checklist
     (concluído, ou "não se aplica" quando o domínio já existe). -->
<#assign dns_pendente = (checklist.status.dns_govbr!"concluido")?starts_with("pendente")>
<#assign https_ja = instalacao.versao_pec_https_automatizado && !dns_pendente>
# POP — Instalação, transferência e atualização do PEC — ${municipio.nome_uf}

Procedimento operacional padrão do servidor do e-SUS APS PEC de ${municipio.nome_uf}, preenchido com os dados do arquivo do município. Siga os passos na ordem e marque o checklist do fim.

## 1. Dados da instalação

| Item | Valor |
|---|---|
| Município | ${municipio.nome_uf}<#if municipio.codigo_ibge?has_content> (código IBGE ${municipio.codigo_ibge})</#if> |
| Instituição | ${secretaria.nome} — ${prefeitura.nome}<#if prefeitura.cnpj?has_content>, CNPJ ${prefeitura.cnpj}</#if> |
| Link da instalação | ${instalacao.url} |
| Domínio | ${instalacao.dominio} |
| IPv4 público | ${instalacao.ipv4} |
| Sistema operacional | ${instalacao.sistema_operacional_nome} |
| Versão do PEC | ${instalacao.versao_pec} |
| Banco de dados | PostgreSQL, porta ${instalacao.banco.porta}, banco ${instalacao.banco.nome}, usuário ${instalacao.banco.usuario} |
| Pasta de configuração | `${instalacao.pasta_config?no_esc}` |
| Serviço | ${instalacao.servico} |
| Responsável técnico | ${contato.nome}<#if contato.email?has_content>, ${contato.email}</#if><#if contato.telefone?has_content>, ${contato.telefone}</#if> |

## 2. Antes de começar: credenciais do instalador

1. Localize o arquivo `credenciais.txt`, criado pelo instalador do PEC<#if win> em `${instalacao.pasta_config?no_esc}`<#else> (o manual o mostra em `C:\Program Files\e-SUS\webserver\config\` no Windows; no Linux, procure-o na pasta `/opt/e-SUS/webserver/`, por exemplo com `sudo find /opt/e-SUS -name credenciais.txt`)</#if>. Ele traz a URL de conexão (`${instalacao.banco.url_jdbc?no_esc}`), o usuário de acesso total `${instalacao.banco.usuario?no_esc}` com a senha e o usuário somente leitura `esus_leitura` com a senha.
2. Confira nele a porta (padrão 5433), o nome do banco (padrão `esus`) e o usuário (padrão `postgres`). Os comandos deste POP usam porta ${instalacao.banco.porta}, banco ${instalacao.banco.nome} e usuário ${instalacao.banco.usuario}.
3. Guarde uma cópia do arquivo em local seguro: a senha do banco é pedida pelos comandos abaixo.
4. Tenha à mão o instalador da mesma versão do PEC (${instalacao.versao_pec}) para o servidor novo: `${comandos.instalador?no_esc}`.

## 3. Cópia do banco de dados no servidor atual

Abra o ${terminal} no servidor atual e crie a pasta de trabalho `${comandos.pasta_trabalho?no_esc}`<#if win>; diga também onde fica a pasta `bin` do PostgreSQL usado pelo PEC (a que tem o `pg_dump.exe`), trocando o caminho de exemplo</#if>:

```${lang}
${comandos.preparar?no_esc}
```

Os comandos a seguir pedem a senha do usuário ${instalacao.banco.usuario} (veja `credenciais.txt`).

1. Pare o serviço do PEC, para que ninguém grave dados durante a cópia:

   ```${lang}
   ${comandos.parar_servico?no_esc}
   ```

2. Gere a cópia no formato personalizado do PostgreSQL (já compactada, usada na restauração):

   ```${lang}
   ${comandos.dump_custom?no_esc}
   ```

3. Gere também uma cópia em SQL puro, legível em qualquer versão, e compacte-a:

   ```${lang}
   ${comandos.dump_sql?no_esc}
   ${comandos.compactar?no_esc}
   ```

4. Calcule o resumo SHA-256 dos arquivos, para conferir a cópia depois da transferência:

   ```${lang}
   ${comandos.hash?no_esc}
<#if comandos.hash_alternativo?has_content>
<#list comandos.hash_alternativo?split("\n") as linha>
   ${linha?no_esc}
</#list>
</#if>
   ```

5. Anote o resumo e o tamanho dos arquivos no checklist. Se o servidor atual continuar em uso, inicie o serviço de novo: `${comandos.iniciar_servico?no_esc}`.

## 4. Transferência para o servidor novo

1. No servidor novo, crie a mesma pasta de trabalho (o comando do passo 3) e copie para ela os arquivos `${comandos.arquivo_backup?no_esc}` e `${comandos.arquivo_sql_compactado?no_esc}` (rede, disco externo ou cópia segura), por exemplo:

   ```${lang}
   ${comandos.transferir?no_esc}
   ```

2. No servidor novo, dentro da pasta de trabalho, calcule o resumo de novo e confira se é igual ao anotado:

   ```${lang}
   ${comandos.conferir_hash?no_esc}
   ```

## 5. Instalação no servidor novo e restauração

1. Instale o PEC ${instalacao.versao_pec} no servidor novo. <#if https_ja>Pelo console, já com o HTTPS automatizado (a senha do banco está em `credenciais.txt`):<#elseif instalacao.versao_pec_https_automatizado>Pelo console, ainda sem o HTTPS automatizado: ele exige que o subdomínio ${instalacao.dominio} já aponte para este servidor, e o checklist diz que isso ainda está pendente. Quando o registro A estiver criado e as portas 80 e 443 liberadas, rode o instalador de novo com `-cert-domain` (item 9).<#else>Use o instalador da versão ${instalacao.versao_pec}; pelo console:</#if>

   ```${lang}
<#if https_ja>
   ${comandos.instalar_console_https?no_esc}
<#else>
   java -jar ${comandos.instalador?no_esc} -console
</#if>
   ```

2. Pare o serviço do PEC no servidor novo:

   ```${lang}
   ${comandos.parar_servico?no_esc}
   ```

3. Na pasta de trabalho<#if win> (com `$pg` definido como no passo 3)</#if>, restaure a cópia sobre o banco criado pelo instalador:

   ```${lang}
   ${comandos.restaurar?no_esc}
   ```

   Se for preciso usar a cópia em SQL puro:

   ```${lang}
<#if win>
   ${comandos.descompactar?no_esc}
</#if>
   ${comandos.restaurar_sql?no_esc}
   ```

4. Inicie o serviço e entre no PEC pelo navegador do servidor em `http://localhost:8080/esus/`:

   ```${lang}
   ${comandos.iniciar_servico?no_esc}
   ```

5. Confira se os cadastros, atendimentos e usuários aparecem como no servidor antigo.

## 6. Atualização da versão

1. Faça antes a cópia do banco do item 3.
2. Execute o instalador da nova versão no mesmo servidor. A linha de console é a mesma do item 5, com o arquivo da nova versão<#if https_ja> e o parâmetro `-cert-domain=${instalacao.dominio?no_esc}`<#elseif instalacao.versao_pec_https_automatizado> (acrescente `-cert-domain=${instalacao.dominio?no_esc}` quando o subdomínio já apontar para o servidor; veja o item 9)</#if>.
3. Depois da atualização, confira o "Link da instalação" em Configurações da instalação > Servidores.

## 7. Contra-chave

Papéis que precisam existir antes (e-Gestor AB):

1. O Gestor da APS está cadastrado no e-Gestor AB com o CNPJ e a senha do Fundo Municipal de Saúde (FMS).
2. O Gestor da APS cadastra o Gestor do SISAB (programa SISAB, perfil "GESTOR DO PROGRAMA MUNICIPAL/ESTADUAL").
3. O Gestor do SISAB cadastra o Gestor Técnico (perfil "GESTOR TÉCNICO"), que só pode gerar contra-chaves.

Gerar a contra-chave:

1. No e-Gestor AB, clique em "Gerador de Contra Chave".
2. O gestor municipal entra no e-Gestor com o CNPJ e a senha do FMS e, em "Instalação/Atualização PEC e-SUS APS", seleciona o usuário autorizado a gerar a contra-chave. Isso gera um token, que é informado no gerador.
3. Informe a chave mostrada na tela do PEC e clique em "eSUSAB".
4. Digite no PEC a contra-chave gerada.

O mesmo fluxo, com a opção "AGENDAMENTO", habilita a Agenda Online. No primeiro acesso (`http://localhost:8080/esus/`), o assistente de ativação pede a contra-chave, o horário das UBS (opcional) e o XML do CNES, importado do e-Gestor.

## 8. Certificado RNDS e CADSUS

1. O gestor municipal dá a um usuário o perfil "Implantação e-SUS APS – Gestor do Programa Municipal".
2. Com o CNPJ do FMS, selecione o perfil "TOKEN PARA IMPLANTAÇÃO e-SUS APS", informe CPF, nome e estabelecimento e clique em "Gerar Token". O token vale até as 23h59 do mesmo dia, e o mesmo CPF deve fazer a solicitação da credencial.
3. Copie a contra-chave do PEC em Gestão Municipal > Configuração RNDS.
4. No e-Gestor, em Implantação e-SUS APS, solicite a credencial com o token e a contra-chave: importe o certificado (.CER ou .PFX) ou clique em "gerar certificado" e defina uma senha; preencha contatos, estabelecimentos filhos (CNES), gestor responsável e sistema solicitante; aceite os termos; baixe o certificado e o "ID do solicitante". Não carregue o arquivo .cer no PEC.
5. O administrador da instalação coloca o arquivo .pfx ou .p12 na pasta `chaves`, criada se não existir:

   ```${lang}
   ${comandos.criar_pasta_chaves?no_esc}
   ```

   Pasta: `${instalacao.pasta_chaves?no_esc}`.

6. O administrador municipal abre Gestão Municipal > Certificados e seleciona o arquivo, a senha e o ID do solicitante.

A opção "RNDS" envia vacinas, atendimentos, prescrições e atestados à RNDS. A opção "CADSUS" permite consultar e gravar no cadastro nacional e gerar o CNS. Desde a versão 5.1.14, o CADSUS só funciona com as três condições: certificado com CADSUS (PIX/PDQ) habilitado, HTTPS em domínio gov.br e login GOV.BR.

## 9. HTTPS

<#if instalacao.versao_pec_https_automatizado>
A partir da versão 5.3, o instalador gera e renova sozinho o certificado TLS; pede apenas o domínio e a porta (padrão 443). Não é necessário se um proxy, Apache ou nginx já fornece o HTTPS.
<#else>
A versão instalada (${instalacao.versao_pec}) é anterior à 5.3, a primeira com HTTPS automatizado. Atualize o PEC (item 6) ou configure o HTTPS manualmente (Manual do PEC, item 3.1.3.3).
</#if>

Requisitos obrigatórios:

1. A instalação tem IP público: ${instalacao.ipv4}.
2. O domínio ${instalacao.dominio} aponta para esse IP, sem porta (registro DNS do tipo A; veja o ofício do item 11).
3. As portas de entrada 80 e 443 estão abertas no provedor, como a 8080, e encaminhadas no roteador de borda para o IP do servidor na rede local.
4. A administração remota do roteador não usa a porta 80 (mude-a para outra que não seja 8080, 80 ou 443, ou desative-a).
5. As portas 80 e 443 estão livres no servidor.
6. O firewall do servidor libera as portas 80 e 443:

   ```${lang}
   ${comandos.liberar_firewall?replace("\n", "\n   ")?no_esc}
   ```

<#if instalacao.versao_pec_https_automatizado>
Instalação ou atualização pelo console com HTTPS (`-cert-port` é opcional; o padrão é 443):

```${lang}
${comandos.instalar_console_https?no_esc}
```

</#if>
Depois de habilitar o HTTPS:

1. Confira o "Link da instalação" em Configurações da instalação > Servidores: deve ser ${instalacao.url}.
2. Reconfigure os aplicativos (Território, AD, Atividade Coletiva, Vacinação, Gestão) com o novo link. Os aplicativos só sincronizam no Android 7.1.2 ou posterior.
3. Se o domínio não abrir dentro da rede local, acrescente-o ao arquivo `${instalacao.arquivo_hosts?no_esc}`: `${comandos.hosts_servidor?no_esc}` no servidor e `${comandos.hosts_cliente?no_esc}` em cada computador da rede.

Para remover o HTTPS ou trocar o domínio, apague o arquivo `ssl.properties` de `${instalacao.pasta_certmgr_config?no_esc}` e execute a atualização de novo.

## 10. Login GOV.BR

Pré-requisitos:

1. Certificado digital do e-Gestor com a opção CADSUS habilitada.
2. Acesso por HTTPS com domínio (item 9).
3. Domínio oficial de governo, terminado em .gov.br (Portaria SGD/MGI nº 7.076/2024, art. 3º), para obter as chaves de produção.
4. Adesão do município à Rede Nacional de Governo Digital (https://plataforma.rede.gov.br/adesoes), assinada pelo Prefeito com conta gov.br prata ou ouro, com a indicação de um Ponto Focal municipal.

Valores do formulário do gov.br (homologação e depois produção):

| Campo | Valor |
|---|---|
<#list govbr.urls_retorno as url>
| URL de retorno | ${url} |
</#list>
| Página inicial | ${govbr.pagina_inicial} |
| Logout | ${govbr.url_logout} |
| CNPJ do órgão | ${prefeitura.cnpj} |
| Unidade requisitante | ${secretaria.nome} |
| Nome do Sistema | e-SUS APS |

O formulário pede também a chave pública PGP do responsável técnico (arquivo .asc). A resposta vem em até 10 dias úteis. A etapa de produção pede um vídeo que mostre a entrada e a saída com o gov.br.

Com as credenciais recebidas:

1. Acrescente ao final de `${instalacao.arquivo_properties?no_esc}` as duas linhas do arquivo `application.properties` gerado para o município: `bridge.security.oauth2.client.registration.govbr.client-id` (${govbr.client_id}) e `bridge.security.oauth2.client.registration.govbr.client-secret` (o valor da variável de ambiente ${govbr.client_secret_env}, que não é impresso neste documento).
2. Reinicie o serviço:

   ```${lang}
   ${instalacao.comando_reiniciar?no_esc}
   ```

Se o município trocar de domínio, é preciso pedir novas credenciais. Contatos: integracaoid@economia.gov.br (pedido parado há mais de 8 dias úteis), integracao-acesso-govbr@economia.gov.br (dúvidas técnicas) e ${prescricao.url_suporte}.

## 11. Ofícios e chamados

| Documento | Para | Situação |
|---|---|---|
| ${oficio.titulo} | ${orgao_dominio.nome_sigla} | ofício de ${oficio.data}, pedindo o registro A de ${instalacao.dominio} para ${instalacao.ipv4} |
| Ticket de ativação da prescrição digital | Suporte e-SUS APS (${prescricao.url_suporte}) | <#if prescricao.pode_abrir_chamado>pronto para abrir<#else>aguardar os pré-requisitos</#if> |

A prescrição digital exige SMTP configurado, HTTPS, certificado ICP-Brasil válido e PEC ${prescricao.versao_minima} ou posterior. A resposta ao chamado traz login e senha, informados em Configurações da instalação > Conexão > Assinatura digital > Habilitar.

## 12. Checklist final

| Marca | Item | Status | Data | Observação |
|:-:|---|---|---|---|
<#list checklist.itens as item>
| ${item.marca} | ${item.titulo} | ${item.rotulo} | ${item.data} | ${item.observacao} |
</#list>
