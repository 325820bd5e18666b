@echo off
rem Roda o gerar-oficios no Windows. Compila o jar com o Maven quando ele nao existe ou e mais antigo que o codigo.
setlocal
set "RAIZ=%~dp0"
set "JAR=%RAIZ%target\gerar-oficios.jar"
set "EXEMPLO=%RAIZ%municipios\ba-santo-amaro.yaml"
rem As opcoes da JVM, as mesmas do ./gerar-oficios e do pacote: um arquivo de argumentos (java @arquivo); o que
rem cada uma faz esta no proprio arquivo. Vai entre aspas inteiro, com o @, na linha do java.
set "OPCOES_JVM=%RAIZ%opcoes-jvm.txt"

rem Qual Java: o de GERAR_OFICIOS_JAVA (a pasta de um Java ou o proprio java.exe), se definida; senao o java do
rem PATH (17 ou mais novo). Um Java 25 ou mais novo parte com o cache AOT (README, "Desempenho"). O lancador nao troca
rem sozinho o Java do PATH por um 25: o perfil de cor sRGB que vai em todo PDF vem do Java, e o do 25 tem outros bytes.
set "JAVA="
if not defined GERAR_OFICIOS_JAVA goto javadopath
set "JAVA=%GERAR_OFICIOS_JAVA%"
if exist "%GERAR_OFICIOS_JAVA%\bin\java.exe" set "JAVA=%GERAR_OFICIOS_JAVA%\bin\java.exe"
goto javaescolhido
:javadopath
for /f "delims=" %%j in ('where java 2^>nul') do if not defined JAVA set "JAVA=%%j"
:javaescolhido
if not defined JAVA goto semjava
if not exist "%JAVA%" goto semjava
if exist "%JAVA%\*" goto javapasta
for %%j in ("%JAVA%") do call :versao "%%~dpj.."
set "JAVAVER=%VER%"
set "JSA=%RAIZ%target\gerar-oficios.jsa"
if %JAVAVER% GEQ 25 set "JSA=%RAIZ%target\gerar-oficios.aot"
goto javaok

:semjava
echo gerar-oficios: Java nao encontrado; instale o Java 17 ou mais novo. 1>&2
exit /b 2

:javapasta
echo gerar-oficios: GERAR_OFICIOS_JAVA aponta para uma pasta sem bin\java.exe; aponte-a para a pasta de um Java 17 ou mais novo ou para o proprio java.exe. 1>&2
exit /b 2

rem VER = a versao principal (17, 25...) do Java da pasta %1, lida do arquivo "release" dela; 0 se nao houver.
:versao
set "VER=0"
if not exist "%~1\release" goto :eof
for /f "tokens=2 delims==" %%v in ('findstr /b "JAVA_VERSION=" "%~1\release"') do for /f "delims=." %%x in (%%v) do set "VER=%%x"
goto :eof

:javaok
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
rem Partida rapida: as opcoes de opcoes-jvm.txt e um arquivo com as classes ja carregadas, feito uma vez rodando o
rem exemplo de municipios\ numa pasta temporaria: no Java 25 ou mais novo o cache AOT (-XX:AOTCacheOutput), no 17 a 24
rem o AppCDS (-XX:ArchiveClassesAtExit). Sem o arquivo (ou com um arquivo velho) roda igual, mais devagar.
set "LOGCDS=-Xlog:cds=off -Xlog:cds+dynamic=off"
set "GRAVAR=-XX:ArchiveClassesAtExit"
set "USAR=-XX:SharedArchiveFile"
if %JAVAVER% GEQ 25 set "LOGCDS=-Xlog:aot*=off -Xlog:cds*=off"
if %JAVAVER% GEQ 25 set "GRAVAR=-XX:AOTCacheOutput"
if %JAVAVER% GEQ 25 set "USAR=-XX:AOTCache"
rem Um arquivo mais velho que o jar (compilado a mao) ou que o java (Java atualizado) seria ignorado em silencio
rem pela JVM, e um mais velho que opcoes-jvm.txt foi feito com outras opcoes: apaga-o para ser feito de novo.
if not exist "%JSA%" goto semjsa
powershell -NoProfile -ExecutionPolicy Bypass -Command "$a=(Get-Item -LiteralPath $env:JSA).LastWriteTime; $j=(Get-Item -LiteralPath $env:JAR).LastWriteTime; $v=(Get-Item -LiteralPath $env:JAVA).LastWriteTime; $o=(Get-Item -LiteralPath $env:OPCOES_JVM).LastWriteTime; if ($j -gt $a -or $v -gt $a -or $o -gt $a) { exit 1 } else { exit 0 }"
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
"%JAVA%" "@%OPCOES_JVM%" %GRAVAR%="%JSA%.tmp" %LOGCDS% -jar "%JAR%" gerar -o "%TREINO%\saida" "%EXEMPLO%" >nul 2>nul
set "GOVBR_CLIENT_SECRET=%GOVBR_CLIENT_SECRET_ANTES%"
popd
rmdir /s /q "%TREINO%" >nul 2>nul
if exist "%JSA%.tmp" move /y "%JSA%.tmp" "%JSA%" >nul 2>nul

:rodar
rem As opcoes de um comando so (opcoes-jvm-<comando>.txt, se existe: as do vigiar), depois das de todos (a ultima
rem vale). Sem um arquivo do comando, o de todos vai duas vezes (as mesmas opcoes, nada muda). O for compara o nome
rem de cada arquivo que existe, para que um argumento com * ou ? nao escolha um arquivo qualquer.
set "DO_COMANDO=%OPCOES_JVM%"
for %%f in ("%RAIZ%opcoes-jvm-*.txt") do if /i "%%~nxf"=="opcoes-jvm-%~1.txt" set "DO_COMANDO=%%~ff"
rem O caminho do arquivo vai entre aspas inteiro na linha do java (e nao dentro de outro set "..."), para que uma
rem pasta com & ou parenteses no nome nao quebre o comando.
if exist "%JSA%" goto rodarrapido
"%JAVA%" "@%OPCOES_JVM%" "@%DO_COMANDO%" -jar "%JAR%" %*
exit /b %ERRORLEVEL%
:rodarrapido
"%JAVA%" "@%OPCOES_JVM%" "@%DO_COMANDO%" "%USAR%=%JSA%" %LOGCDS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
