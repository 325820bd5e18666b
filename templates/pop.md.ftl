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
<#-- As seções 1 a 4 e 6 a 9 (a forma de um POP que a secretaria arquiva e audita) têm os dados de `pop:` do arquivo
     do município; os padrões vêm do TemplateModel. A seção 9 é {.inteira}: título, assinaturas e distribuição
     ficam juntos numa página, a última, no PDF e no DOCX. -->
# POP — Instalação, transferência e atualização do PEC — ${municipio.nome_uf}

| Código | Versão | Situação | Criação | Revisão | Elaborado por |
|---|---|---|---|---|---|
| ${pop.codigo} | ${pop.versao} | ${pop.situacao_nome} | ${pop.data_criacao} | <#if pop.data_revisao?has_content>${pop.data_revisao}<#else>—</#if> | ${pop.elaborado_por} |

<#if pop.situacao != "vigente">
**${pop.situacao_nome}:** esta versão ainda não foi aprovada (item 9). Até a aprovação, vale a versão vigente anterior, se houver.

</#if>
## 1. Objetivo

Padronizar a instalação, a transferência para um servidor novo e a atualização do servidor do e-SUS APS PEC de ${municipio.nome_uf}, para que sejam feitas sempre do mesmo jeito e sem perda de dados (a cópia do banco é conferida, tabela por tabela, antes de o servidor novo entrar em uso), e deixar o servidor pronto para as integrações do PEC: contra-chave, certificado RNDS e CADSUS, HTTPS no domínio gov.br, login GOV.BR e prescrição digital. Este POP foi preenchido com os dados do arquivo do município: siga os passos do item 5 na ordem e marque o checklist do fim.

## 2. Escopo e abrangência

1. **Onde:** o servidor do PEC da ${secretaria.nome} (${instalacao.sistema_operacional_nome}, PEC ${instalacao.versao_pec}, banco PostgreSQL do próprio PEC na porta ${instalacao.banco.porta}), acessado em ${instalacao.url}, e o servidor novo, numa transferência.
2. **Quando:** na instalação de um servidor novo; na transferência do PEC para outro servidor; em cada atualização de versão; na cópia diária do banco e no teste mensal de restauração; e ao ligar as integrações (contra-chave, certificado, HTTPS, login GOV.BR e os serviços do PEC).
3. **Quem:** a coordenação da implantação e o técnico de TI do município, com a secretaria de saúde e o órgão que administra o domínio gov.br nos passos que dependem deles (item 4).
4. **Fora do escopo:** a instalação do sistema operacional e da rede; os computadores das unidades de saúde, a não ser o arquivo hosts (item 5.9); o uso clínico do PEC; os aplicativos do e-SUS APS, a não ser a troca do link (item 5.9).

## 3. Definições

| Termo | Definição |
|---|---|
| PEC | Prontuário Eletrônico do Cidadão, o sistema do e-SUS APS instalado no servidor do município. |
| Cópia (backup) | Os cinco arquivos que o script de cópia grava (item 5.3): o banco em dois formatos, a contagem de linhas de cada tabela, os arquivos do PEC que ficam fora do banco e o resumo SHA-256. |
| Restauração | Pôr uma cópia num banco vazio (item 5.5), conferindo o número de linhas de cada tabela com a contagem feita na cópia. |
| Resumo SHA-256 | A "impressão digital" de um arquivo: se um só byte mudar na transferência, o resumo muda. |
| RPO | Ponto de recuperação (do inglês *Recovery Point Objective*): quanto de dados se aceita perder numa falha. Com a cópia diária do item 5.12, até 24 horas de registros, os feitos desde a última cópia. |
| RTO | Tempo de recuperação (do inglês *Recovery Time Objective*): quanto tempo o PEC pode ficar fora do ar até voltar a funcionar com a última cópia. É medido no teste mensal de restauração (item 5.12): a instalação mais a restauração. |
| Regra 3-2-1 | Três cópias dos dados (o banco em uso e mais duas), em dois tipos de mídia diferentes, uma delas fora do prédio do servidor (item 5.12). |
| Retenção | Quantas cópias antigas se guardam: 7 diárias e 4 semanais (item 5.12). |
| Contra-chave | Código gerado no e-Gestor AB a partir da chave que o PEC mostra, que ativa a instalação (item 5.7); com a opção "AGENDAMENTO", habilita a Agenda Online. |
| e-Gestor AB | Portal do Ministério da Saúde para os gestores da Atenção Primária, onde se gera a contra-chave e se pede o certificado RNDS e CADSUS; o acesso do município é pelo CNPJ e pela senha do Fundo Municipal de Saúde (FMS). |
| RNDS | Rede Nacional de Dados em Saúde: recebe do PEC as vacinas, os atendimentos, as prescrições e os atestados, pelo certificado do item 5.8. |
| CADSUS | Cadastro Nacional de Usuários do SUS: consulta e gravação do cadastro dos cidadãos e geração do CNS. Desde o PEC 5.1.14, exige o certificado com CADSUS, HTTPS em domínio gov.br e o login GOV.BR. |
| Certificado RNDS | Arquivo .pfx ou .p12, com senha e "ID do solicitante", obtido no e-Gestor AB e posto na pasta `chaves` do PEC (item 5.8). |
| Certificado A1 ICP-Brasil | Certificado digital em arquivo, protegido por senha, emitido por uma autoridade certificadora da ICP-Brasil (MP nº 2.200-2/2001); a prescrição digital exige um válido. |
| Registro A (DNS) | A linha do DNS que faz um nome (${instalacao.dominio}) apontar para um IPv4 (${instalacao.ipv4}), pedida pelo ofício do item 5.13; leva algumas horas para valer em toda a internet (propagação). |
| Subdomínio gov.br | Um nome sob o domínio oficial do governo, como ${instalacao.dominio}; exigido para as chaves de produção do login GOV.BR (Portaria SGD/MGI nº 7.076, de 2 de outubro de 2024). |
| HTTPS | Acesso cifrado ao PEC (https://), com um certificado TLS que o instalador gera e renova sozinho a partir do PEC 5.3 (item 5.9). |
| Login GOV.BR | A entrada no PEC com a conta GOV.BR, pelas chaves (client-id e client-secret) que o GOV.BR fornece (item 5.10). |
| LGPD | Lei Geral de Proteção de Dados Pessoais (Lei nº 13.709/2018). Os dados do PEC são dados pessoais sensíveis, de saúde: as cópias ficam em pasta que só o responsável lê e nunca vão por e-mail ou aplicativo de mensagens. |
| `credenciais.txt` | Arquivo criado pelo instalador do PEC, com a URL de conexão e as senhas dos usuários do banco (item 5.2). |

## 4. Responsabilidades

| Quem | O que faz neste POP |
|---|---|
| Coordenação da implantação do e-SUS APS | Conduz o POP: combina com a secretaria a instalação, a transferência ou a atualização; faz ou acompanha a cópia, a transferência e a restauração (itens 5.3 a 5.6); confere o resumo SHA-256 e a contagem de linhas antes de liberar o servidor novo; mantém o checklist (item 5.14) e este POP em dia. |
| Técnico de TI do município: ${contato.nome}<#if contato.cargo?has_content>, ${contato.cargo}</#if> | Dá acesso de administrador aos servidores e guarda o `credenciais.txt`; libera as portas 80 e 443 no firewall e no roteador e ajusta o arquivo hosts (item 5.9); põe o certificado na pasta `chaves` (item 5.8); mantém a cópia diária agendada e faz o teste mensal de restauração (item 5.12). |
| ${signatario.cargo}: ${signatario.nome} | Aprova este POP (item 9); assina o ofício do subdomínio (item 5.13); no e-Gestor AB, autoriza quem gera a contra-chave e quem pede o certificado (itens 5.7 e 5.8); entrega o acesso de administrador da instalação e troca a senha ao fim do trabalho (item 5.11). |
| ${orgao_dominio.nome_sigla} | Cria o subdomínio ${instalacao.dominio} com o registro A para ${instalacao.ipv4}, em resposta ao ofício (item 5.13). |

## 5. Procedimento

### 5.1 Dados da instalação

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
| Pasta do PEC | `${instalacao.pasta?no_esc}` |
| Serviço | ${instalacao.servico} |
| Responsável técnico | ${contato.nome}<#if contato.email?has_content>, ${contato.email}</#if><#if contato.telefone?has_content>, ${contato.telefone}</#if> |

### 5.2 Antes de começar

1. Localize o arquivo `credenciais.txt`, criado pelo instalador do PEC em `${instalacao.arquivo_credenciais?no_esc}`. Ele traz a URL de conexão (`${instalacao.banco.url_jdbc?no_esc}`), o usuário de acesso total `${instalacao.banco.usuario?no_esc}` com a senha e o usuário somente leitura `esus_leitura` com a senha. Confira nele a porta (padrão 5433), o nome do banco (padrão `esus`) e o usuário (padrão `postgres`): este POP usa porta ${instalacao.banco.porta}, banco ${instalacao.banco.nome} e usuário ${instalacao.banco.usuario}. A senha é pedida pelos scripts de cópia e de restauração.
2. Peça à secretaria, com antecedência, o usuário e a senha do perfil de administrador da instalação do PEC, entregues pessoalmente ou por telefone: é com eles que se ligam o CADSUS, a Agenda Online, a Teleinterconsulta, a prescrição digital e o Hórus (passo 5.11). Não confunda com o `credenciais.txt`, que só dá acesso ao banco de dados.
3. Tenha à mão o instalador da mesma versão do PEC (${instalacao.versao_pec}) para o servidor novo: `${comandos.instalador?no_esc}`.
4. Os scripts `${backup.script_backup?no_esc}` e `${backup.script_restaurar?no_esc}` foram gerados com este POP, na pasta do município (`output/${municipio.pasta?no_esc}/`), já preenchidos com a pasta do PEC (`${instalacao.pasta?no_esc}`), a porta, o banco e o usuário acima. São eles que fazem a cópia e a restauração; os passos abaixo dizem o que cada um faz.
<#if win>
5. Copie os dois scripts para a pasta `${backup.pasta_trabalho?no_esc}` do servidor atual e do servidor novo (pela área de trabalho remota ou por um pendrive). Crie a pasta, no ${terminal}:

   ```${lang}
   ${comandos.preparar?no_esc}
   ```
<#else>
5. Copie os dois scripts para a pasta pessoal do seu usuário no servidor atual e no servidor novo. Do computador onde está a pasta `output/${municipio.pasta?no_esc}/`, por exemplo (troque usuário e IP):

   ```${lang}
   ${comandos.copiar_scripts?no_esc}
   ```
</#if>

### 5.3 Cópia do banco de dados no servidor atual

O PEC traz o seu próprio PostgreSQL, em `${instalacao.pasta_database?no_esc}`, numa pasta com o nome da versão (por exemplo `<#if win>postgresql-9.6.13-4-windows-x64<#else>postgresql-9.6.13-1-linux-x64</#if>`). Os programas dele (`pg_dump`, `pg_restore`, `psql`) em geral não estão no PATH, e um PostgreSQL de outra versão instalado no sistema pode recusar a cópia ou gerar um arquivo que o PEC não lê. Os scripts usam sempre os do PEC; para ver qual pasta eles vão usar:

```${lang}
${comandos.localizar_pg?no_esc}
```

Se não aparecer nenhuma pasta, confira onde o PEC foi instalado e corrija `instalacao.pasta` no arquivo do município<#if win>, ou diga aos scripts onde está a pasta `bin` do PostgreSQL com `$env:PG_BIN = 'C:\caminho\da\pasta\bin'` antes de rodá-los<#else>, ou rode os scripts com `PG_BIN=/caminho/da/pasta/bin` na frente</#if>.

1. Pare o serviço do PEC, para que nada seja gravado depois da cópia:

   ```${lang}
   ${comandos.parar_servico?no_esc}
   ```

2. Rode o script de cópia<#if win> no ${terminal}</#if>:

   ```${lang}
   ${comandos.backup?no_esc}
   ```

   Ele pede a senha do usuário ${instalacao.banco.usuario} uma vez e grava em `${backup.pasta_trabalho?no_esc}`, pasta que só o seu usuário lê (são dados de saúde, protegidos pela LGPD), cinco arquivos com o nome `${backup.prefixo?no_esc}-AAAA-MM-DD` (a data do dia da cópia):

   | Arquivo | O que é |
   |---|---|
   | `.backup` | a cópia do banco no formato personalizado do PostgreSQL (`pg_dump -F c`, com os objetos grandes), usada na restauração |
   | `.sql.gz` | a mesma cópia em SQL puro, compactada, tirada do `.backup` (o mesmo instante do banco): restauração alternativa, com o `psql` |
   | `.contagem.txt` | as linhas de cada tabela que estão na cópia, conferidas pelo script de restauração |
   | `.arquivos-pec.tar.gz` | os arquivos do PEC que ficam fora do banco: o certificado RNDS (`${instalacao.pasta_chaves?no_esc}`), o `application.properties` (chaves do login GOV.BR), o `credenciais.txt`<#if instalacao.versao_pec_https_automatizado> e o `ssl.properties` do HTTPS automatizado (`${instalacao.pasta_certmgr_config?no_esc}`)</#if> |
   | `.sha256` | o resumo SHA-256 dos quatro arquivos acima, para conferir a cópia depois da transferência |

   Cada arquivo é escrito com outro nome e só ganha o nome final quando está completo: se algo falhar, o script para com a mensagem do erro e não deixa arquivo pela metade. Depois, o script confere a cópia pronta (o resumo SHA-256, o `.sql.gz` inteiro e a leitura do `.backup` pelo `pg_restore`) e só então grava ao lado um sexto arquivo, `.verificado`, que não precisa ser levado ao servidor novo. Rodar o script de novo no mesmo dia refaz a cópia do dia por inteiro. No fim, ele mostra quantas tabelas, linhas e objetos grandes a cópia tem; anote esses números e o tamanho dos arquivos no checklist.

3. Se o servidor atual continuar em uso até a troca, inicie o serviço de novo:

   ```${lang}
   ${comandos.iniciar_servico?no_esc}
   ```

### 5.4 Transferência para o servidor novo

Leve os cinco arquivos da cópia (`.backup`, `.sql.gz`, `.contagem.txt`, `.arquivos-pec.tar.gz` e `.sha256`) para a pasta `${backup.pasta_trabalho?no_esc}` do servidor novo, sem passar por e-mail nem por serviço de mensagens: eles têm os dados dos pacientes e o certificado do município.

<#if win>
1. No servidor novo, compartilhe a pasta com o seu usuário, só durante a transferência:

   ```${lang}
   ${comandos.compartilhar?no_esc}
   ```

2. No servidor atual, copie os arquivos (troque o IP e a data da cópia, AAAA-MM-DD); um disco externo também serve:

   ```${lang}
   ${comandos.transferir?no_esc}
   ```

3. No servidor novo, confira os arquivos com o resumo SHA-256 (o script compara os resumos sozinho e diz se a cópia confere) e desfaça o compartilhamento:

   ```${lang}
   ${comandos.conferir_copia?no_esc}
   ${comandos.remover_compartilhamento?no_esc}
   ```
<#else>
1. No servidor novo, crie a pasta, que só o seu usuário lê:

   ```${lang}
   ${comandos.preparar?no_esc}
   ```

2. No servidor atual, copie os arquivos da cópia de hoje (troque usuário e IP; se a cópia for de outro dia, troque `$(date +%F)` pela data dela, AAAA-MM-DD); um disco externo também serve:

   ```${lang}
   ${comandos.transferir?no_esc}
   ```

3. No servidor novo, confira os arquivos com o resumo SHA-256 (cada um deve dizer `OK`):

   ```${lang}
   ${comandos.conferir_copia?no_esc}
   ```
</#if>

Se algum arquivo não conferir, copie-o de novo: não restaure uma cópia que não confere.

<#include "pop-transferencia-nuvem.md.ftl">

### 5.5 Instalação no servidor novo e restauração

1. Instale o PEC ${instalacao.versao_pec} no servidor novo. <#if https_ja>Pelo console, já com o HTTPS automatizado (a senha do banco está em `credenciais.txt`):<#elseif instalacao.versao_pec_https_automatizado>Pelo console, ainda sem o HTTPS automatizado: ele exige que o subdomínio ${instalacao.dominio} já aponte para este servidor, e o checklist diz que isso ainda está pendente. Quando o registro A estiver criado e as portas 80 e 443 liberadas, rode o instalador de novo com `-cert-domain` (item 5.9).<#else>Use o instalador da versão ${instalacao.versao_pec}; pelo console:</#if>

   ```${lang}
<#if https_ja>
   ${comandos.instalar_console_https?no_esc}
<#else>
   ${comandos.instalar_console?no_esc}
</#if>
   ```

2. Pare o serviço do PEC no servidor novo:

   ```${lang}
   ${comandos.parar_servico?no_esc}
   ```

3. Restaure a cópia mais recente da pasta `${backup.pasta_trabalho?no_esc}`:

   ```${lang}
   ${comandos.restaurar?no_esc}
   ```

   O script confere de novo o resumo SHA-256; recusa-se a seguir com o serviço do PEC no ar; apaga o banco ${instalacao.banco.nome} que o instalador criou (só com a estrutura e os dados de referência) e o cria de novo, vazio, com a mesma codificação e o mesmo dono; restaura a cópia numa transação só, que para no primeiro erro, de modo que nunca fica um banco pela metade; e confere as linhas de cada tabela com a contagem feita na cópia, terminando com `Conferido: N tabelas e N linhas, iguais às da cópia.` Por segurança, se o banco deste servidor tiver em alguma tabela mais linhas do que a cópia (um servidor em uso, ou uma cópia antiga), ele não apaga nada e explica o porquê. Depois ele mostra a versão do banco (`VERSAOBANCODADOS`) e o Link da instalação (`LINKINSTALACAO`) gravados no banco, e avisa se o link não é ${instalacao.url}.

   Por fim, põe no PEC novo o que veio do servidor antigo: o certificado RNDS em `${instalacao.pasta_chaves?no_esc}` e, se o `application.properties` novo ainda não as tem, as duas linhas do login GOV.BR. O `credenciais.txt` antigo fica só para consulta (o servidor novo tem o seu, com a senha do banco novo)<#if instalacao.versao_pec_https_automatizado>, e o HTTPS do servidor novo é feito pelo instalador, com `-cert-domain` (item 5.9)</#if>.

   Para restaurar a cópia em SQL puro (`.sql.gz`) em vez da `.backup`:

   ```${lang}
   ${comandos.restaurar_sql?no_esc}
   ```

4. Inicie o serviço e entre no PEC pelo navegador do servidor em `http://localhost:8080/esus/`:

   ```${lang}
   ${comandos.iniciar_servico?no_esc}
   ```

5. Confira se os cadastros, atendimentos e usuários aparecem como no servidor antigo.

### 5.6 Atualização da versão

<#if atualizacao_pec.instalada_mais_recente>
A versão instalada (${instalacao.versao_pec}) é a mais recente da tabela de versões do programa (publicada em ${atualizacao_pec.mais_recente_publicada}).<#if atualizacao_pec.prazo_vencido> Os dados dela já são rejeitados no SIAPS desde ${atualizacao_pec.dados_rejeitados_desde}: acrescente à tabela as versões publicadas depois e atualize o quanto antes.<#else> Os dados enviados por ela são aceitos no SIAPS até ${atualizacao_pec.prazo}; antes disso, instale uma versão mais nova.</#if>
<#else>
Versão a instalar: ${atualizacao_pec.mais_recente}, a mais recente da tabela de versões do programa (publicada em ${atualizacao_pec.mais_recente_publicada}).<#if atualizacao_pec.mais_recente_nota?has_content> Nota da tabela sobre ela: ${atualizacao_pec.mais_recente_nota}<#if !atualizacao_pec.mais_recente_nota?ends_with(".")>.</#if></#if> Confira nas notas da versão, no portal do e-SUS APS, se já saiu outra mais nova.

<#if !atualizacao_pec.na_tabela>
A versão instalada (${instalacao.versao_pec}) não está na tabela de versões do programa (`versoes-pec.yaml`): confira a data de publicação dela nas notas da versão. O SIAPS rejeita os dados enviados por versão publicada há mais de ${atualizacao_pec.meses_dados} meses.<#if atualizacao_pec.seguinte_rejeitada?has_content> Ela é anterior à ${atualizacao_pec.seguinte_rejeitada}, cujos dados são rejeitados desde ${atualizacao_pec.seguinte_rejeitada_desde}: os dela também são, então atualize o quanto antes.</#if>
<#elseif atualizacao_pec.prazo_vencido>
A versão instalada (${instalacao.versao_pec}, publicada em ${atualizacao_pec.publicada}) já tem os dados rejeitados no SIAPS desde ${atualizacao_pec.dados_rejeitados_desde}: atualize o quanto antes, ou os atendimentos e visitas das equipes não são contados.
<#else>
Prazo: atualize até ${atualizacao_pec.prazo}. A versão instalada (${instalacao.versao_pec}, publicada em ${atualizacao_pec.publicada}) tem os dados rejeitados no SIAPS a partir de ${atualizacao_pec.dados_rejeitados_desde}<#if atualizacao_pec.sem_suporte> e está sem suporte técnico desde ${atualizacao_pec.sem_suporte_desde}<#else> e fica sem suporte técnico a partir de ${atualizacao_pec.sem_suporte_desde}</#if>.
</#if>
</#if>

Regras: ${atualizacao_pec.atos}. Os dados enviados por versão publicada há mais de ${atualizacao_pec.meses_dados} meses são rejeitados no SIAPS, e o suporte técnico cobre cada versão por ${atualizacao_pec.meses_suporte} meses após a publicação.

1. Faça antes a cópia do banco do item 5.3 (serviço parado, script de cópia).
2. Execute o instalador da nova versão no mesmo servidor. A linha de console é a mesma do item 5.5, com o arquivo da nova versão<#if https_ja> e o parâmetro `-cert-domain=${instalacao.dominio?no_esc}`<#elseif instalacao.versao_pec_https_automatizado> (acrescente `-cert-domain=${instalacao.dominio?no_esc}` quando o subdomínio já apontar para o servidor; veja o item 5.9)</#if>.
3. Depois da atualização, confira o "Link da instalação" em Configurações da instalação > Servidores.

### 5.7 Contra-chave

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

### 5.8 Certificado RNDS e CADSUS

1. O gestor municipal dá a um usuário o perfil "Implantação e-SUS APS – Gestor do Programa Municipal".
2. Com o CNPJ do FMS, selecione o perfil "TOKEN PARA IMPLANTAÇÃO e-SUS APS", informe CPF, nome e estabelecimento e clique em "Gerar Token". O token vale até as 23h59 do mesmo dia, e o mesmo CPF deve fazer a solicitação da credencial.
3. Copie a contra-chave do PEC em Gestão Municipal > Certificados (nas versões antigas, "Configuração RNDS").
4. No e-Gestor, em Implantação e-SUS APS, solicite a credencial com o token e a contra-chave: importe o certificado (.CER ou .PFX) ou clique em "gerar certificado" e defina uma senha; preencha contatos, estabelecimentos filhos (CNES), gestor responsável e sistema solicitante; aceite os termos; baixe o certificado e o "ID do solicitante". Não carregue o arquivo .cer no PEC.
5. O administrador da instalação coloca o arquivo .pfx ou .p12 na pasta `chaves`, criada se não existir:

   ```${lang}
   ${comandos.criar_pasta_chaves?no_esc}
   ```

   Pasta: `${instalacao.pasta_chaves?no_esc}`.

6. O administrador municipal abre a mesma tela, Gestão Municipal > Certificados, e seleciona o arquivo, a senha e o ID do solicitante.

A opção "RNDS" envia vacinas, atendimentos, prescrições e atestados à RNDS. A opção "CADSUS" permite consultar e gravar no cadastro nacional e gerar o CNS. Desde a versão 5.1.14, o CADSUS só funciona com as três condições: certificado com CADSUS (PIX/PDQ) habilitado, HTTPS em domínio gov.br e login GOV.BR.

### 5.9 HTTPS

<#if instalacao.versao_pec_https_automatizado>
A partir da versão 5.3, o instalador gera e renova sozinho o certificado TLS; pede apenas o domínio e a porta (padrão 443). Não é necessário se um proxy, Apache ou nginx já fornece o HTTPS.
<#else>
A versão instalada (${instalacao.versao_pec}) é anterior à 5.3, a primeira com HTTPS automatizado. Atualize o PEC (item 5.6) ou configure o HTTPS manualmente (Manual do PEC, item 3.1.3.3).
</#if>

Requisitos obrigatórios:

1. A instalação tem IP público: ${instalacao.ipv4}.
2. O domínio ${instalacao.dominio} aponta para esse IP, sem porta (registro DNS do tipo A; veja o ofício do item 5.13).
3. O provedor de internet deixa entrar conexões nas portas 80 e 443 (do mesmo jeito que já deixa na 8080, se o PEC é usado por ela), e o roteador da borda encaminha essas portas para o IP do servidor na rede local.
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

<#if instalacao.versao_pec_https_automatizado>
Para remover o HTTPS ou trocar o domínio, apague o arquivo `ssl.properties` de `${instalacao.pasta_certmgr_config?no_esc}` e execute a atualização de novo.
</#if>

### 5.10 Login GOV.BR

Pré-requisitos:

1. Certificado digital do e-Gestor com a opção CADSUS habilitada.
2. Acesso por HTTPS com domínio (item 5.9).
3. Domínio oficial de governo, terminado em .gov.br (Portaria SGD/MGI nº 7.076/2024, art. 3º), para obter as chaves de produção.
4. Adesão do município à Rede Nacional de Governo Digital (https://plataforma.rede.gov.br/adesoes), assinada pelo Prefeito com conta GOV.BR prata ou ouro, com a indicação de um Ponto Focal municipal.

Valores do formulário do GOV.BR (homologação e depois produção):

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

O formulário pede também a chave pública PGP do responsável técnico (arquivo .asc). A resposta vem em até 10 dias úteis. A etapa de produção pede um vídeo que mostre a entrada e a saída com o GOV.BR.

Com as credenciais recebidas:

1. Acrescente ao final de `${instalacao.arquivo_properties?no_esc}` as duas linhas do arquivo `application.properties` gerado para o município: `bridge.security.oauth2.client.registration.govbr.client-id` (${govbr.client_id}) e `bridge.security.oauth2.client.registration.govbr.client-secret` (o valor da variável de ambiente ${govbr.client_secret_env}, que não é impresso neste documento).
2. Reinicie o serviço:

   ```${lang}
   ${instalacao.comando_reiniciar?no_esc}
   ```

Se o município trocar de domínio, é preciso pedir novas credenciais. Contatos: integracaoid@economia.gov.br (pedido parado há mais de 8 dias úteis), integracao-acesso-govbr@economia.gov.br (dúvidas técnicas) e ${prescricao.url_suporte}.

### 5.11 Credenciais do instalador e serviços do PEC

<#include "pop-servicos.md.ftl">

### 5.12 Backup agendado e teste de restauração

<#include "pop-backup-agendado.md.ftl">

### 5.13 Ofícios e chamados

| Documento | Para | Situação |
|---|---|---|
| ${oficio.titulo} | ${orgao_dominio.nome_sigla} | ofício de ${oficio.data}, pedindo o registro A de ${instalacao.dominio} para ${instalacao.ipv4} |
| Ticket de ativação da prescrição digital | Suporte e-SUS APS (${prescricao.url_suporte}) | <#if prescricao.pode_abrir_chamado>pronto para abrir<#else>aguardar os pré-requisitos</#if> |

A prescrição digital exige SMTP configurado, HTTPS, certificado ICP-Brasil válido e PEC ${prescricao.versao_minima} ou posterior. A resposta ao chamado traz login e senha, informados em Configurações da instalação > Conexão > Assinatura digital > Habilitar.

### 5.14 Checklist final

| Marca | Item | Status | Data | Observação |
|:-:|---|---|---|---|
<#list checklist.itens as item>
| ${item.marca} | ${item.titulo} | ${item.rotulo} | ${item.data} | ${item.observacao} |
</#list>

## 6. Solução de problemas

| Sintoma | Causa provável | O que fazer |
|---|---|---|
| O PostgreSQL ou o instalador diz que a porta ${instalacao.banco.porta} já está em uso ("Address already in use", "could not bind") | Outro PostgreSQL, de um PEC antigo ou do próprio sistema, já usa a porta | Veja que programa usa a porta: <#if win>`Get-NetTCPConnection -LocalPort ${instalacao.banco.porta} -State Listen`<#else>`sudo ss -ltnp 'sport = :${instalacao.banco.porta}'`</#if>. Pare esse serviço ou, se o PEC usa outra porta, corrija `instalacao.banco.porta` no arquivo do município conforme o `credenciais.txt` e gere o POP e os scripts de novo. |
| `pg_dump: error: aborting because of server version mismatch` | O `pg_dump` usado é de outra versão do PostgreSQL que não a do banco do PEC (um PostgreSQL do sistema, no PATH) | Faça a cópia pelo script do item 5.3, que usa o `pg_dump` do próprio PEC. Se ele não achar a pasta, indique-a: <#if win>`$env:PG_BIN = 'C:\caminho\da\pasta\bin'`<#else>`PG_BIN=/caminho/da/pasta/bin bash ~/backup-esus.sh`</#if>. |
| O serviço do PEC não sobe, ou `http://localhost:8080/esus/` não abre | O PostgreSQL do PEC parado; a porta 8080 ocupada por outro programa; uma linha errada no `application.properties`; o banco de outra versão (linha abaixo) | Leia as últimas mensagens do serviço: <#if win>o estado do serviço em `Get-Service -Name "${instalacao.servico?no_esc}"` e os erros no Visualizador de Eventos (Logs do Windows > Aplicativo)<#else>`sudo journalctl -u ${instalacao.servico?no_esc} -n 100`</#if>. Desfaça a última mudança no `application.properties` e inicie o serviço de novo. |
| "O PEC e o seu banco de dados não estão na mesma versão" | A cópia restaurada é de outra versão do PEC que não a instalada | Instale no servidor novo a mesma versão do servidor antigo, restaure, inicie o PEC e só depois atualize (item 5.6). O script de restauração mostra a versão do banco (`VERSAOBANCODADOS`). |
| "The authentication type 10 is not supported", no instalador | Um PostgreSQL externo (não o do PEC) usa a autenticação SCRAM-SHA-256, que o instalador não aceita | No PostgreSQL externo, passe a md5: `password_encryption = md5` no `postgresql.conf` e `md5` no `pg_hba.conf`; recarregue a configuração, defina de novo a senha do usuário ${instalacao.banco.usuario} e rode o instalador outra vez. |
| O script de restauração termina sem escrever "Conferido: ..." | A restauração parou num erro (nada fica pela metade), uma tabela tem outro número de linhas que o da cópia, ou o banco deste servidor tem mais dados que a cópia | Não inicie o PEC com esse banco. Leia a mensagem do script, confira a cópia pelo resumo SHA-256 (item 5.4) e, se preciso, refaça a cópia no servidor atual (item 5.3) e a transferência. |
| A conferência do resumo SHA-256 acusa um arquivo<#if !win> (`FAILED`, "computed checksum did NOT match")</#if> | O arquivo mudou ou ficou incompleto na transferência | Copie de novo o arquivo que não conferiu. Nunca restaure uma cópia que não confere. |
| O certificado é recusado em Gestão Municipal > Certificados, ou a senha é dada como inválida | Outra senha que não a definida no e-Gestor AB; o arquivo .cer em vez do .pfx ou .p12; o ID do solicitante de outro certificado; o certificado vencido ("Certificado expirado", "Falha no certificado") | Use o .pfx ou .p12 da pasta `chaves`, a senha definida ao gerar o certificado e o ID do solicitante baixado com ele. Se venceu ou a senha se perdeu, peça uma credencial nova no e-Gestor AB (item 5.8). |
| O domínio ${instalacao.dominio} abre de fora, mas não dentro da rede do município | O roteador não devolve para a rede local o acesso ao próprio IP público | Acrescente o domínio ao arquivo hosts (item 5.9): `${comandos.hosts_servidor?no_esc}` no servidor e `${comandos.hosts_cliente?no_esc}` em cada computador da rede. |
| `nslookup ${instalacao.dominio?no_esc}` não mostra ${instalacao.ipv4} | O registro A ainda não foi criado, ou ainda não se propagou | Confirme com o órgão do domínio (<#if orgao_dominio.sigla?has_content>${orgao_dominio.sigla}<#else>${orgao_dominio.nome}</#if>) que o registro A para ${instalacao.ipv4} foi criado; a propagação pode levar até 48 horas. Até lá, não instale com `-cert-domain`. |
| O instalador não emite o certificado do HTTPS (erro na etapa do certificado) | O domínio ainda não aponta para o servidor; as portas 80 e 443 fechadas no provedor, no roteador ou no firewall; a administração remota do roteador na porta 80; outro programa nas portas 80 ou 443 do servidor | Confira os requisitos do item 5.9, um a um, e rode o instalador de novo com `-cert-domain`. |
| Os aplicativos (Território, AD, Vacinação…) não sincronizam depois do HTTPS | Ainda usam o link antigo, ou o Android é anterior ao 7.1.2 | Reconfigure cada aplicativo com ${instalacao.url} (item 5.9); atualize o Android do aparelho. |

## 7. Referências

1. Ministério da Saúde. Manual do e-SUS APS: <https://saps-ms.github.io/Manual-eSUS_APS/>
2. Manual do PEC, capítulo Instalação (PEC_02), item 2.4, Contra-chave: <https://saps-ms.github.io/Manual-eSUS_APS/docs/PEC/PEC_02_instalacao/>
3. Manual do PEC, capítulo Administração e configurações (PEC_03), itens 3.1.1 (integrações: CADSUS, Agenda Online, Hórus, Teleinterconsulta e prescrição digital), 3.1.3.2 (servidor SMTP) e 3.1.3.3 (HTTPS): <https://saps-ms.github.io/Manual-eSUS_APS/docs/PEC/PEC_03_adm_conf/>
4. Apoio à Implantação, HTTPS automatizado: <https://saps-ms.github.io/Manual-eSUS_APS/docs/Apoio%20a%20Implanta%C3%A7%C3%A3o/HTTPS_Automatizado/>
5. Apoio à Implantação, Login GOV.BR: <https://saps-ms.github.io/Manual-eSUS_APS/docs/Apoio%20a%20Implanta%C3%A7%C3%A3o/Login_GOV.BR/>
6. Apoio à Implantação, Certificado e-Gestor (RNDS e CADSUS): <https://saps-ms.github.io/Manual-eSUS_APS/docs/Apoio%20a%20Implanta%C3%A7%C3%A3o/Certificado_eGestor/>
7. Portaria SGD/MGI nº 7.076, de 2 de outubro de 2024, art. 3º (domínio gov.br para o login GOV.BR): <https://www.in.gov.br/web/dou/-/portaria-sgd/mgi-n-7.076-de-2-de-outubro-de-2024-588863325>
8. Lei nº 13.709, de 14 de agosto de 2018, Lei Geral de Proteção de Dados Pessoais (LGPD): <https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2018/lei/l13709.htm>
9. Medida Provisória nº 2.200-2, de 24 de agosto de 2001 (ICP-Brasil): <https://www.planalto.gov.br/ccivil_03/mpv/antigas_2001/2200-2.htm>

## 8. Histórico de revisões

| Versão | Data | Descrição |
|---|---|---|
<#list pop.historico as r>
| ${r.versao} | ${r.data} | ${r.descricao} |
</#list>

Revise este POP quando um passo mudar (uma versão nova do PEC, outro servidor, outro responsável) ou, no máximo, uma vez por ano. Cada revisão ganha uma linha no histórico (`pop.historico` no arquivo do município), com a versão, a data e o que mudou, e passa de novo pelas aprovações do item 9.

## 9. Aprovações e distribuição {.inteira}

| Função | Nome e cargo | Assinatura {.a-assinar} | Data {.a-preencher} |
|---|---|---|---|
| Elaborado&nbsp;por | ${pop.elaborado_por} | | |
| Revisado&nbsp;por | ${pop.revisado_por} | | |
| Aprovado&nbsp;por | ${pop.aprovado_por} | | |

Distribuição (cópias controladas; uma cópia impressa fora desta lista não é controlada):

<#list pop.distribuicao as d>
${d?counter}. ${d}
</#list>
