<#--
  Parte do pop.md.ftl (passo 5.11): o acesso de administrador da instalação que o município entrega e os serviços
  do PEC que ele liga. Fonte: Manual e-SUS APS, PEC_03 §3.1.1 (integrações), §3.1.1.1 (CADSUS), §3.1.1.3
  (prescrição digital); PEC_02 §2.4.4 (contra-chave com Agendamento).
-->
<#-- O título e a situação de um item do checklist (vazios se o catálogo não tem o item). -->
<#function titulo id><#return checklist.titulos[id]!""></#function>
<#function situacao id><#return checklist.rotulos[id]!""></#function>
Os serviços abaixo são ligados no PEC pelo perfil de **administrador da instalação**, e não com o `credenciais.txt` (que traz só os usuários do banco de dados). Por isso, logo no começo do trabalho, peça à secretaria o usuário e a senha desse perfil:

1. A senha é entregue pessoalmente ou por telefone, nunca por e-mail ou aplicativo de mensagens em texto aberto, e não fica anotada em papel nem neste POP.
2. Com ela, ligue os serviços na ordem da tabela, conferindo os pré-requisitos de cada um.
3. Terminado o trabalho, a secretaria troca a senha do administrador da instalação e confirma a troca; só então marque o item "${titulo("acesso_instalador")}" do checklist como concluído.

| Serviço | Onde, no PEC | Precisa de | Item do checklist | Situação |
|---|---|---|---|---|
| CADSUS | Configurações da instalação > Conexão | certificado com CADSUS (item 5.8), HTTPS em domínio gov.br (item 5.9) e login GOV.BR (item 5.10) | ${titulo("cadsus")} | ${situacao("cadsus")} |
| Agenda Online (Meu SUS Digital) | assistente da contra-chave, com a opção Agendamento (item 5.7) | internet e a contra-chave do e-Gestor AB com a opção "AGENDAMENTO" | ${titulo("agenda_online")} | ${situacao("agenda_online")} |
| Teleinterconsulta | Configurações da instalação, opção Videochamadas | HTTPS (item 5.9) | ${titulo("teleinterconsulta")} | ${situacao("teleinterconsulta")} |
| Prescrição digital | Configurações da instalação > Conexão > Assinatura digital | SMTP configurado, HTTPS, certificado ICP-Brasil válido, PEC ${prescricao.versao_minima} ou mais recente e o login e a senha do chamado (item 5.13) | ${titulo("prescricao_digital")} | ${situacao("prescricao_digital")} |
| Hórus | Configurações da instalação > Conexão | internet | ${titulo("horus")} | ${situacao("horus")} |

**CADSUS.** Desde a versão 5.1.14, a consulta e a gravação no cadastro nacional só funcionam com as três condições juntas: o certificado do e-Gestor com a opção CADSUS (PIX/PDQ) habilitada, o acesso por HTTPS num domínio gov.br e o login GOV.BR. Com as três prontas, habilite o CADSUS e faça uma busca de um cidadão pelo CPF para conferir. O administrador pode desligá-lo por um tempo (de 30 minutos a 1 mês), por exemplo durante uma falha do serviço nacional.

**Agenda Online.** Gere no e-Gestor AB uma contra-chave com a opção "AGENDAMENTO", pelo mesmo caminho do item 5.7, e informe-a no PEC. A agenda sincroniza com o servidor do DATASUS, e os cidadãos recebem os avisos pelo Meu SUS Digital. Dúvidas: Disque Saúde 136, opção 8.

**Teleinterconsulta.** Com o HTTPS funcionando, o administrador da instalação habilita as videochamadas nas configurações da instalação. Confira abrindo uma videochamada de teste entre dois profissionais.

**Prescrição digital.** Confira os pré-requisitos (o ticket de ativação diz quais faltam), abra o chamado do item 5.13 com o link da instalação (${instalacao.url}) e, com o login e a senha que a resposta trouxer, habilite a assinatura digital. Faça uma prescrição de teste com o certificado ICP-Brasil de um profissional.

**Hórus.** Habilite a integração com o Hórus (assistência farmacêutica); ela precisa de internet no servidor. Pode ser desligada por um tempo (de 30 minutos a 8 horas) ou até ser ligada de novo.

Depois de ligar cada serviço, atualize o item dele no arquivo do município (`checklist:`), com a data, e gere os documentos de novo.
