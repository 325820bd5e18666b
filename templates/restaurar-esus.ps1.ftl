# Restauração da cópia do e-SUS APS PEC de [=municipio.nome_uf] no servidor novo (Windows), com o PEC já instalado
# e o serviço parado. Gerado por gerar-oficios a partir do arquivo do município: corrija o YAML e gere de novo.
#
# Uso:  powershell -ExecutionPolicy Bypass -File restaurar-esus.ps1 [-Sql] [-Forcar] [-SoConferir] [-Pasta PASTA]
#       [NOME-DA-COPIA]
#       powershell -ExecutionPolicy Bypass -File restaurar-esus.ps1 -Ensaio [-Pasta PASTA] [NOME-DA-COPIA]
#       powershell -ExecutionPolicy Bypass -File restaurar-esus.ps1 -Decifrar -Nome NOME -ArquivoSenha ARQUIVO
#
#   NOME-DA-COPIA  [=backup.prefixo]-AAAA-MM-DD (padrão: a cópia mais recente da pasta)
#   -SoConferir    só confere o SHA-256 da cópia (depois da transferência) e para
#   -Sql           restaura a cópia em SQL puro (.sql.gz) com o psql, em vez da cópia .backup
#   -Forcar        substitui o banco mesmo que ele tenha dados que a cópia não tem
#   -Pasta PASTA   onde estão os arquivos da cópia (padrão [=backup.pasta_trabalho])
#   -Ensaio        o teste mensal da cópia: confere o SHA-256, restaura o .backup num banco à parte,
#                  [=instalacao.banco.nome]_ensaio (apagado antes, se existir, e criado com a codificação do banco
#                  [=instalacao.banco.nome]), confere as linhas de cada tabela com a contagem da cópia e apaga o banco
#                  de ensaio. Não toca no banco [=instalacao.banco.nome] nem nos arquivos do PEC e não precisa do
#                  serviço parado. Acrescenta "ensaio ok" ou "ensaio FALHOU" ao backup-esus.log da pasta.
#   -Decifrar      a cópia que veio pela nuvem: confere NOME.tar.enc com NOME.tar.enc.sha256, decifra-o com a
#                  senha da primeira linha do ARQUIVO (o formato do openssl enc -aes-256-cbc -pbkdf2 -iter 600000
#                  -md sha256), abre os cinco arquivos da cópia na pasta, confere o SHA-256 deles e para: a
#                  restauração é o passo seguinte, com restaurar-esus.ps1 NOME.
#
# Passos: confere o SHA-256 da cópia; apaga o banco [=instalacao.banco.nome] que o instalador criou e o cria de novo, vazio,
# com a mesma codificação e o mesmo dono; restaura numa transação só, que para no primeiro erro (nada fica pela
# metade); confere as linhas de cada tabela com a contagem feita na cópia; põe no PEC novo o certificado RNDS e as
# chaves do login GOV.BR que vieram do servidor antigo. Rodar de novo restaura de novo, do zero. A cópia pode ter
# sido feita num servidor Windows (backup-esus.ps1) ou Linux (backup-esus.sh): os arquivos são os mesmos.
# Códigos de saída: 0 tudo certo; 1 qualquer falha (a mensagem diz qual).
[CmdletBinding(PositionalBinding = $false)]
param(
  [Parameter(Position = 0)]
  [string]$Nome = '',
  [switch]$Sql,
  [switch]$Forcar,
  [switch]$SoConferir,
  [switch]$Ensaio,
  [switch]$Decifrar,
  [string]$ArquivoSenha = '',
  [string]$Pasta = ''
)

<#include "comum-esus.ps1.ftl">

# Entra no PostgreSQL (no banco postgres) para ver se ele está no ar e se a senha confere.
function TestarConexao {
  $teste = NovoTemporario '.txt'
  $codigo = Tentar (PgExe 'psql') ($Conexao + @('-X', '-q', '-A', '-t', '-d', 'postgres', '-c', 'SELECT 1')) $teste
  if ($codigo -ne 0) {
    MostrarFim $teste
    Falhar ("não consegui entrar no PostgreSQL da porta $Porta como $Usuario " +
      '(o banco está no ar? a senha confere?)')
  }
}

# O dono, a codificação e o idioma (collate, ctype) de um banco deste servidor; $null se ele não existe.
function CaracteristicasDoBanco([string]$NoBanco) {
  $consulta = ('SELECT pg_get_userbyid(datdba), pg_encoding_to_char(encoding), datcollate, datctype ' +
    "FROM pg_database WHERE datname = :'banco'")
  $linhas = @(LerContagem (Consultar 'postgres' $consulta @('-v', "banco=$NoBanco")))
  if ($linhas.Count -eq 0 -or -not $linhas[0]) {
    return $null
  }
  $campos = $linhas[0] -split "`t"
  return [pscustomobject]@{ Dono = $campos[0]; Codificacao = $campos[1]; Collate = $campos[2]; Ctype = $campos[3] }
}

# A contagem da cópia é igual à de um banco restaurado? Se não, mostra as linhas que diferem.
function ContagensIguais([string]$DaCopia, [string]$DoBanco) {
  $copia = @(LerContagem $DaCopia)
  $restaurado = @(LerContagem $DoBanco)
  if (($copia -join "`n") -ceq ($restaurado -join "`n")) {
    return $true
  }
  foreach ($l in $copia) {
    if ($restaurado -cnotcontains $l) {
      [Console]::Error.WriteLine("    na cópia:     $l")
    }
  }
  foreach ($l in $restaurado) {
    if ($copia -cnotcontains $l) {
      [Console]::Error.WriteLine("    restaurado:   $l")
    }
  }
  return $false
}

# Apaga o banco de ensaio. Se não conseguir, só avisa: o resultado do ensaio não muda por isso.
function ApagarEnsaio {
  $saida = NovoTemporario '.txt'
  $codigo = Tentar (PgExe 'dropdb') ($Conexao + @('--if-exists', $BancoEnsaio)) $saida
  if ($codigo -ne 0) {
    MostrarFim $saida
    Avisar ("não consegui apagar o banco de ensaio $BancoEnsaio (o dropdb.exe terminou com o código $codigo); " +
      'apague-o depois, com o pgAdmin ou o dropdb.exe')
    return $false
  }
  return $true
}

if (-not $Pasta) {
  $Pasta = $PastaPadrao
}
if ($Nome) {
  $Nome = NomeDaCopia $Nome
}
$modos = 0
foreach ($m in @($SoConferir.IsPresent, $Ensaio.IsPresent, $Decifrar.IsPresent)) {
  if ($m) {
    $modos = $modos + 1
  }
}
if ($modos -gt 1) {
  Falhar 'use só um de -SoConferir, -Ensaio e -Decifrar'
}
if ($modos -gt 0 -and ($Sql -or $Forcar)) {
  Falhar '-Sql e -Forcar são da restauração: não valem com -SoConferir, -Ensaio ou -Decifrar'
}
if ($ArquivoSenha -and -not $Decifrar) {
  Falhar '-ArquivoSenha é de -Decifrar'
}
if ($Decifrar -and -not $ArquivoSenha) {
  Falhar '-Decifrar precisa de -ArquivoSenha ARQUIVO: o arquivo que tem a senha na primeira linha'
}
# O banco à parte do ensaio; $EnsaioCriado diz se ele pode ter ficado no servidor (o fim do script o apaga).
$BancoEnsaio = "$($Banco)_ensaio"
$EnsaioCriado = $false

if ($Decifrar) {
  Write-Host "Cópia cifrada do e-SUS APS PEC de $Municipio, vinda pela nuvem"
} elseif ($Ensaio) {
  Write-Host "Ensaio de restauração da cópia do e-SUS APS PEC de $Municipio"
} else {
  Write-Host "Restauração do e-SUS APS PEC de $Municipio"
}
try {
  if (-not (Test-Path -LiteralPath $Pasta -PathType Container)) {
    Falhar "a pasta $Pasta não existe; copie para ela os arquivos da cópia"
  }
  $Pasta = (Resolve-Path -LiteralPath $Pasta).ProviderPath
  if ($Ensaio) {
    $Registro = Join-Path $Pasta 'backup-esus.log'
    $RegistroFalha = 'ensaio FALHOU'
  }

  if ($Decifrar) {
    if (-not $Nome) {
      $Nome = UltimaCopia '.tar.enc'
      if (-not $Nome) {
        Falhar "nenhuma cópia cifrada $Prefixo-AAAA-MM-DD.tar.enc em $Pasta"
      }
    }
    $Base = Join-Path $Pasta $Nome
    foreach ($a in @("$Nome.tar.enc", "$Nome.tar.enc.sha256")) {
      if (-not (Test-Path -LiteralPath (Join-Path $Pasta $a) -PathType Leaf)) {
        Falhar "não achei $a em $($Pasta): copie para ela os dois arquivos, $Nome.tar.enc e $Nome.tar.enc.sha256"
      }
    }
    if (-not (Test-Path -LiteralPath $ArquivoSenha -PathType Leaf)) {
      Falhar "não achei o arquivo da senha $ArquivoSenha"
    }
    # O C# lê o arquivo pelo caminho completo (a pasta atual do .NET pode não ser a do PowerShell).
    $ArquivoSenha = (Resolve-Path -LiteralPath $ArquivoSenha).ProviderPath
    try {
      $null = [EsusPec.Ferramentas]::LerSenha($ArquivoSenha)
    } catch {
      Falhar (Motivo $_)
    }
    if (-not (Test-Path -LiteralPath $Tar)) {
      Falhar "não achei o $Tar, que vem com o Windows 10 (1803) e o Windows Server 2019 ou mais novos"
    }
    Write-Host "Cópia: $Base.tar.enc"
    ProtegerPasta $Pasta $true
    $PastaTrabalho = $Pasta

    Write-Host "1/4 Conferindo o resumo SHA-256 de $Nome.tar.enc ..."
    $null = ConferirResumos "$Base.tar.enc.sha256"

    Write-Host "2/4 Decifrando $Nome.tar.enc (transformar a senha em chave leva alguns segundos) ..."
    $tarDecifrado = "$Base.tar.parcial"
    $Temporarios.Add($tarDecifrado)
    try {
      [EsusPec.Ferramentas]::Decifrar("$Base.tar.enc", $tarDecifrado, $ArquivoSenha)
    } catch {
      Falhar (Motivo $_)
    }

    # Só os cinco arquivos da cópia, pelo nome: um tar com qualquer outra coisa não é aberto na pasta.
    Write-Host "3/4 Abrindo os arquivos da cópia em $Pasta ..."
    $lista = NovoTemporario '.txt'
    $codigo = Tentar $Tar @('-tf', $tarDecifrado) $lista
    $esperados = @('backup', 'sql.gz', 'contagem.txt', 'arquivos-pec.tar.gz', 'sha256') | ForEach-Object {
      "$Nome.$_"
    }
    $dentro = @([EsusPec.Ferramentas]::LerLinhas($lista, $false) | ForEach-Object {
        if ($_.StartsWith('./', [StringComparison]::Ordinal)) { $_.Substring(2) } else { $_ }
      } | Where-Object { $_.Trim() })
    $estranhos = @($dentro | Where-Object { $esperados -cnotcontains $_ })
    if ($codigo -ne 0 -or $dentro.Count -eq 0 -or $estranhos.Count -gt 0) {
      MostrarFim $lista
      Falhar ("o que saiu de $Nome.tar.enc não é a cópia $($Nome): a senha não confere (ou o arquivo não é " +
        'desta cópia)')
    }
    $erro = "não consegui abrir os arquivos de $Nome.tar.enc em $Pasta"
    Executar $Tar @('-xf', $tarDecifrado, '-C', $Pasta) $erro (NovoTemporario '.txt')
    Remove-Item -LiteralPath $tarDecifrado -Force

    Write-Host '4/4 Conferindo o resumo SHA-256 da cópia ...'
    if (-not (Test-Path -LiteralPath "$Base.sha256" -PathType Leaf)) {
      Falhar "$Nome.tar.enc não tinha o $Nome.sha256 da cópia"
    }
    $conferidos = ConferirResumos "$Base.sha256"
    Write-Host ''
    Write-Host "A cópia $Nome foi decifrada e confere: $conferidos arquivos iguais aos do servidor antigo."
    Write-Host "Nada foi restaurado. Para restaurar, com o serviço $Servico parado: restaurar-esus.ps1 $Nome"
    exit 0
  }

  if (-not $Nome) {
    $Nome = UltimaCopia '.sha256'
    if (-not $Nome) {
      Falhar "nenhuma cópia $Prefixo-AAAA-MM-DD.sha256 em $Pasta"
    }
  }
  $Base = Join-Path $Pasta $Nome
  if ($Ensaio) {
    $RegistroFalha = "ensaio FALHOU $Nome"
  }
  if (-not (Test-Path -LiteralPath "$Base.sha256" -PathType Leaf)) {
    Falhar "não achei $Nome.sha256 em $Pasta"
  }
  Write-Host "Cópia: $Base"
  # Os arquivos da cópia têm dados de saúde (LGPD): a pasta fica só para o seu usuário, como no backup.
  ProtegerPasta $Pasta $true
  $PastaTrabalho = $Pasta

  if ($Ensaio) {
    Write-Host "O banco $Banco e os arquivos do PEC não são tocados: a cópia é restaurada no banco $BancoEnsaio."
    Write-Host '1/4 Conferindo o resumo SHA-256 da cópia ...'
    $null = ConferirResumos "$Base.sha256"
    $PgBin = AcharPgBin
    Write-Host "PostgreSQL do PEC: $PgBin ($(VersaoPg 'psql'))"
    PedirSenha
    if (SemNinguem) {
      # Numa tarefa agendada: os programas do PostgreSQL falham sem a senha, em vez de esperar que alguém a digite.
      $Conexao += '-w'
    }
    TestarConexao
    $info = CaracteristicasDoBanco $Banco
    if ($null -eq $info) {
      Avisar "o banco $Banco não existe neste servidor; o banco de ensaio é criado em UTF8"
      $info = [pscustomobject]@{ Dono = $Usuario; Codificacao = 'UTF8'; Collate = ''; Ctype = '' }
    }
    Write-Host "2/4 Criando o banco de ensaio $BancoEnsaio, vazio ($($info.Codificacao), $($info.Collate)) ..."
    $EnsaioCriado = $true
    $erro = "não consegui apagar o banco de ensaio $BancoEnsaio que já existia: feche os programas conectados a ele"
    Pg 'dropdb' @('--if-exists', $BancoEnsaio) $erro (NovoTemporario '.txt')
    $criar = @('-T', 'template0', '-E', $info.Codificacao, '-O', $info.Dono)
    if ($info.Collate) {
      $criar += @("--lc-collate=$($info.Collate)", "--lc-ctype=$($info.Ctype)")
    }
    $erro = "não consegui criar o banco de ensaio $BancoEnsaio"
    Pg 'createdb' ($criar + @($BancoEnsaio)) $erro (NovoTemporario '.txt')

    Write-Host "3/4 Restaurando $Nome.backup no banco de ensaio, numa transação só ..."
    $log = "$Base.ensaio.log"
    $opcoes = @('--exit-on-error', '--single-transaction', '-d', $BancoEnsaio, "$Base.backup")
    Pg 'pg_restore' $opcoes "a cópia não restaurou no banco de ensaio (detalhes em $log)" $log

    Write-Host '4/4 Conferindo as linhas de cada tabela com a contagem da cópia ...'
    $contagemEnsaio = NovoTemporario '.txt'
    ContarNoBanco $contagemEnsaio $BancoEnsaio
    if (-not (ContagensIguais "$Base.contagem.txt" $contagemEnsaio)) {
      Falhar 'o banco de ensaio não tem as mesmas linhas da cópia (acima): a cópia não restaura inteira'
    }
    $total = Resumir "$Base.contagem.txt"
    $EnsaioCriado = $false
    $apagado = ApagarEnsaio
    Write-Host ''
    Write-Host ("Ensaio ok: a cópia $Nome restaurou com $($total.Tabelas) tabelas e $($total.Linhas) linhas, " +
      'iguais às da cópia.')
    if ($apagado) {
      Write-Host "O banco de ensaio $BancoEnsaio foi apagado. Registro: $Registro"
    }
    Registrar "ensaio ok $Nome tabelas=$($total.Tabelas) linhas=$($total.Linhas)"
    exit 0
  }

  Write-Host '1/6 Conferindo o resumo SHA-256 da cópia ...'
  $conferidos = ConferirResumos "$Base.sha256"
  if ($SoConferir) {
    Write-Host "A cópia $Nome confere: $conferidos arquivos iguais aos do servidor antigo."
    exit 0
  }

  $PgBin = AcharPgBin
  Write-Host "PostgreSQL do PEC: $PgBin ($(VersaoPg 'psql'))"
  if (ServicoAtivo) {
    Falhar "o serviço $Servico está no ar; pare-o antes (Stop-Service -Name $Servico) e rode de novo"
  }
  PedirSenha
  TestarConexao

  Write-Host "2/6 Conferindo o banco $Banco deste servidor ..."
  $variaveis = @('-v', "banco=$Banco")
  $consulta = "SELECT 1 FROM pg_database WHERE datname = :'banco'"
  $existe = @(LerContagem (Consultar 'postgres' $consulta $variaveis))
  if ($existe.Count -gt 0 -and $existe[0] -eq '1') {
    # O banco do instalador tem só a estrutura e os dados de referência. Se alguma tabela tiver mais linhas aqui
    # do que na cópia, este não é o servidor novo (ou a cópia é antiga): nada é apagado sem -Forcar.
    $agora = NovoTemporario '.txt'
    ContarNoBanco $agora
    $naCopia = New-Object 'System.Collections.Generic.Dictionary[string,long]'
    foreach ($l in @(LerContagem "$Base.contagem.txt")) {
      $campos = $l -split "`t"
      $naCopia[$campos[0]] = [long]$campos[1]
    }
    $mais = @()
    foreach ($l in @(LerContagem $agora)) {
      $campos = $l -split "`t"
      if ($naCopia.ContainsKey($campos[0]) -and [long]$campos[1] -gt $naCopia[$campos[0]]) {
        $mais += "    $($campos[0]): $($campos[1]) linhas aqui, $($naCopia[$campos[0]]) na cópia"
      }
    }
    if ($mais.Count -gt 0) {
      foreach ($m in $mais) {
        [Console]::Error.WriteLine($m)
      }
      if (-not $Forcar) {
        Falhar ("o banco $Banco deste servidor tem dados que a cópia não tem (acima). Confira se este é o " +
          'servidor novo e se a cópia é a mais recente; para substituir o banco mesmo assim, rode de novo ' +
          'com -Forcar')
      }
      Avisar 'com -Forcar, o banco é substituído mesmo assim'
    }
    $info = CaracteristicasDoBanco $Banco
    $dono = $info.Dono
    $codificacao = $info.Codificacao
    $collate = $info.Collate
    $ctype = $info.Ctype
    Write-Host "3/6 Apagando o banco $Banco do instalador e criando-o de novo, vazio ($codificacao, $collate) ..."
    $erro = "não consegui apagar o banco $($Banco): feche os programas conectados a ele (PEC, pgAdmin)"
    Pg 'dropdb' @($Banco) $erro
  } else {
    $dono = $Usuario
    $codificacao = 'UTF8'
    $collate = ''
    $ctype = ''
    Write-Host "3/6 O banco $Banco não existe neste servidor; criando-o vazio ..."
  }
  $criar = @('-T', 'template0', '-E', $codificacao, '-O', $dono)
  if ($collate) {
    $criar += @("--lc-collate=$collate", "--lc-ctype=$ctype")
  }
  Pg 'createdb' ($criar + @($Banco)) "não consegui criar o banco $Banco"

  # Numa transação só, que para no primeiro erro: se falhar, o banco fica vazio, nunca pela metade.
  $log = "$Base.restauracao.log"
  if ($Sql) {
    Write-Host "4/6 Restaurando $Nome.sql.gz numa transação só ..."
    # O psql lê um arquivo .sql descompactado na pasta da cópia (nunca por um pipe do PowerShell), apagado no fim.
    $sqlPuro = "$Base.restaurar.sql.parcial"
    $Temporarios.Add($sqlPuro)
    [EsusPec.Ferramentas]::Descompactar("$Base.sql.gz", $sqlPuro)
    $opcoes = @('-X', '-q', '-v', 'ON_ERROR_STOP=1', '--single-transaction', '-f', $sqlPuro, '-d', $Banco)
    $codigo = Tentar (PgExe 'psql') ($Conexao + $opcoes) $log
    Remove-Item -LiteralPath $sqlPuro -Force
  } else {
    Write-Host "4/6 Restaurando $Nome.backup numa transação só ..."
    $opcoes = @('--exit-on-error', '--single-transaction', '-d', $Banco, "$Base.backup")
    $codigo = Tentar (PgExe 'pg_restore') ($Conexao + $opcoes) $log
  }
  if ($codigo -ne 0) {
    MostrarFim $log
    Falhar "a restauração parou no erro acima (detalhes em $log); o banco $Banco ficou vazio"
  }
  Pg 'psql' @('-X', '-q', '-d', $Banco, '-c', 'ANALYZE') 'o ANALYZE do banco restaurado falhou' (NovoTemporario '.txt')

  Write-Host '5/6 Conferindo as linhas de cada tabela com a contagem da cópia ...'
  $restaurada = "$Base.contagem-restaurada.txt"
  ContarNoBanco $restaurada
  if (-not (ContagensIguais "$Base.contagem.txt" $restaurada)) {
    Falhar 'o banco restaurado não tem as mesmas linhas da cópia (acima); não inicie o PEC e refaça a restauração'
  }
  $total = Resumir "$Base.contagem.txt"
  Write-Host "    Conferido: $($total.Tabelas) tabelas e $($total.Linhas) linhas, iguais às da cópia."

  $consulta = ('SELECT co_config_sistema, ds_texto FROM tb_config_sistema ' +
    "WHERE co_config_sistema IN ('VERSAOBANCODADOS', 'LINKINSTALACAO') ORDER BY 1")
  $resultado = Consultar $Banco $consulta -Separador ' = ' -Tolerar
  if ($resultado) {
    $config = @([EsusPec.Ferramentas]::LerLinhas($resultado, $false))
    foreach ($l in $config) {
      Write-Host "    $l"
    }
    if ($config.Count -gt 0 -and $config -cnotcontains "LINKINSTALACAO = $LinkInstalacao") {
      Write-Host ("    Atenção: o Link da instalação não é $LinkInstalacao; corrija-o no PEC em " +
        'Configurações da instalação > Servidores.')
    }
  }

  Write-Host '6/6 Pondo no PEC novo os arquivos do servidor antigo ...'
  $antigo = "$Base.arquivos-pec"
  if (Test-Path -LiteralPath $antigo) {
    Remove-Item -LiteralPath $antigo -Recurse -Force
  }
  $null = [IO.Directory]::CreateDirectory($antigo)
  if (-not (Test-Path -LiteralPath $Tar)) {
    Falhar "não achei o $Tar, que vem com o Windows 10 (1803) e o Windows Server 2019 ou mais novos"
  }
  Executar $Tar @('-xzf', "$Base.arquivos-pec.tar.gz", '-C', $antigo) "não consegui abrir $Nome.arquivos-pec.tar.gz"
  try {
    $chavesAntigas = Join-Path $antigo 'webserver\chaves'
    $chaves = @()
    if (Test-Path -LiteralPath $chavesAntigas) {
      $chaves = @(Get-ChildItem -LiteralPath $chavesAntigas -Force)
    }
    if ($chaves.Count -gt 0) {
      $null = [IO.Directory]::CreateDirectory($PastaChaves)
      foreach ($c in $chaves) {
        Copy-Item -LiteralPath $c.FullName -Destination $PastaChaves -Recurse -Force
      }
      $nomes = ($chaves | ForEach-Object { $_.Name }) -join ' '
      Write-Host "    certificado RNDS: $nomes -> $PastaChaves"
    }
    # As duas linhas do login GOV.BR. O application.properties é ISO-8859-1 (o padrão do Java): lido e
    # acrescentado nessa codificação, os bytes das linhas antigas passam intactos, e o fim de linha é o do arquivo.
    $govbr = 'bridge.security.oauth2.client.registration.govbr.'
    $propsAntigo = Join-Path $antigo 'webserver\config\application.properties'
    $linhasGovbr = @()
    if (Test-Path -LiteralPath $propsAntigo) {
      $linhasGovbr = @(LerContagem $propsAntigo | Where-Object {
          $_.StartsWith($govbr, [StringComparison]::Ordinal)
        })
    }
    if ($linhasGovbr.Count -gt 0) {
      $atual = ''
      if (Test-Path -LiteralPath $ArquivoProperties) {
        $atual = [IO.File]::ReadAllText($ArquivoProperties, $Latin1)
      }
      $jaTem = @($atual -split "`n" | Where-Object {
          $_.StartsWith($govbr, [StringComparison]::Ordinal)
        }).Count -gt 0
      if ($jaTem) {
        Write-Host "    login GOV.BR: $ArquivoProperties já tem as chaves; nada mudou"
      } else {
        $quebra = "`r`n"
        if ($atual.Contains("`n") -and -not $atual.Contains("`r`n")) {
          $quebra = "`n"
        }
        $texto = ($linhasGovbr -join $quebra) + $quebra
        if ($atual.Length -gt 0 -and -not $atual.EndsWith("`n")) {
          $texto = $quebra + $texto
        }
        $null = [IO.Directory]::CreateDirectory((Split-Path -Parent $ArquivoProperties))
        [IO.File]::AppendAllText($ArquivoProperties, $texto, $Latin1)
        Write-Host "    login GOV.BR: as duas linhas do servidor antigo foram acrescentadas a $ArquivoProperties"
      }
    }
  } catch {
    Falhar ("não consegui pôr no PEC os arquivos do servidor antigo ($($_.Exception.Message)); se faltar " +
      'permissão, rode o PowerShell como administrador e o script de novo')
  }
  Write-Host "    Ficaram só para consulta, em $($antigo): o credenciais.txt antigo (o servidor novo tem o seu) e,"
  Write-Host '    se havia, o ssl.properties (o HTTPS do servidor novo é feito pelo instalador, com -cert-domain).'
  Write-Host ''
  Write-Host "Restauração concluída. Inicie o serviço (Start-Service -Name $Servico) e confira o PEC no navegador."
} catch {
  Falhar (Explicar $_)
} finally {
  if ($EnsaioCriado) {
    $null = ApagarEnsaio
  }
  Limpar
}
exit 0
