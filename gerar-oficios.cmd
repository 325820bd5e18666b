@echo off
rem Roda o gerar-oficios no Windows. Compila o jar com o Maven quando ele nao existe ou e mais antigo que o codigo.
setlocal
set "RAIZ=%~dp0"
set "JAR=%RAIZ%target\gerar-oficios.jar"
set "JSA=%RAIZ%target\gerar-oficios.jsa"
set "EXEMPLO=%RAIZ%municipios\ba-santo-amaro.yaml"

where java >nul 2>nul
if errorlevel 1 (
  echo gerar-oficios: Java nao encontrado; instale o Java 17 ou mais novo. 1>&2
  exit /b 2
)

rem Nas chamadas ao PowerShell os caminhos vao pelo ambiente, como $env:JAR, e nao entre aspas simples:
rem assim uma pasta com apostrofo no nome funciona.
set "COMPILAR=0"
if not exist "%JAR%" (
  set "COMPILAR=1"
) else (
  powershell -NoProfile -ExecutionPolicy Bypass -Command "$j=(Get-Item -LiteralPath $env:JAR).LastWriteTime; $n=Get-ChildItem -LiteralPath (Join-Path $env:RAIZ 'pom.xml'),(Join-Path $env:RAIZ 'src\main'),(Join-Path $env:RAIZ 'templates') -Recurse -File -ErrorAction SilentlyContinue | Where-Object { $_.LastWriteTime -gt $j } | Select-Object -First 1; if ($n) { exit 1 } else { exit 0 }"
  if errorlevel 1 set "COMPILAR=1"
)

rem Sem blocos ( ) aqui: dentro deles o cmd expande %ERRORLEVEL% antes de o Maven rodar.
if "%COMPILAR%"=="0" goto compilado
where mvn >nul 2>nul
if errorlevel 1 goto semmaven
echo gerar-oficios: compilando ^(mvn package, so desta vez^)... 1>&2
pushd "%RAIZ%"
call mvn -B -q -DskipTests package 1>&2
if errorlevel 1 goto falhou
popd
copy /b "%JAR%"+,, "%JAR%" >nul
if exist "%JSA%" del /f /q "%JSA%" >nul 2>nul
goto compilado

:semmaven
echo gerar-oficios: Maven nao encontrado para compilar; instale-o. 1>&2
exit /b 2

:falhou
popd
echo gerar-oficios: a compilacao falhou ^(veja acima^) 1>&2
exit /b 2

:compilado
rem Partida rapida: so o compilador C1 da JVM e um arquivo AppCDS (classes ja carregadas), feito uma vez rodando o
rem exemplo de municipios\ numa pasta temporaria. Sem o arquivo (ou com um arquivo velho) roda igual, mais devagar.
set "OPCOES=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
set "LOGCDS=-Xlog:cds=off -Xlog:cds+dynamic=off"
rem Um arquivo mais velho que o jar (compilado a mao) ou que o java (Java atualizado) seria ignorado em silencio
rem pela JVM: apaga-o para ser feito de novo.
if not exist "%JSA%" goto semjsa
powershell -NoProfile -ExecutionPolicy Bypass -Command "$a=(Get-Item -LiteralPath $env:JSA).LastWriteTime; $j=(Get-Item -LiteralPath $env:JAR).LastWriteTime; $v=(Get-Item -LiteralPath (Get-Command java).Source).LastWriteTime; if ($j -gt $a -or $v -gt $a) { exit 1 } else { exit 0 }"
if errorlevel 1 del /f /q "%JSA%" >nul 2>nul
:semjsa
if exist "%JSA%" goto rodar
if not exist "%EXEMPLO%" goto rodar
echo gerar-oficios: preparando a partida rapida ^(so desta vez^)... 1>&2
set "TREINO=%TEMP%\gerar-oficios-treino-%RANDOM%%RANDOM%"
mkdir "%TREINO%" >nul 2>nul
pushd "%TREINO%"
set "GOVBR_CLIENT_SECRET_ANTES=%GOVBR_CLIENT_SECRET%"
set "GOVBR_CLIENT_SECRET=treino"
java %OPCOES% -XX:ArchiveClassesAtExit="%JSA%.tmp" %LOGCDS% -jar "%JAR%" gerar -o "%TREINO%\saida" "%EXEMPLO%" >nul 2>nul
set "GOVBR_CLIENT_SECRET=%GOVBR_CLIENT_SECRET_ANTES%"
popd
rmdir /s /q "%TREINO%" >nul 2>nul
if exist "%JSA%.tmp" move /y "%JSA%.tmp" "%JSA%" >nul 2>nul

:rodar
if exist "%JSA%" set "OPCOES=%OPCOES% -XX:SharedArchiveFile="%JSA%" %LOGCDS%"
java %OPCOES% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
