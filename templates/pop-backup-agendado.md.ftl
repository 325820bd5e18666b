<#-- Parte do pop.md.ftl (incluída por ele): o corpo do passo 5.12, backup agendado e teste de restauração.
     Fecha os itens backup_agendado e teste_restauracao do checklist (templates/checklist.yaml). -->
<#-- A pasta de trabalho dos scripts, a mesma do modelo (backup.pasta_trabalho). -->
<#assign pasta = backup.pasta_trabalho>
<#assign copia_agendada = backup.prefixo + "-AAAA-MM-DD">
<#assign registro_backup = backup.pasta_trabalho + win?then("\\", "/") + "backup-esus.log">
Uma cópia só protege se for recente, se estiver longe do que pode destruir o servidor (disco queimado, vírus que cifra os arquivos, furto, incêndio) e se já tiver sido restaurada alguma vez. Siga a regra 3-2-1: **3** cópias dos dados (o banco em uso e mais duas), em **2** meios diferentes (o disco do servidor e um disco externo, um NAS ou outro computador) e **1** delas fora do servidor, de preferência fora do prédio. Aqui, o script de cópia roda sozinho toda noite e guarda as últimas cópias no próprio servidor, já conferidas; uma vez por semana, alguém leva a cópia mais recente para outro computador ou disco (item 5); e uma vez por mês o script de restauração ensaia a restauração da cópia mais recente (item 6).

<#if win>
1. No ${terminal}, com a conta que vai rodar as tarefas agendadas (a sua), grave a senha do banco (a do `credenciais.txt`) no `%APPDATA%\postgresql\pgpass.conf` dessa conta: a cópia agendada não pergunta nada. O comando pede a senha sem mostrá-la; a terceira linha protege `:` e `\`, que o arquivo usa como separadores; o arquivo é substituído:

   ```${lang}
   $s = Read-Host 'Senha do usuário ${instalacao.banco.usuario?no_esc} do banco' -AsSecureString
   $p = [Net.NetworkCredential]::new('', $s).Password
   $p = $p.Replace('\', '\\').Replace(':', '\:')
   New-Item -ItemType Directory -Force "$env:APPDATA\postgresql" | Out-Null
   Set-Content -Encoding Ascii "$env:APPDATA\postgresql\pgpass.conf" "localhost:${instalacao.banco.porta?c}:*:${instalacao.banco.usuario?no_esc}:$p"
   Remove-Variable s, p
   ```

2. Crie as duas tarefas no Agendador de Tarefas: a cópia todo dia às 02h30 e o ensaio de restauração no dia 1º de cada mês às 04h00. O `/RP *` pede a senha da sua conta do Windows, para que as tarefas rodem mesmo sem ninguém conectado:

   ```${lang}
   $ps = 'powershell -NoProfile -ExecutionPolicy Bypass -File'
   schtasks /Create /TN "e-SUS PEC - backup diário" /SC DAILY /ST 02:30 /RU "$env:USERDOMAIN\$env:USERNAME" /RP * /RL HIGHEST /TR "$ps ${pasta?no_esc}\backup-esus.ps1 -Agendado"
   schtasks /Create /TN "e-SUS PEC - ensaio de restauração" /SC MONTHLY /D 1 /ST 04:00 /RU "$env:USERDOMAIN\$env:USERNAME" /RP * /RL HIGHEST /TR "$ps ${pasta?no_esc}\restaurar-esus.ps1 -Ensaio"
   ```

   Com `-Agendado`, o script de cópia não pergunta nada (sem a senha no `pgpass.conf`, para e diz por quê); antes de começar, confere se a pasta `${backup.pasta_trabalho?no_esc}` tem livre o dobro da última cópia (`.backup` e `.sql.gz`), ou o dobro do tamanho do banco na primeira vez, e para se não tiver; faz a cópia do dia como no passo 5.3; lê a cópia de volta (o resumo SHA-256, o `.sql.gz` inteiro e o índice do `.backup`) e só então cria o arquivo `<nome>.verificado`; apaga as cópias antigas (item 7); e escreve uma linha em `${registro_backup?no_esc}`.

3. Rode a cópia agendada agora uma vez, do mesmo jeito, sem esperar a noite, e veja a linha que ficou no registro; depois, rode a própria tarefa e confira que ela deixou outra linha:

   ```${lang}
   powershell -ExecutionPolicy Bypass -File ${pasta?no_esc}\backup-esus.ps1 -Agendado
   Get-Content ${registro_backup?no_esc} -Tail 1
   schtasks /Run /TN "e-SUS PEC - backup diário"
   ```
<#else>
1. Grave a senha do banco (a do `credenciais.txt`) no arquivo `~/.pgpass`, que só o seu usuário lê: a cópia agendada não pergunta nada. O comando pede a senha sem mostrá-la e sem deixá-la no histórico (cole-a e tecle Enter); a segunda linha protege `:` e `\`, que o arquivo usa como separadores; o arquivo é substituído:

   ```${lang}
   read -r -s -p 'Senha do usuário ${instalacao.banco.usuario?no_esc} do banco: ' SENHA; echo
   SENHA=<#noparse>${SENHA//\\/\\\\}; SENHA=${SENHA//:/\\:}</#noparse>
   L="localhost:${instalacao.banco.porta?c}:*:${instalacao.banco.usuario?no_esc}:$SENHA"
   (umask 077; printf '%s\n' "$L" > ~/.pgpass); unset SENHA L
   ```

2. Agende, com o seu usuário (o mesmo que roda os scripts), a cópia todo dia às 02h30 e o ensaio de restauração no dia 1º de cada mês às 04h00. O comando troca as linhas antigas dos dois scripts no crontab, se houver, e mostra como ficou:

   ```${lang}
   mkdir -m 700 -p ${pasta?no_esc}
   LOG='>> ${pasta?no_esc}/backup-esus.log 2>&1'
   { crontab -l 2>/dev/null | grep -v -e backup-esus.sh -e restaurar-esus.sh
     echo "30 2 * * * bash ~/backup-esus.sh --agendado $LOG"
     echo "0 4 1 * * bash ~/restaurar-esus.sh --ensaio $LOG"; } | crontab -
   crontab -l
   ```

   Com `--agendado`, o script de cópia não pergunta nada (sem a senha no `~/.pgpass`, para e diz por quê); antes de começar, confere se a pasta `${pasta?no_esc}` tem livre o dobro da última cópia (`.backup` e `.sql.gz`), ou o dobro do tamanho do banco na primeira vez, e para se não tiver; faz a cópia do dia como no passo 5.3; lê a cópia de volta (`sha256sum -c`, `gzip -t` e `pg_restore -l`) e só então cria o arquivo `<nome>.verificado`; apaga as cópias antigas (item 7); e escreve uma linha em `${registro_backup?no_esc}`. O que ele mostraria na tela fica em `${pasta?no_esc}/backup-esus.detalhes.txt`, refeito a cada noite. Se ele parar dizendo que não consegue ler os arquivos do PEC (instalação em que só o root os lê), faça os itens 1 e 2 como root (`sudo -i`, com os dois scripts copiados para `/root`).

3. Rode a cópia agendada agora uma vez, do mesmo jeito, sem esperar a noite, e veja a linha que ficou no registro:

   ```${lang}
   bash ~/backup-esus.sh --agendado
   tail -n 1 ${pasta?no_esc}/backup-esus.log
   ```
</#if>

4. Leia o registro toda semana (na hora de levar a cópia para fora do servidor, item 5):

   ```${lang}
<#if win>
   Get-Content ${registro_backup?no_esc} -Tail 15
<#else>
   tail -n 15 ${pasta?no_esc}/backup-esus.log
</#if>
   ```

   Cada execução deixa uma linha: data e hora, situação, nome da cópia e o resto, por exemplo `2026-12-07T02:30:41-03:00 ok ${backup.prefixo?no_esc}-2026-12-07 tabelas=312 linhas=1834567 tamanho=1.2G apagadas=2026-11-29` (a cópia da noite de 7/12, com 312 tabelas e 1.834.567 linhas, 1,2 GB, e a de 29/11 apagada) ou `2026-12-01T04:00:55-03:00 ensaio ok ${backup.prefixo?no_esc}-2026-12-01 tabelas=312 linhas=1829004`.

   - `ok`: a cópia da noite foi feita e conferida; `apagadas` diz as datas das cópias antigas apagadas nessa noite (ou `nenhuma`).
   - `ERRO`: a cópia da noite falhou, e a linha diz por quê (falta de espaço, a senha, o banco fora do ar); nada foi apagado. Corrija<#if !win> (os detalhes estão em `${pasta?no_esc}/backup-esus.detalhes.txt`)</#if> e rode de novo o comando do item 3.
   - `ensaio ok` ou `ensaio FALHOU`: o ensaio de restauração (item 6).
   - Nenhuma linha da última noite: a tarefa não rodou (servidor desligado de madrugada, agendamento apagado). Confira <#if win>a tarefa no Agendador de Tarefas<#else>com `crontab -l`</#if>.

5. Toda semana, leve a cópia mais recente com `ok` no registro para fora do servidor (o "1" da regra 3-2-1): outro computador da rede ou um disco externo, guardado num lugar que só a equipe técnica acessa (são dados de saúde). Confira lá os arquivos com o `.sha256`, como no passo 5.4, e guarde pelo menos as 4 últimas semanas. Por exemplo<#if win> (troque a data e o destino)<#else>, para outro computador (troque usuário e IP; para um disco externo, copie com `cp` para a pasta onde ele foi montado)</#if>:

   ```${lang}
<#if win>
   Copy-Item ${pasta?no_esc}\${copia_agendada?no_esc}.* \\IP-DO-OUTRO-COMPUTADOR\backup-esus\
<#else>
   scp ${pasta?no_esc}/${backup.prefixo?no_esc}-$(date +%F).* usuario@IP-DO-OUTRO-COMPUTADOR:backup-esus/
</#if>
   ```

   Por um serviço de nuvem, só cifrada, como no passo 5.4.

6. O ensaio de restauração roda sozinho no dia 1º de cada mês; para rodá-lo agora:

   ```${lang}
<#if win>
   powershell -ExecutionPolicy Bypass -File ${pasta?no_esc}\restaurar-esus.ps1 -Ensaio
<#else>
   bash ~/restaurar-esus.sh --ensaio
</#if>
   ```

   Ele confere o resumo SHA-256 da cópia mais recente da pasta, restaura-a num banco de rascunho, `${instalacao.banco.nome?no_esc}_ensaio` (apagado antes, se existir, e criado vazio com a codificação do banco ${instalacao.banco.nome}), confere as linhas de cada tabela com o `.contagem.txt` da cópia e apaga o rascunho. Não toca no banco ${instalacao.banco.nome} nem nos arquivos do PEC, e roda com o PEC no ar, mas precisa de espaço em disco para um segundo banco por alguns minutos. O resultado vai para o registro: `ensaio ok`, ou `ensaio FALHOU` com o motivo (cópia danificada, erro na restauração, linhas diferentes). Se falhar, as cópias não estão servindo: descubra a causa e faça uma cópia nova (item 3) antes de qualquer outra coisa.

7. O que fica na pasta: a cada noite em que a cópia do dia confere, ficam as 7 cópias mais recentes (pela data do nome) e, das mais antigas, a mais nova de cada uma das 4 semanas mais recentes, cerca de 5 semanas para trás; as outras são apagadas, com todos os seus arquivos (`<nome>.*`). A cópia conferida mais recente nunca é apagada, e na noite em que a cópia não confere nada é apagado. As cópias feitas à mão (passo 5.3) não apagam nada, mas entram na conta das noites seguintes.

8. No checklist, este passo fecha dois itens:
   - **Backup agendado** (`backup_agendado`): conclua quando as duas tarefas estiverem agendadas, a primeira noite tiver deixado uma linha `ok` no registro e a cópia semanal fora do servidor estiver combinada com alguém da equipe.
   - **Teste de restauração** (`teste_restauracao`): precisa de uma `data` no arquivo do município, a do último `ensaio ok` no registro, atualizada depois de cada ensaio, por exemplo `teste_restauracao: {status: concluido, data: 2026-12-01}`. O comando `./gerar-oficios checklist` avisa quando o último ensaio tem mais de 35 dias.
