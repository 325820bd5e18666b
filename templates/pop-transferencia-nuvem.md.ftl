<#-- Parte do pop.md.ftl (incluída por ele, no fim do passo 5.4): a cópia por um serviço de nuvem, só cifrada.
     Formato do arquivo cifrado, o mesmo no Linux (openssl) e no Windows (backup-esus.ps1 -Cifrar): um tar com os
     cinco arquivos da cópia, cifrado com openssl enc -aes-256-cbc -pbkdf2 -iter 600000 -md sha256 -salt; a senha é
     a primeira linha do arquivo de senha, sem a quebra de linha. -->
<#-- A pasta de trabalho dos scripts, a mesma do modelo (backup.pasta_trabalho). -->
<#assign pasta = backup.pasta_trabalho>
<#assign copia_nuvem = backup.prefixo + "-AAAA-MM-DD">
#### Pela nuvem (Google Drive, OneDrive, Dropbox), só cifrada

Quando não há como copiar de um servidor para o outro nem levar um disco, a cópia pode passar por um serviço de nuvem ou por um link de compartilhamento, mas nunca como está: um link que vaza ou uma conta invadida entregariam os dados de saúde de todo o município e o certificado dele. Envie só os cinco arquivos juntos num arquivo cifrado (AES-256) com uma senha longa e aleatória, e mande a senha por outro caminho. O arquivo cifrado é o mesmo no Linux e no Windows: um lado pode ser Linux e o outro Windows.

<#if win>
1. No servidor atual, crie a senha da transferência num arquivo da pasta `${backup.pasta_trabalho?no_esc}`, que só o seu usuário lê:

   ```${lang}
   $b = New-Object byte[] 32
   [Security.Cryptography.RandomNumberGenerator]::Create().GetBytes($b)
   [Convert]::ToBase64String($b) | Set-Content -Encoding Ascii ${pasta?no_esc}\senha-transferencia.txt
   ```

2. Junte os cinco arquivos da cópia num arquivo cifrado com essa senha (troque AAAA-MM-DD pela data da cópia). O script grava `${copia_nuvem?no_esc}.tar.enc` e o resumo dele, `${copia_nuvem?no_esc}.tar.enc.sha256`:

   ```${lang}
   powershell -ExecutionPolicy Bypass -File ${pasta?no_esc}\backup-esus.ps1 -Cifrar -Nome ${copia_nuvem?no_esc} -ArquivoSenha ${pasta?no_esc}\senha-transferencia.txt
   ```

<#else>
1. No servidor atual, crie a senha da transferência num arquivo que só o seu usuário lê:

   ```${lang}
   cd ${pasta?no_esc}
   (umask 077; openssl rand -base64 32 > senha-transferencia.txt)
   ```

2. Junte os cinco arquivos da cópia de hoje num arquivo cifrado com essa senha e calcule o resumo dele (se a cópia for de outro dia, troque `$(date +%F)` pela data dela, AAAA-MM-DD):

   ```${lang}
   cd ${pasta?no_esc} && N=${backup.prefixo?no_esc}-$(date +%F)
   tar -cf - $N.{backup,sql.gz,contagem.txt,arquivos-pec.tar.gz,sha256} | openssl enc -aes-256-cbc -pbkdf2 -iter 600000 -md sha256 -salt -pass file:senha-transferencia.txt -out $N.tar.enc
   sha256sum $N.tar.enc > $N.tar.enc.sha256
   ```

</#if>
3. Envie para a nuvem só os dois arquivos `${copia_nuvem?no_esc}.tar.enc` e `${copia_nuvem?no_esc}.tar.enc.sha256`, numa pasta da conta institucional, compartilhada só com quem vai baixá-los. Nunca envie os cinco arquivos soltos nem o arquivo da senha.

4. Passe a senha por outro caminho: por telefone, ou numa mensagem por outro aplicativo, nunca no mesmo e-mail ou mensagem do link. Para vê-la:

   ```${lang}
<#if win>
   Get-Content ${pasta?no_esc}\senha-transferencia.txt
<#else>
   cat ${pasta?no_esc}/senha-transferencia.txt
</#if>
   ```

5. No servidor novo, grave a senha recebida num arquivo que só o seu usuário lê. O comando pede a senha sem mostrá-la e sem deixá-la no histórico (cole-a e tecle Enter):

   ```${lang}
<#if win>
   $s = Read-Host 'Senha da transferência' -AsSecureString
   [Net.NetworkCredential]::new('', $s).Password | Set-Content -Encoding Ascii ${pasta?no_esc}\senha-transferencia.txt
<#else>
   read -r -s -p 'Senha da transferência: ' SENHA; echo
   cd ${pasta?no_esc}
   (umask 077; printf '%s\n' "$SENHA" > senha-transferencia.txt)
   unset SENHA
</#if>
   ```

<#if win>
6. Baixe os dois arquivos para `${backup.pasta_trabalho?no_esc}` do servidor novo e rode o script, que confere o resumo do arquivo cifrado, decifra, tira dele os cinco arquivos da cópia e confere cada um com o `.sha256` (troque AAAA-MM-DD pela data da cópia):

   ```${lang}
   powershell -ExecutionPolicy Bypass -File ${pasta?no_esc}\restaurar-esus.ps1 -Decifrar -Nome ${copia_nuvem?no_esc} -ArquivoSenha ${pasta?no_esc}\senha-transferencia.txt
   ```

7. Depois que a cópia conferir, apague os dois arquivos da nuvem (e da lixeira dela) e desfaça o link de compartilhamento. Apague também o arquivo da senha, nos dois servidores:

   ```${lang}
   Remove-Item ${pasta?no_esc}\senha-transferencia.txt
   ```
<#else>
6. No servidor novo, baixe os dois arquivos para a pasta `${pasta?no_esc}` e confira o resumo do arquivo cifrado; depois decifre, tire dele os cinco arquivos da cópia e confira cada um (troque `$(date +%F)` pela data da cópia, se for outra). Se o resumo não conferir, baixe de novo; se a senha estiver errada, o `openssl` diz `bad decrypt` e nada é extraído:

   ```${lang}
   cd ${pasta?no_esc} && N=${backup.prefixo?no_esc}-$(date +%F)
   sha256sum -c $N.tar.enc.sha256 && openssl enc -d -aes-256-cbc -pbkdf2 -iter 600000 -md sha256 -pass file:senha-transferencia.txt -in $N.tar.enc | tar -xf - && sha256sum -c $N.sha256
   ```

7. Depois que a cópia conferir, apague os dois arquivos da nuvem (e da lixeira dela) e desfaça o link de compartilhamento. Apague também o arquivo da senha, nos dois servidores:

   ```${lang}
   shred -u ${pasta?no_esc}/senha-transferencia.txt
   ```
</#if>
