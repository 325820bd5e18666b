@echo off
rem Roda o gerar-oficios no Windows. Compila o jar com o Maven quando ele nao existe ou e mais antigo que o codigo.
setlocal
set "RAIZ=%~dp0"
set "JAR=%RAIZ%target\gerar-oficios.jar"

where java >nul 2>nul
if errorlevel 1 (
  echo gerar-oficios: Java nao encontrado; instale o Java 17 ou mais novo. 1>&2
  exit /b 2
)

set "COMPILAR=0"
if not exist "%JAR%" (
  set "COMPILAR=1"
) else (
  powershell -NoProfile -ExecutionPolicy Bypass -Command "$j=(Get-Item -LiteralPath '%JAR%').LastWriteTime; $n=Get-ChildItem -LiteralPath '%RAIZ%pom.xml','%RAIZ%src\main','%RAIZ%templates' -Recurse -File -ErrorAction SilentlyContinue | Where-Object { $_.LastWriteTime -gt $j } | Select-Object -First 1; if ($n) { exit 1 } else { exit 0 }"
  if errorlevel 1 set "COMPILAR=1"
)

if "%COMPILAR%"=="1" (
  where mvn >nul 2>nul
  if errorlevel 1 (
    echo gerar-oficios: Maven nao encontrado para compilar; instale-o. 1>&2
    exit /b 2
  )
  echo gerar-oficios: compilando ^(mvn package, so desta vez^)... 1>&2
  pushd "%RAIZ%"
  call mvn -B -q -DskipTests package 1>&2
  set "RC=%ERRORLEVEL%"
  popd
  if not "%RC%"=="0" (
    echo gerar-oficios: a compilacao falhou ^(veja acima^) 1>&2
    exit /b 2
  )
  copy /b "%JAR%"+,, "%JAR%" >nul
)

java -jar "%JAR%" %*
exit /b %ERRORLEVEL%
