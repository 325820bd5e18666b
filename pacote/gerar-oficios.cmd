@echo off
rem Roda o gerar-oficios com o Java que vem nesta pasta (runtime\): nao precisa de Java nem de Maven instalados.
rem Le municipios\ e templates\ da pasta atual e grava em output\ dela: no cmd, entre nesta pasta (cd) e rode
rem gerar-oficios. Com dois cliques no Explorador, gera os documentos de todos os municipios desta pasta e espera
rem uma tecla antes de fechar a janela.
rem Partida rapida: so o compilador C1 da JVM e o cache AOT (lib\gerar-oficios.aot, feito na montagem do pacote
rem com este mesmo Java); sem o cache, ou se a JVM nao o aceitar, roda igual, mais devagar.
setlocal
set "AQUI=%~dp0"
set "DOISCLIQUES="
if not "%~1"=="" goto rodar

rem Com dois cliques o Explorador roda cmd /c ""C:\...\gerar-oficios.cmd" ", sem argumentos. A linha de comando vai
rem pela expansao atrasada (!...!), que nao interpreta as aspas, o & e os parenteses de um caminho.
setlocal EnableDelayedExpansion
set "LINHA=!CMDCMDLINE!"
set "ACHOU="
if /i not "!LINHA:%~nx0=!"=="!LINHA!" if /i not "!LINHA:/c=!"=="!LINHA!" set "ACHOU=1"
endlocal & set "DOISCLIQUES=%ACHOU%"
if "%DOISCLIQUES%"=="1" cd /d "%AQUI%"

:rodar
"%AQUI%runtime\bin\java.exe" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "-XX:AOTCache=%AQUI%lib\gerar-oficios.aot" -Xlog:aot*=off -Xlog:cds*=off -jar "%AQUI%lib\gerar-oficios.jar" %*
set "CODIGO=%ERRORLEVEL%"
if not "%DOISCLIQUES%"=="1" exit /b %CODIGO%
echo.
echo Os documentos estao na pasta output, dentro de "%CD%".
echo Pressione uma tecla para fechar esta janela.
pause >nul
exit /b %CODIGO%
