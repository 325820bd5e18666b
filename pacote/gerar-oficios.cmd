@echo off
rem Roda o gerar-oficios com o Java que vem nesta pasta (runtime\): nao precisa de Java nem de Maven instalados.
rem Le municipios\ e templates\ da pasta atual e grava em output\ dela: no cmd, entre nesta pasta (cd) e rode
rem gerar-oficios. Com dois cliques no Explorador, gera os documentos de todos os municipios desta pasta e espera
rem uma tecla antes de fechar a janela.
rem Partida rapida: as opcoes da JVM de lib\opcoes-jvm.txt (as mesmas do treino) e o cache AOT
rem (lib\gerar-oficios.aot, feito na montagem do pacote com este mesmo Java); sem o cache, ou se a JVM nao o
rem aceitar, roda igual, mais devagar.
setlocal
set "AQUI=%~dp0"
set "JAR=%AQUI%lib\gerar-oficios.jar"
set "BIBLIOTECAS=%AQUI%lib\bibliotecas.jar"
set "DOISCLIQUES="
if not "%~1"=="" goto data

rem Com dois cliques o Explorador roda cmd /c ""C:\...\gerar-oficios.cmd" ", sem argumentos. A linha de comando vai
rem pela expansao atrasada (!...!), que nao interpreta as aspas, o & e os parenteses de um caminho. O PowerShell
rem chama um .cmd sem argumentos do mesmo jeito (cmd /c e o nome do arquivo): de la, ele tambem espera uma tecla
rem (LEIA-ME.txt: no PowerShell, rode .\gerar-oficios.cmd gerar).
setlocal EnableDelayedExpansion
set "LINHA=!CMDCMDLINE!"
set "ACHOU="
if /i not "!LINHA:%~nx0=!"=="!LINHA!" if /i not "!LINHA:/c=!"=="!LINHA!" set "ACHOU=1"
endlocal & set "DOISCLIQUES=%ACHOU%"
if "%DOISCLIQUES%"=="1" cd /d "%AQUI%"

:data
rem O cache AOT so vale com os jars da data em que foi feito: o do programa e o das bibliotecas (lib\bibliotecas.jar,
rem que o Class-Path do primeiro aponta). O zip guarda a data na hora local de quem o montou, e o "Extrair tudo" a
rem aplica na hora local deste PC: noutro fuso, os jars ficam com outra data e a JVM recusa o cache em silencio. O
rem cmd nao muda a data de um arquivo: o PowerShell do Windows a devolve aos jars (HORA_DO_JAR, segundos desde 1970,
rem a mesma de quando o pacote foi montado), uma vez. Depois fica em lib\ um arquivo vazio cujo nome guarda o tamanho
rem e a data dos jars e o tamanho do cache: enquanto ele existir, o PowerShell nao roda de novo; uma versao nova
rem descompactada por cima (outro tamanho) ou uma data de novo errada (outra data) o rodam outra vez.
rem Numa pasta sem permissao de escrita, ou se o PowerShell falhar, roda igual (talvez sem o cache).
if not exist "%JAR%" goto rodar
call :marca
if exist "%MARCA%" goto rodar
(type nul>"%AQUI%lib\data-do-jar.tmp") 2>nul
if not exist "%AQUI%lib\data-do-jar.tmp" goto rodar
del /f /q "%AQUI%lib\data-do-jar.tmp" >nul 2>nul
rem Os caminhos dos jars vao pelo ambiente ($env:JAR, $env:BIBLIOTECAS), nao dentro do comando: aspas, apostrofos, &
rem e acentos no nome da pasta nao os quebram.
set "POWERSHELL=%SystemRoot%\System32\WindowsPowerShell\v1.0\powershell.exe"
if not exist "%POWERSHELL%" set "POWERSHELL=powershell.exe"
"%POWERSHELL%" -NoProfile -NonInteractive -Command "foreach ($j in $env:JAR, $env:BIBLIOTECAS) { (Get-Item -LiteralPath $j).LastWriteTimeUtc = [DateTimeOffset]::FromUnixTimeSeconds(HORA_DO_JAR).UtcDateTime }" >nul 2>nul
del /f /q "%AQUI%lib\data-do-jar-*.ok" >nul 2>nul
call :marca
(type nul>"%MARCA%") 2>nul
goto rodar

rem MARCA = o arquivo que diz que a data destes jars ja foi vista:
rem lib\data-do-jar-TAMANHO_DATA_TAMANHO_DATA_CACHE.ok, com as datas como o Windows as mostra (01/01/2000 00:00 vira
rem 01-01-2000_00-00).
:marca
set "DATA="
for %%f in ("%JAR%") do set "DATA=%%~zf %%~tf"
for %%f in ("%BIBLIOTECAS%") do set "DATA=%DATA% %%~zf %%~tf"
for %%f in ("%AQUI%lib\gerar-oficios.aot") do set "DATA=%DATA% %%~zf"
set "DATA=%DATA:/=-%"
set "DATA=%DATA::=-%"
set "DATA=%DATA: =_%"
set "MARCA=%AQUI%lib\data-do-jar-%DATA%.ok"
goto :eof

:rodar
rem Dois caches: o de gerar (com as classes do PDF, do DOCX e do e-mail) e o curto, dos comandos que nao geram
rem documentos (a lista vem de src\main\java\br\esus\oficios\cli\ShortCommands.java, que o pacote\Montar.java le
rem do jar e poe aqui); o Java carrega na partida todas as classes do cache que recebe (pacote\Montar.java, treinar).
set "AOT=%AQUI%lib\gerar-oficios.aot"
for %%a in (COMANDOS_CURTOS_CMD) do if /i "%~1"=="%%a" set "AOT=%AQUI%lib\gerar-oficios-curto.aot"
rem As opcoes da JVM de um comando so (lib\opcoes-jvm-<comando>.txt, se existe: as do vigiar), depois das de todos
rem (a ultima vale). Sem um arquivo do comando, o de todos vai duas vezes (as mesmas opcoes, nada muda). O for compara
rem o nome de cada arquivo que existe, para que um argumento com * ou ? nao escolha um arquivo qualquer.
set "DO_COMANDO=%AQUI%lib\opcoes-jvm.txt"
for %%f in ("%AQUI%lib\opcoes-jvm-*.txt") do if /i "%%~nxf"=="opcoes-jvm-%~1.txt" set "DO_COMANDO=%%~ff"
"%AQUI%runtime\bin\java.exe" "@%AQUI%lib\opcoes-jvm.txt" "@%DO_COMANDO%" "-XX:AOTCache=%AOT%" -Xlog:aot*=off -Xlog:cds*=off -jar "%JAR%" %*
set "CODIGO=%ERRORLEVEL%"
if not "%DOISCLIQUES%"=="1" exit /b %CODIGO%
echo.
echo Os documentos estao na pasta output, dentro de "%CD%".
echo Pressione uma tecla para fechar esta janela.
pause >nul
exit /b %CODIGO%
